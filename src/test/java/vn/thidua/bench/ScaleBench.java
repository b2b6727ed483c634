package vn.thidua.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import vn.thidua.ThiDua;
import vn.thidua.app.ElectionService;
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
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.store.Database;

/**
 * The scale run of the start-up issue: a generated bloc of 100 units, a 300-line scoring table
 * and 300 indicators per unit, over 10 years, and an election of 5,000 ballots; then the time to
 * open the file, compute a year's scoreboard and tally the election, through the same app layer
 * the window uses. Not a test (figures, no assertions): bench/scale.sh runs it.
 *
 * <pre>
 *   ScaleBench generate FILE.mv.db   build the bloc (once; a few minutes)
 *   ScaleBench measure FILE.mv.db    print the timings
 * </pre>
 */
public final class ScaleBench {

    static final String BLOC = "MP";
    static final int UNITS = 100;
    static final int GROUPS = 10;
    static final int CRITERIA_PER_GROUP = 30;
    static final int INDICATORS = 300;
    static final int FIRST_YEAR = 2016;
    static final int YEARS = 10;
    static final int BALLOTS = 5000;
    static final int CANDIDATES = 15;
    static final int SEATS = 3;

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !(args[0].equals("generate") || args[0].equals("measure"))) {
            System.err.println("usage: ScaleBench generate|measure FILE.mv.db");
            System.exit(2);
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        if (args[0].equals("generate")) {
            generate(file);
        } else {
            measure(file);
        }
    }

    // ---- generate ----------------------------------------------------------------------

    static void generate(Path file) throws Exception {
        if (Files.exists(file)) {
            System.out.println("exists, not generated again: " + file);
            return;
        }
        long t0 = System.nanoTime();
        List<Long> seasonIds = new ArrayList<>();
        try (Workspace ws = ThiDua.open(file)) {
            Bloc bloc = ws.blocs().addBloc(BLOC, "Khối thi đua mô phỏng 100 đơn vị");
            Season first = ws.blocs().startYear(bloc.id(), FIRST_YEAR);
            for (int u = 1; u <= UNITS; u++) {
                ws.blocs().addUnit(first, new UnitDraft(String.format(Locale.ROOT, "DV%03d", u),
                        String.format(Locale.ROOT, "Sở mô phỏng số %03d tỉnh Hà Nam Ninh", u),
                        String.format(Locale.ROOT, "SMP %03d", u)));
            }
            ws.scoring().loadTable(first, table());
            seasonIds.add(first.id());
            // Each new year copies the members and the scoring table of the year before.
            for (int y = 1; y < YEARS; y++) {
                seasonIds.add(ws.blocs().startYear(bloc.id(), FIRST_YEAR + y).id());
            }
        }
        log(t0, "bloc, " + UNITS + " units, table of " + GROUPS * CRITERIA_PER_GROUP + " lines, " + YEARS + " years");

        // Scores and indicators in bulk: through the app layer each row would be its own durable
        // write (a disk sync apiece), hours for 600,000 rows. Same tables, same shape of data.
        Random random = new Random(20191);
        try (Connection c = connect(file)) {
            c.setAutoCommit(false);
            for (long seasonId : seasonIds) {
                fillYear(c, seasonId, INDICATORS, random);
                c.commit();
            }
            try (var st = c.createStatement()) {
                st.execute("CHECKPOINT SYNC");
            }
        }
        log(t0, "scores (" + UNITS * GROUPS * CRITERIA_PER_GROUP * YEARS + ") and indicators ("
                + UNITS * INDICATORS * YEARS + ")");

        try (Workspace ws = ThiDua.open(file)) {
            Season last = lastSeason(ws);
            List<Long> candidates = ws.blocs().members(last).stream().limit(CANDIDATES).map(Unit::id).toList();
            long id = ws.elections().create(last, new ElectionService.Draft("Cờ thi đua của UBND tỉnh (mô phỏng)",
                    SEATS, ThresholdOperator.GT, BigDecimal.valueOf(50), Base.VALID, BALLOTS, candidates, null, false));
            List<Ballot> ballots = new ArrayList<>();
            for (int n = 1; n <= BALLOTS; n++) {
                if (random.nextInt(100) < 2) {
                    ballots.add(Ballot.spoiled(n));
                    continue;
                }
                Set<Long> approved = new LinkedHashSet<>();
                int marks = 1 + random.nextInt(SEATS);
                while (approved.size() < marks) {
                    // Candidates near the top of the list get more votes, as in a real room.
                    int i = Math.min(CANDIDATES - 1, (int) Math.abs(random.nextGaussian() * CANDIDATES / 3.0));
                    approved.add(candidates.get(i));
                }
                ballots.add(Ballot.marked(n, approved));
            }
            ws.elections().importBallots(id, ballots);
        }
        log(t0, "election of " + CANDIDATES + " candidates, " + SEATS + " seats, " + BALLOTS + " ballots");
        // Bulk inserts leave H2's file several times larger than the data; a secretary's file,
        // written over months and compacted at each close, would not be.
        try (Connection c = connect(file); var st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        }
        log(t0, "compacted");
        System.out.printf(Locale.ROOT, "file: %s (%.1f MB)%n", file, Files.size(file) / 1e6);
    }

    /**
     * A year's scores (every member on every criterion) and {@code indicators} indicators a member, drawn from
     * {@code random} and written in bulk (one batch a table) in the caller's transaction.
     */
    static void fillYear(Connection c, long seasonId, int indicators, Random random) throws SQLException {
        List<long[]> units = ids(c, "select unit_id from season_member where season_id = ? order by unit_id", seasonId);
        List<Criterion> criteria = criteria(c, seasonId);
        try (PreparedStatement s = c.prepareStatement(
                "insert into score(unit_id, criterion_id, self_points, bloc_points, note) values (?, ?, ?, ?, '')")) {
            for (long[] unit : units) {
                for (Criterion k : criteria) {
                    BigDecimal bloc = points(random, k);
                    s.setLong(1, unit[0]);
                    s.setLong(2, k.id());
                    s.setBigDecimal(3, bloc.max(points(random, k)));
                    s.setBigDecimal(4, bloc);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("insert into indicator(season_id, unit_id, name,"
                + " measure_unit, plan_value, actual_value, previous_value, note, sort_order)"
                + " values (?, ?, ?, ?, ?, ?, ?, '', ?)")) {
            for (long[] unit : units) {
                for (int i = 1; i <= indicators; i++) {
                    BigDecimal plan = BigDecimal.valueOf(1000 + random.nextInt(90_000), 1);
                    s.setLong(1, seasonId);
                    s.setLong(2, unit[0]);
                    s.setString(3, "Chỉ tiêu số " + i + ": tỷ lệ hồ sơ giải quyết đúng hạn");
                    s.setString(4, i % 3 == 0 ? "%" : "hồ sơ");
                    s.setBigDecimal(5, plan);
                    s.setBigDecimal(6, plan.multiply(BigDecimal.valueOf(80 + random.nextInt(40)))
                            .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP));
                    s.setBigDecimal(7, plan.subtract(BigDecimal.ONE));
                    s.setInt(8, i);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    static ScoringTable table() {
        List<CriterionGroup> groups = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        long id = 1;
        for (int g = 1; g <= GROUPS; g++) {
            String code = roman(g);
            groups.add(new CriterionGroup(code, "Nhóm tiêu chí " + code + ": thực hiện nhiệm vụ chuyên môn", g));
            for (int k = 1; k <= CRITERIA_PER_GROUP; k++) {
                CriterionKind kind = g == GROUPS && k == CRITERIA_PER_GROUP - 1 ? CriterionKind.BONUS
                        : g == GROUPS && k == CRITERIA_PER_GROUP ? CriterionKind.DEDUCTION : CriterionKind.REGULAR;
                criteria.add(new Criterion(id++, code, code + "." + k,
                        "Tiêu chí " + code + "." + k + ": hoàn thành chỉ tiêu được giao đúng thời hạn",
                        BigDecimal.valueOf(1 + (k % 5)), kind, k));
            }
        }
        return new ScoringTable(groups, criteria);
    }

    static String roman(int n) {
        return new String[] {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}[n - 1];
    }

    static BigDecimal points(Random random, Criterion k) {
        // Quarter points, at most the criterion's maximum.
        int quarters = k.max().multiply(BigDecimal.valueOf(4)).intValue();
        return BigDecimal.valueOf(quarters / 2 + random.nextInt(quarters / 2 + 1)).divide(BigDecimal.valueOf(4));
    }

    static List<Criterion> criteria(Connection c, long seasonId) throws SQLException {
        List<Criterion> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select id, group_code, code, name, max_points, kind, sort_order from criterion where season_id = ?")) {
            s.setLong(1, seasonId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Criterion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBigDecimal(5), CriterionKind.valueOf(rs.getString(6)), rs.getInt(7)));
                }
            }
        }
        return out;
    }

    static List<long[]> ids(Connection c, String sql, long arg) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new long[] {rs.getLong(1)});
                }
            }
        }
        return out;
    }

    /** The same H2 URL and user as vn.thidua.store.Database (no password on a generated file). */
    static Connection connect(Path file) throws SQLException {
        String f = file.toString();
        String base = f.substring(0, f.length() - ".mv.db".length());
        return DriverManager.getConnection("jdbc:h2:file:" + base + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                "thidua", "");
    }

    // ---- measure -----------------------------------------------------------------------

    static void measure(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("no " + file + ": run generate first");
        }
        System.out.printf(Locale.ROOT, "file: %s (%.1f MB)%n", file, sizeMb(file));
        // -Dthidua.bench.warm=200 shows where a long session settles (e.g. C1 against C2 code).
        int warm = Integer.getInteger("thidua.bench.warm", 10);
        Timer open = new Timer(warm);
        Timer db = new Timer(warm);
        for (int i = 0; i <= warm; i++) {
            Workspace ws = open.time(i, () -> ThiDua.open(file));
            ws.close();
            Database d = db.time(i, () -> Database.open(file));
            d.close();
        }
        try (Workspace ws = ThiDua.open(file)) {
            Season last = lastSeason(ws);
            long electionId = ws.elections().elections(last).get(0).id();
            Timer board = new Timer(warm);
            Timer tally = new Timer(warm);
            int rows = 0;
            int counted = 0;
            for (int i = 0; i <= warm; i++) {
                rows = board.time(i, () -> ws.scoring().scoreboard(last)).rows().size();
            }
            for (int i = 0; i <= warm; i++) {
                counted = tally.time(i, () -> ws.elections().tally(electionId)).rows().size();
            }
            System.out.println();
            System.out.println("ms, wall (cpu of the calling thread): the first call in this JVM (cold), then the median"
                    + " and the max of the next " + warm + " (warm)");
            open.print("open", "ThiDua.open: H2, schema version check, the stores");
            db.print("  of which H2 open", "store.Database.open alone, opened again");
            board.print("scoreboard " + last.year(), rows + " rows from " + UNITS * GROUPS * CRITERIA_PER_GROUP + " scores");
            tally.print("tally", BALLOTS + " ballots, " + counted + " candidates");
        }
    }

    /** Wall and thread CPU time of calls; the CPU time says less about what else the machine was doing. */
    static final class Timer {
        private static final ThreadMXBean THREADS =
                ManagementFactory.getThreadMXBean();
        final long[] wall;
        final long[] cpu;

        Timer(int warm) {
            wall = new long[warm + 1];
            cpu = new long[warm + 1];
        }

        <T> T time(int i, Supplier<T> call) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            T result = call.get();
            wall[i] = System.nanoTime() - t;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
            return result;
        }

        void print(String what, String note) {
            long[] w = Arrays.copyOfRange(wall, 1, wall.length);
            long[] c = Arrays.copyOfRange(cpu, 1, cpu.length);
            Arrays.sort(w);
            Arrays.sort(c);
            System.out.printf(Locale.ROOT, "  %-22s cold %7.1f (%7.1f)   warm median %6.1f (%6.1f)   max %6.1f (%6.1f)   %s%n",
                    what, wall[0] / 1e6, cpu[0] / 1e6, w[w.length / 2] / 1e6, c[c.length / 2] / 1e6,
                    w[w.length - 1] / 1e6, c[c.length - 1] / 1e6, note);
        }
    }

    static Season lastSeason(Workspace ws) {
        Bloc bloc = ws.blocs().requireBloc(BLOC);
        List<Season> seasons = ws.blocs().seasons(bloc.id());
        return seasons.get(seasons.size() - 1);
    }

    static double sizeMb(Path file) {
        try {
            return Files.size(file) / 1e6;
        } catch (IOException e) {
            return -1;
        }
    }

    static void log(long t0, String what) {
        System.out.printf(Locale.ROOT, "[%5.1f s] %s%n", (System.nanoTime() - t0) / 1e9, what);
    }
}
