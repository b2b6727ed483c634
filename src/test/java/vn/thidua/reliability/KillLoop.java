package vn.thidua.reliability;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.thidua.app.Workspace;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.Tally;
import vn.thidua.store.BallotChild;
import vn.thidua.testing.ChildJvm;
import vn.thidua.testing.TestData;

/**
 * Kills a child JVM with SIGKILL at a random moment while it enters ballots, again and again on
 * the same data file; after each kill, reopens the file and checks that every ballot the child
 * confirmed is there and that the stored count equals a recount.
 *
 * <p>{@code java -cp … vn.thidua.reliability.KillLoop RUNS [SEED]} prints the summary; the test
 * suite runs a short loop through {@link ReliabilitySuiteTest}.
 */
public final class KillLoop {

    /** The figures of a loop, as printed in the summary. */
    public record Summary(int runs, int kills, long confirmed, long found, int failures) {
        @Override
        public String toString() {
            return "kill-loop: runs=" + runs + " kills=" + kills + " ballotsConfirmed=" + confirmed
                    + " ballotsFound=" + found + " failures=" + failures;
        }
    }

    private KillLoop() {
    }

    public static Summary run(Path dir, int runs, long seed, PrintStream log) throws Exception {
        Random random = new Random(seed);
        Path db = dir.resolve("test.mv.db");
        // The sample the children count on, copied in made (the children would make it once, slowly).
        TestData.openSample(dir).close();
        int kills = 0;
        int failures = 0;
        long confirmedTotal = 0;
        long foundTotal = 0;
        for (int run = 1; run <= runs; run++) {
            Set<Integer> confirmed = ConcurrentHashMap.newKeySet();
            Map<Integer, String> counted = new ConcurrentHashMap<>();
            AtomicLong election = new AtomicLong(-1);
            try (ChildJvm child = ChildJvm.start(BallotChild.class, db.toString())) {
                Thread reader = new Thread(() -> {
                    try {
                        String line;
                        while ((line = child.readLine()) != null) {
                            if (line.startsWith("ELECTION ")) {
                                election.set(Long.parseLong(line.substring(9)));
                            } else if (line.startsWith("COUNTED ")) {
                                int sp = line.indexOf(' ', 8);
                                counted.put(Integer.parseInt(line.substring(8, sp)), line.substring(sp + 1));
                            } else if (line.startsWith("CONFIRMED ")) {
                                confirmed.add(Integer.parseInt(line.substring(10)));
                            }
                        }
                    } catch (IOException e) {
                        log.println("run: the child's output could not be read: " + e);
                    }
                });
                reader.start();
                // Mostly a random moment while ballots stream in; one run in five a random moment
                // from the start (opening the file, creating the election). The first run always
                // waits for the stream.
                boolean duringEntry = run == 1 || random.nextInt(5) > 0;
                if (duringEntry) {
                    long until = System.currentTimeMillis() + 60_000;
                    while (election.get() < 0 && child.isAlive() && System.currentTimeMillis() < until) {
                        Thread.sleep(5);
                    }
                }
                Thread.sleep(random.nextInt(duringEntry ? 800 : 1500));
                if (!child.isAlive()) {
                    // A child that ends by itself was not killed: it failed (its error is on stderr).
                    failures++;
                    log.println("run " + run + ": FAILED the child ended by itself before the kill");
                    continue;
                }
                child.kill();
                // The reader reads to the end of what the child wrote (ChildJvm keeps it in a file), then ends.
                reader.join(60_000);
                kills++;
                if (reader.isAlive()) {
                    failures++;
                    log.println("run " + run + ": FAILED the child's output was not read to its end in 60 s");
                    continue;
                }
            }
            if (election.get() < 0) {
                log.println("run " + run + ": killed before the election existed");
                continue;
            }
            try (Workspace ws = TestData.open(dir)) {
                List<Ballot> ballots = ws.elections().ballots(election.get());
                Set<Integer> stored = new HashSet<>(ballots.stream().map(Ballot::number).toList());
                boolean allThere = stored.containsAll(confirmed);
                var settings = ws.elections().election(election.get()).settings();
                boolean recountMatches = ws.elections().tally(election.get()).equals(Tally.count(settings, ballots));
                // No paper twice, none skipped, at most the one in flight beyond the last confirmed.
                int last = confirmed.stream().mapToInt(Integer::intValue).max().orElse(0);
                boolean once = stored.size() == ballots.size() && stored.equals(numbersUpTo(ballots.size()))
                        && ballots.size() >= last && ballots.size() <= last + 1;
                // The count shown after the last confirmed paper is the recount of the stored papers up to it.
                boolean liveMatches = last == 0 || CountDigest.of(Tally.count(settings,
                        ballots.stream().filter(b -> b.number() <= last).toList())).equals(counted.get(last));
                confirmedTotal += confirmed.size();
                foundTotal += confirmed.stream().filter(stored::contains).count();
                if (!allThere || !recountMatches || !once || !liveMatches) {
                    failures++;
                    log.println("run " + run + ": FAILED confirmed=" + confirmed.size() + " last=" + last
                            + " stored=" + stored.size()
                            + " allThere=" + allThere + " recountMatches=" + recountMatches + " once=" + once
                            + " liveMatches=" + liveMatches);
                } else {
                    log.println("run " + run + ": ok confirmed=" + confirmed.size() + " stored=" + stored.size());
                }
            }
        }
        return new Summary(runs, kills, confirmedTotal, foundTotal, failures);
    }

    private static Set<Integer> numbersUpTo(int n) {
        Set<Integer> all = new HashSet<>();
        for (int i = 1; i <= n; i++) {
            all.add(i);
        }
        return all;
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path dir = Files.createTempDirectory("thidua-kill-loop-");
        System.out.println("kill-loop: seed=" + seed + " dir=" + dir);
        Summary s = run(dir, runs, seed, System.out);
        System.out.println(s);
        System.exit(s.failures() == 0 ? 0 : 1);
    }
}
