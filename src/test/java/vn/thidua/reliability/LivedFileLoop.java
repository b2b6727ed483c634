package vn.thidua.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import vn.thidua.ThiDua;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.scoring.Score;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.Tally;
import vn.thidua.testing.ChildJvm;

/**
 * One data file that lives: a copy of the aged fixture (src/test/resources/aged-h2) goes through
 * run after run of {@link LivedChild} — writes of every kind at a human pace, idle gaps past H2's
 * retention time — each ended at a random moment by SIGKILL or SIGTERM. After every end the file
 * is opened with the program's own open and every write confirmed so far, in this run or any
 * earlier one, must be there (for saves that overwrite, the confirmed one or a later one).
 *
 * <p>{@code java -cp … vn.thidua.reliability.LivedFileLoop RUNS [SEED] [IDLE_MS]};
 * {@code tools/reliability.sh} runs 100.
 */
public final class LivedFileLoop {

    /** The figures of a loop, as printed in the summary. */
    public record Summary(int runs, int kills, int terms, long confirmed, long found, long papersConfirmed,
                          long papersFound, int idleGaps, int failures, long fileBytes) {
        @Override
        public String toString() {
            return "lived-file: runs=" + runs + " sigkill=" + kills + " sigterm=" + terms + " writesConfirmed="
                    + confirmed + " writesFound=" + found + " papersConfirmed=" + papersConfirmed + " papersFound="
                    + papersFound + " idleGaps=" + idleGaps + " failures=" + failures
                    + " fileKB=" + fileBytes / 1024;
        }
    }

    /** What has been confirmed so far, across runs. */
    private static final class Expected {
        long place;
        final Map<String, Long> scores = new HashMap<>();
        final Set<String> ballots = new HashSet<>();
        final Set<Long> closed = new HashSet<>();
        /** Per election, the last paper confirmed and the count shown after it. */
        final Map<Long, Map.Entry<Integer, String>> counted = new HashMap<>();
        long count;
        long papers;

        void counted(String line) {
            String[] p = line.split(" ", 3);
            long election = Long.parseLong(p[1].substring(0, p[1].indexOf(':')));
            int number = Integer.parseInt(p[1].substring(p[1].indexOf(':') + 1));
            pending.put(election, Map.entry(number, p[2]));
        }

        /** The count printed before a paper's CONFIRMED line, taken when that line comes. */
        private final Map<Long, Map.Entry<Integer, String>> pending = new HashMap<>();

        void confirm(String line) {
            String[] p = line.split(" ");
            long seq = Long.parseLong(p[1]);
            count++;
            switch (p[2]) {
                case "place" -> place = Math.max(place, seq);
                case "score" -> scores.merge(p[3], seq, Math::max);
                case "ballot" -> {
                    ballots.add(p[3]);
                    papers++;
                    long election = Long.parseLong(p[3].substring(0, p[3].indexOf(':')));
                    int number = Integer.parseInt(p[3].substring(p[3].indexOf(':') + 1));
                    var shown = pending.get(election);
                    if (shown != null && shown.getKey() == number) {
                        counted.merge(election, shown, (a, b) -> a.getKey() >= b.getKey() ? a : b);
                    }
                }
                case "close" -> closed.add(Long.parseLong(p[3]));
                default -> throw new IllegalStateException(line);
            }
        }
    }

    private LivedFileLoop() {
    }

    public static Summary run(Path dir, int runs, long seed, long idleMillis, PrintStream log) throws Exception {
        Random random = new Random(seed);
        Path db = dir.resolve("lived.mv.db");
        try (InputStream in = LivedFileLoop.class.getResourceAsStream("/aged-h2/aged.mv.db")) {
            Files.copy(in, db);
        }
        Expected expected = new Expected();
        int kills = 0;
        int terms = 0;
        int idles = 0;
        int failures = 0;
        long found = 0;
        long papersFound = 0;
        for (int run = 1; run <= runs; run++) {
            ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
            boolean term = random.nextBoolean();
            try (ChildJvm child = ChildJvm.start(LivedChild.class, db.toString(), Long.toString(random.nextLong()),
                    Long.toString(idleMillis))) {
                Thread reader = new Thread(() -> {
                    try {
                        String line;
                        while ((line = child.readLine()) != null) {
                            lines.add(line);
                        }
                    } catch (IOException e) {
                        log.println("run: the child's output could not be read: " + e);
                    }
                });
                reader.start();
                // A random moment: mostly during the writes, one run in four in or just after an idle gap past the retention.
                long stopAt = System.currentTimeMillis() + 1_000 + random.nextInt(12_000);
                boolean waitIdle = random.nextInt(4) == 0;
                long deadline = System.currentTimeMillis() + idleMillis + 60_000;
                while (child.isAlive() && System.currentTimeMillis() < (waitIdle ? deadline : stopAt)) {
                    if (waitIdle && lines.stream().anyMatch(l -> l.startsWith("IDLE"))) {
                        // killed in the idle gap, or in the writes just after it (into space now reusable)
                        Thread.sleep(idleMillis / 2 + random.nextInt((int) (idleMillis / 2) + 6_000));
                        break;
                    }
                    Thread.sleep(20);
                }
                if (!child.isAlive()) {
                    failures++;
                    log.println("run " + run + ": FAILED the child ended by itself before the end was sent");
                } else if (term) {
                    child.terminate();
                    terms++;
                } else {
                    child.kill();
                    kills++;
                }
                // The reader reads to the end of what the child wrote (ChildJvm keeps it in a file), then ends.
                reader.join(60_000);
                if (reader.isAlive()) {
                    failures++;
                    log.println("run " + run + ": FAILED the child's output was not read to its end in 60 s");
                    continue;
                }
            }
            int confirmedThisRun = 0;
            int papersThisRun = 0;
            for (String line : lines) {
                if (line.startsWith("COUNTED ")) {
                    expected.counted(line);
                } else if (line.startsWith("CONFIRMED ")) {
                    expected.confirm(line);
                    confirmedThisRun++;
                    if (line.split(" ")[2].equals("ballot")) {
                        papersThisRun++;
                    }
                } else if (line.startsWith("IDLE")) {
                    idles++;
                }
            }
            String problem = check(db, expected);
            if (problem == null) {
                found += confirmedThisRun;
                papersFound += papersThisRun;
                log.println("run " + run + ": ok " + (term ? "SIGTERM" : "SIGKILL") + " confirmed=" + confirmedThisRun
                        + " total=" + expected.count + " fileKB=" + Files.size(db) / 1024);
            } else {
                failures++;
                log.println("run " + run + ": FAILED " + (term ? "SIGTERM" : "SIGKILL") + " " + problem);
            }
        }
        return new Summary(runs, kills, terms, expected.count, found, expected.papers, papersFound, idles, failures,
                Files.size(db));
    }

    /** Null when every confirmed write is in the file; else what is missing. */
    private static String check(Path db, Expected expected) {
        try (Workspace ws = ThiDua.open(db)) {
            Season season = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            String place = ws.blocs().conferenceDetails(season).place();
            if (expected.place > 0 && (!place.startsWith("Lưu ") || Long.parseLong(place.substring(4)) < expected.place)) {
                return "place is '" + place + "', confirmed " + expected.place;
            }
            Map<String, Long> notes = new HashMap<>();
            for (Score s : ws.scoring().scores(season)) {
                if (s.note().startsWith("#")) {
                    notes.put(s.unitId() + ":" + s.criterionId(), Long.parseLong(s.note().substring(1)));
                }
            }
            for (var e : expected.scores.entrySet()) {
                if (notes.getOrDefault(e.getKey(), 0L) < e.getValue()) {
                    return "score " + e.getKey() + " has " + notes.get(e.getKey()) + ", confirmed " + e.getValue();
                }
            }
            Map<Long, Set<Integer>> stored = new HashMap<>();
            for (String b : expected.ballots) {
                long election = Long.parseLong(b.substring(0, b.indexOf(':')));
                Set<Integer> numbers = stored.computeIfAbsent(election, id -> new HashSet<>(
                        ws.elections().ballots(id).stream().map(x -> x.number()).toList()));
                if (!numbers.contains(Integer.parseInt(b.substring(b.indexOf(':') + 1)))) {
                    return "ballot " + b + " missing";
                }
            }
            for (var e : expected.counted.entrySet()) {
                long id = e.getKey();
                int last = e.getValue().getKey();
                List<Ballot> papers = ws.elections().ballots(id);
                Set<Integer> numbers = new HashSet<>(papers.stream().map(Ballot::number).toList());
                int top = numbers.stream().mapToInt(Integer::intValue).max().orElse(0);
                // No paper twice, none skipped, at most the one in flight beyond the last confirmed.
                if (numbers.size() != papers.size() || top != papers.size() || top > last + 1) {
                    return "election " + id + ": " + papers.size() + " papers stored, numbers " + numbers
                            + ", last confirmed " + last;
                }
                String recount = CountDigest.of(Tally.count(ws.elections().election(id).settings(),
                        papers.stream().filter(b -> b.number() <= last).toList()));
                if (!recount.equals(e.getValue().getValue())) {
                    return "election " + id + ": count shown after paper " + last + " was [" + e.getValue().getValue()
                            + "], the stored papers count [" + recount + "]";
                }
            }
            for (long id : expected.closed) {
                if (!ws.elections().election(id).closed() || !ws.elections().verify(id)) {
                    return "election " + id + " not closed or not verified";
                }
            }
            return null;
        } catch (RuntimeException e) {
            return "open failed: " + e;
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        long idle = args.length > 2 ? Long.parseLong(args[2]) : 50_000;
        Path dir = Files.createTempDirectory("thidua-lived-");
        System.out.println("lived-file: seed=" + seed + " idleMs=" + idle + " dir=" + dir);
        Summary s = run(dir, runs, seed, idle, System.out);
        System.out.println(s);
        System.exit(s.failures() == 0 ? 0 : 1);
    }
}
