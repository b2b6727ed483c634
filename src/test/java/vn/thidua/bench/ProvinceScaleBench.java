package vn.thidua.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import vn.thidua.app.ElectionService;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.ProvinceView;
import vn.thidua.app.ValidationException;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.CriterionKind;
import vn.thidua.domain.scoring.ScoringTable;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.CandidateResult;
import vn.thidua.domain.voting.TallyResult;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.Backend;

/**
 * The province at scale (issue 19, item 7): 30 blocs of 15 units over 10 years, each year with its
 * scoring table (30 criteria), scores and indicators, and in the last year one conference per bloc of 3
 * closed elections of 20 papers. Then, while 10 secretaries enter papers at a human pace into an open
 * election of 10 different blocs, the time to open the data (to the first query answered), a bloc-year's
 * scoreboard, an election's tally and the province's view of the year; after the run every paper is
 * counted again. Not a test (figures, no time asserted): bench/province-scale.sh runs it on an H2 file
 * and on a PostgreSQL server.
 *
 * <pre>
 *   ProvinceScaleBench generate LOCATION                  build the province (once)
 *   ProvinceScaleBench measure LOCATION ROUNDS NAME [OPEN_LOCATION]
 * </pre>
 * LOCATION is what {@code --db} takes: an H2 file ({@code .mv.db}) or a PostgreSQL URL. On H2 the
 * writers share the measuring program's workspace (one file is opened by one program), and the open is
 * timed on OPEN_LOCATION, a copy of the same file; on PostgreSQL each writer has its own workspace
 * (its own connection), as ten secretaries' programs would.
 */
public final class ProvinceScaleBench {

    static final int BLOCS = 30;
    static final int UNITS = 15;
    static final int FIRST_YEAR = 2016;
    static final int YEARS = 10;
    static final int LAST_YEAR = FIRST_YEAR + YEARS - 1;
    static final int GROUPS = 3;
    static final int CRITERIA_PER_GROUP = 10;
    static final int INDICATORS = 10;
    static final int ELECTIONS = 3;
    static final int PAPERS = 20;
    static final int CANDIDATES = 5;
    static final int SEATS = 2;
    /** -Dthidua.bench.writers=0 measures the same without anyone entering papers (where the time goes). */
    static final int WRITERS = Integer.getInteger("thidua.bench.writers", 10);
    /** A paper every 400–1,000 ms per secretary: a few keys and Enter, read off the paper. */
    static final int PACE_MIN_MS = 400;
    static final int PACE_SPREAD_MS = 600;
    static final int WARM_UP_ROUNDS = 3;
    static final int ROUND_PAUSE_MS = 500;

    private ProvinceScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("generate")) {
            generate(args[1]);
        } else if (args.length >= 4 && args[0].equals("measure")) {
            boolean ok = measure(args[1], Integer.parseInt(args[2]), args[3], args.length > 4 ? args[4] : args[1]);
            System.exit(ok ? 0 : 1);
        } else {
            System.err.println("usage: ProvinceScaleBench generate LOCATION | measure LOCATION ROUNDS NAME [OPEN_LOCATION]");
            System.exit(2);
        }
        System.exit(0);
    }

    static String blocCode(int b) {
        return String.format(Locale.ROOT, "K%02d", b);
    }

    // ---- generate ----------------------------------------------------------------------

    static void generate(String location) throws Exception {
        long t0 = System.nanoTime();
        Random random = new Random(20260);
        // Blocs, units, years and tables through the app layer, as the secretary makes them; each new
        // year copies the members and the table of the year before.
        try (Workspace ws = Backend.open(location)) {
            if (!ws.blocs().blocs().isEmpty()) {
                throw new IllegalStateException(location + " is not empty");
            }
            for (int b = 1; b <= BLOCS; b++) {
                Bloc bloc = ws.blocs().addBloc(blocCode(b), "Khối thi đua số " + b + " (mô phỏng cấp tỉnh)");
                Season first = ws.blocs().startYear(bloc.id(), FIRST_YEAR);
                for (int u = 1; u <= UNITS; u++) {
                    ws.blocs().addUnit(first, new UnitDraft(String.format(Locale.ROOT, "DV%02d", u),
                            String.format(Locale.ROOT, "Sở mô phỏng số %02d của khối %d", u, b),
                            String.format(Locale.ROOT, "Sở %02d", u)));
                }
                ws.scoring().loadTable(first, table());
                for (int y = 1; y < YEARS; y++) {
                    ws.blocs().startYear(bloc.id(), FIRST_YEAR + y);
                }
                if (b % 10 == 0) {
                    log(t0, b + " blocs, units, years, tables");
                }
            }
        }
        // Scores and indicators in bulk, one transaction per bloc: through the app layer each row is its
        // own durable write (a disk sync apiece on H2), 180,000 of them. Same tables, same shape of data.
        try (Connection c = connect(location)) {
            c.setAutoCommit(false);
            List<Long> seasons = new ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("select id from season order by id")) {
                while (rs.next()) {
                    seasons.add(rs.getLong(1));
                }
            }
            int n = 0;
            for (long seasonId : seasons) {
                ScaleBench.fillYear(c, seasonId, INDICATORS, random);
                if (++n % YEARS == 0) {
                    c.commit();
                }
            }
            c.commit();
            if (!isServer(location)) {
                try (var st = c.createStatement()) {
                    st.execute("CHECKPOINT SYNC");
                }
            }
        }
        log(t0, "scores (" + BLOCS * YEARS * UNITS * GROUPS * CRITERIA_PER_GROUP + ") and indicators ("
                + BLOCS * YEARS * UNITS * INDICATORS + ")");
        // The conferences of the last year through the app layer: each election set up, its papers
        // imported (one transaction) and closed (fingerprint, audit line).
        try (Workspace ws = Backend.open(location)) {
            for (int b = 1; b <= BLOCS; b++) {
                Season last = ws.blocs().requireSeason(ws.blocs().requireBloc(blocCode(b)), LAST_YEAR);
                List<Unit> members = ws.blocs().members(last);
                for (int e = 0; e < ELECTIONS; e++) {
                    List<Long> candidates = members.stream().skip((long) e * CANDIDATES).limit(CANDIDATES)
                            .map(Unit::id).toList();
                    long id = ws.elections().create(last, draft(TITLES[e], PAPERS, candidates));
                    List<Ballot> ballots = new ArrayList<>();
                    for (int n = 1; n <= PAPERS; n++) {
                        if (random.nextInt(20) == 0) {
                            ballots.add(Ballot.spoiled(n));
                            continue;
                        }
                        Set<Long> approved = new LinkedHashSet<>();
                        int marks = 1 + random.nextInt(SEATS);
                        while (approved.size() < marks) {
                            approved.add(candidates.get(Math.min(CANDIDATES - 1,
                                    (int) Math.abs(random.nextGaussian() * CANDIDATES / 2.5))));
                        }
                        ballots.add(Ballot.marked(n, approved));
                    }
                    ws.elections().importBallots(id, ballots);
                    ws.elections().close(id);
                }
                if (b % 10 == 0) {
                    log(t0, b + " conferences of " + ELECTIONS + " elections × " + PAPERS + " papers, closed");
                }
            }
        }
        if (!isServer(location)) {
            try (Connection c = connect(location); var st = c.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            }
        }
        log(t0, "done: " + location);
    }

    static final String[] TITLES = {"Cờ thi đua của UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh",
            "Đề nghị Cờ thi đua của Chính phủ"};

    static ElectionService.Draft draft(String title, int issued, List<Long> candidates) {
        return new ElectionService.Draft(title, SEATS, ThresholdOperator.GT, BigDecimal.valueOf(50), Base.VALID, issued,
                candidates, null, false);
    }

    static ScoringTable table() {
        List<CriterionGroup> groups = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        long id = 1;
        for (int g = 1; g <= GROUPS; g++) {
            String code = ScaleBench.roman(g);
            groups.add(new CriterionGroup(code, "Nhóm tiêu chí " + code + ": thực hiện nhiệm vụ chính trị", g));
            for (int k = 1; k <= CRITERIA_PER_GROUP; k++) {
                CriterionKind kind = g == GROUPS && k == CRITERIA_PER_GROUP - 1 ? CriterionKind.BONUS
                        : g == GROUPS && k == CRITERIA_PER_GROUP ? CriterionKind.DEDUCTION : CriterionKind.REGULAR;
                criteria.add(new Criterion(id++, code, code + "." + k,
                        "Tiêu chí " + code + "." + k + ": hoàn thành chỉ tiêu được giao đúng thời hạn",
                        BigDecimal.valueOf(2 + (k % 5) * 2), kind, k));
            }
        }
        return new ScoringTable(groups, criteria);
    }

    static boolean isServer(String location) {
        return location.startsWith("jdbc:postgresql:");
    }

    /** A plain connection: the server's as Backend makes it; the file with the program's own H2 options. */
    static Connection connect(String location) throws SQLException {
        if (isServer(location)) {
            return Backend.connect(location);
        }
        String base = location.substring(0, location.length() - ".mv.db".length());
        return DriverManager.getConnection("jdbc:h2:file:" + Path.of(base).toAbsolutePath()
                + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;DB_CLOSE_ON_EXIT=FALSE", "thidua", "");
    }

    // ---- measure -----------------------------------------------------------------------

    /** One secretary entering papers into one open election until told to stop. */
    static final class Writer implements Runnable {
        final String bloc;
        final long electionId;
        final Workspace ws;
        final boolean own;
        final Random random;
        final AtomicBoolean stop;
        final CountDownLatch started;
        /** Papers the program confirmed: number and the keys typed. */
        final List<int[]> confirmed = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        final List<Long> enterNanos = new ArrayList<>();
        int refused;
        final ConcurrentLinkedQueue<Throwable> failures;

        Writer(String bloc, long electionId, Workspace ws, boolean own, long seed, AtomicBoolean stop,
               CountDownLatch started, ConcurrentLinkedQueue<Throwable> failures) {
            this.bloc = bloc;
            this.electionId = electionId;
            this.ws = ws;
            this.own = own;
            this.random = new Random(seed);
            this.stop = stop;
            this.started = started;
            this.failures = failures;
        }

        String typed() {
            int r = random.nextInt(20);
            if (r == 0) {
                return "H";
            }
            if (r == 1) {
                return "";
            }
            int first = 1 + random.nextInt(CANDIDATES);
            if (r < 10) {
                return Integer.toString(first);
            }
            int second = 1 + random.nextInt(CANDIDATES);
            return second == first ? Integer.toString(first) : "" + Math.min(first, second) + Math.max(first, second);
        }

        @Override
        public void run() {
            started.countDown();
            try {
                while (!stop.get()) {
                    Thread.sleep(PACE_MIN_MS + random.nextInt(PACE_SPREAD_MS));
                    if (stop.get()) {
                        break;
                    }
                    String k = typed();
                    long t = System.nanoTime();
                    try {
                        Ballot b = ws.elections().enterBallot(electionId, k);
                        enterNanos.add(System.nanoTime() - t);
                        confirmed.add(new int[] {b.number()});
                        keys.add(k);
                    } catch (ValidationException refusedPaper) {
                        refused++;
                    }
                }
            } catch (Throwable e) {
                failures.add(e);
            } finally {
                if (own) {
                    ws.close();
                }
            }
        }
    }

    static boolean measure(String location, int rounds, String name, String openLocation) throws Exception {
        boolean server = isServer(location);
        Random random = new Random(7);
        Timer open = new Timer("open", "workspace open to the first query answered (the blocs)");
        Timer board = new Timer("scoreboard", "a bloc-year's scoreboard, bloc and year at random");
        Timer tally = new Timer("tally", "a closed conference election's tally (seal checked), at random");
        Timer province = new Timer("province", "ProvinceView of " + LAST_YEAR + ": " + BLOCS + " blocs");
        Timer paper = new Timer("paper (writers)", "a writer's enterBallot, durable");
        List<Writer> writers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        boolean ok = true;
        String loadAtStart = load();
        try (Workspace ws = Backend.open(location)) {
            List<Season> seasons = new ArrayList<>();
            List<Long> closed = new ArrayList<>();
            for (Bloc b : ws.blocs().blocs()) {
                seasons.addAll(ws.blocs().seasons(b.id()));
            }
            for (Season s : seasons) {
                if (s.year() == LAST_YEAR) {
                    ws.elections().elections(s).forEach(e -> closed.add(e.id()));
                }
            }
            // The writers' elections: one open election in each of blocs K01..K10, set up now.
            CountDownLatch started = new CountDownLatch(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                String code = blocCode(w + 1);
                Season last = ws.blocs().requireSeason(ws.blocs().requireBloc(code), LAST_YEAR);
                List<Long> candidates = ws.blocs().members(last).stream().skip(10).limit(CANDIDATES).map(Unit::id).toList();
                long id = ws.elections().create(last, draft("Bầu bổ sung lượt đo " + name, 100_000, candidates));
                Workspace mine = server ? Backend.open(location) : ws;
                Writer writer = new Writer(code, id, mine, server, 1000 + w, stop, started, failures);
                writers.add(writer);
                Thread t = new Thread(writer, "writer-" + code);
                threads.add(t);
            }
            threads.forEach(Thread::start);
            started.await();
            for (int i = -WARM_UP_ROUNDS; i < rounds; i++) {
                boolean counted = i >= 0;
                open.time(counted, () -> {
                    Workspace other = Backend.open(openLocation);
                    other.blocs().blocs();
                    return other;
                }).close();
                Season s = seasons.get(random.nextInt(seasons.size()));
                board.time(counted, () -> ws.scoring().scoreboard(s));
                long e = closed.get(random.nextInt(closed.size()));
                tally.time(counted, () -> ws.elections().tally(e));
                province.time(counted, () -> ProvinceView.of(ws, LAST_YEAR));
                // The office's reader between two looks: the writers go on meanwhile, so the run lasts long
                // enough for their papers to count (some seconds more than the reads alone).
                Thread.sleep(ROUND_PAUSE_MS);
            }
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
            for (Throwable f : failures) {
                System.out.println("WRITER FAILED: " + f);
                f.printStackTrace(System.out);
                ok = false;
            }

            // Every count again: no paper lost or doubled.
            int confirmedAll = 0;
            int storedAll = 0;
            int refusedAll = 0;
            for (Writer w : writers) {
                w.enterNanos.forEach(paper::add);
                refusedAll += w.refused;
                List<Integer> numbers = w.confirmed.stream().map(a -> a[0]).sorted().toList();
                List<Integer> expected = IntStream.rangeClosed(1, numbers.size()).boxed().toList();
                List<Integer> stored = ws.elections().ballots(w.electionId).stream().map(Ballot::number).sorted().toList();
                confirmedAll += numbers.size();
                storedAll += stored.size();
                if (!numbers.equals(expected) || !stored.equals(numbers)) {
                    System.out.println("COUNT WRONG in " + w.bloc + ": confirmed " + numbers.size() + ", stored " + stored.size()
                            + (numbers.equals(expected) ? "" : " (confirmed numbers not 1..n)"));
                    ok = false;
                }
                TallyResult t = ws.elections().tally(w.electionId);
                StoredElection e = ws.elections().election(w.electionId);
                int[] votes = new int[CANDIDATES];
                for (String k : w.keys) {
                    if (!k.equals("H")) {
                        for (char ch : k.toCharArray()) {
                            votes[ch - '1']++;
                        }
                    }
                }
                if (t.returned() != stored.size()) {
                    System.out.println("TALLY WRONG in " + w.bloc + ": tally counts " + t.returned() + " papers, stored " + stored.size());
                    ok = false;
                }
                for (int c = 0; c < CANDIDATES; c++) {
                    long unit = e.settings().candidates().get(c).unitId();
                    int counted = t.row(unit).map(CandidateResult::votes).orElse(-1);
                    if (counted != votes[c]) {
                        System.out.println("TALLY WRONG in " + w.bloc + ": candidate " + (c + 1) + " has " + counted
                                + " votes, papers confirmed give " + votes[c]);
                        ok = false;
                    }
                }
            }
            int conferenceOk = 0;
            for (long id : closed) {
                if (ws.elections().ballots(id).size() == PAPERS && ws.elections().tally(id).returned() == PAPERS) {
                    conferenceOk++;
                }
            }
            if (conferenceOk != closed.size()) {
                ok = false;
            }

            String where = server ? "PostgreSQL " + serverVersion(location) : "H2 file";
            System.out.println();
            System.out.printf(Locale.ROOT, "%s (%s): %d rounds after %d warm-up, %d ms apart, %d writers at a paper every %d–%d ms;"
                            + " load at start %s, at end %s%n", name, where, rounds, WARM_UP_ROUNDS, ROUND_PAUSE_MS, WRITERS,
                    PACE_MIN_MS, PACE_MIN_MS + PACE_SPREAD_MS, loadAtStart, load());
            System.out.printf(Locale.ROOT, "  %-16s %8s %8s %8s %6s %8s  %s%n", "ms", "median", "p90", "max", "n", "cpu med", "what");
            for (Timer t : List.of(open, board, tally, province, paper)) {
                t.print();
            }
            System.out.printf(Locale.ROOT, "  counts: %d papers confirmed by the writers, %d stored, %d refused; each writer's"
                            + " numbers 1..n, tally = stored and votes = papers typed: %s; %d of %d conference elections"
                            + " hold their %d papers%n", confirmedAll, storedAll, refusedAll, ok ? "yes" : "NO",
                    conferenceOk, closed.size(), PAPERS);
            System.out.printf(Locale.ROOT, "SUMMARY %s: open %.0f ms, scoreboard %.0f ms, tally %.0f ms, province %.0f ms%n",
                    name, open.median(), board.median(), tally.median(), province.median());
        } finally {
            stop.set(true);
        }
        return ok;
    }

    static String serverVersion(String location) {
        try (Connection c = Backend.connect(location); var s = c.createStatement();
             var rs = s.executeQuery("show server_version")) {
            rs.next();
            String v = rs.getString(1);
            return v.split(" ")[0];
        } catch (SQLException e) {
            return "?";
        }
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Wall times of calls; the warm-up rounds are run, not counted. */
    static final class Timer {
        final String what;
        final String note;
        final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        /** CPU time of the calling thread: less sensitive to what else the machine runs (not the server's). */
        final List<Long> cpu = new ArrayList<>();
        private static final ThreadMXBean THREADS =
                ManagementFactory.getThreadMXBean();

        Timer(String what, String note) {
            this.what = what;
            this.note = note;
        }

        <T> T time(boolean counted, Supplier<T> call) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            T result = call.get();
            if (counted) {
                nanos.add(System.nanoTime() - t);
                cpu.add(THREADS.getCurrentThreadCpuTime() - c);
            }
            return result;
        }

        String cpuMedian() {
            if (cpu.isEmpty()) {
                return "";
            }
            long[] s = cpu.stream().mapToLong(Long::longValue).sorted().toArray();
            return String.format(Locale.ROOT, "%.1f", s[(int) Math.ceil(s.length / 2.0) - 1] / 1e6);
        }

        void add(long n) {
            nanos.add(n);
        }

        long[] sorted() {
            long[] s = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(s);
            return s;
        }

        /** Nearest rank. */
        double percentile(int p) {
            long[] s = sorted();
            if (s.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * s.length);
            return s[Math.max(0, rank - 1)] / 1e6;
        }

        double median() {
            return percentile(50);
        }

        void print() {
            long[] s = sorted();
            System.out.printf(Locale.ROOT, "  %-16s %8.1f %8.1f %8.1f %6d %8s  %s%n", what, median(), percentile(90),
                    s.length == 0 ? Double.NaN : s[s.length - 1] / 1e6, s.length, cpuMedian(), note);
        }
    }

    static void log(long t0, String what) {
        ScaleBench.log(t0, what);
    }
}
