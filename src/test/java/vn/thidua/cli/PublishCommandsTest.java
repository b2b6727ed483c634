package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.h2.api.Trigger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.domain.voting.Fingerprint;
import vn.thidua.store.Database;
import vn.thidua.store.JdbcElectionStore;
import vn.thidua.testing.Backend;

/**
 * Issue 19, laptop and server: {@code publish} copies a bloc-year of the laptop's H2 file to a server
 * (PostgreSQL; an H2 file stands in too), {@code fetch} the other way; the copy answers as the original.
 */
class PublishCommandsTest {

    @TempDir
    Path dir;

    private static CliRunner.Result on(String db, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(Arrays.asList(args));
        return CliRunner.run(all.toArray(String[]::new));
    }

    private static CliRunner.Result ok(String db, String... args) {
        CliRunner.Result r = on(db, args);
        assertThat(r.code()).as("%s%n%s%n%s", String.join(" ", args), r.out(), r.err()).isZero();
        return r;
    }

    /** Election ids by title, from {@code election list}. */
    private static Map<String, String> elections(String db) {
        Map<String, String> ids = new LinkedHashMap<>();
        ok(db, "election", "list", "--bloc", "KTN", "--year", "2019", "--format", "csv").out().lines().skip(1)
                .forEach(l -> ids.put(l.split(",")[1], l.split(",")[0]));
        return ids;
    }

    /** What the secretary and the office read of the year: scoreboard, every tally, every verify. */
    private static List<String> answers(String db) {
        List<String> out = new ArrayList<>();
        out.add(ok(db, "scoreboard", "--bloc", "KTN", "--year", "2019", "--format", "csv").out());
        out.add(ok(db, "election", "list", "--bloc", "KTN", "--year", "2019", "--format", "csv").out()
                .replaceAll("(?m)^\\d+,", "#,"));
        for (Map.Entry<String, String> e : elections(db).entrySet()) {
            out.add(e.getKey() + "\n" + ok(db, "tally", "--election", e.getValue(), "--format", "csv").out());
            CliRunner.Result v = on(db, "verify", "--election", e.getValue());
            out.add(e.getKey() + " verify " + v.code() + " " + v.out().lines().findFirst().orElse("")
                    .replace("(số " + e.getValue() + ")", "(số #)"));
        }
        return out;
    }

    private static long count(String db, String sql) throws Exception {
        try (Connection c = Backend.connect(db); PreparedStatement p = c.prepareStatement(sql);
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String laptop() {
        String file = dir.resolve("laptop.mv.db").toString();
        ok(file, "sample");
        return file;
    }

    /** Another laptop holding the sample takes the year from {@code server} in its place: the same answers. */
    private String fetchedOverTheSample(String server, List<String> expected) {
        String other = dir.resolve("other-laptop.mv.db").toString();
        ok(other, "sample");
        ok(other, "fetch", "--bloc", "KTN", "--year", "2019", "--from", server, "--replace");
        assertThat(answers(other)).isEqualTo(expected);
        return other;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void thePublishedYearAnswersOnTheServerAsOnTheLaptop(Backend backend) throws Exception {
        String laptop = laptop();
        String server = backend.newLocation(dir, "server");

        CliRunner.Result r = ok(laptop, "publish", "--bloc", "KTN", "--year", "2019", "--to", server);

        assertThat(r.out()).contains("Đã gửi năm 2019 của khối KTN", "3 cuộc bầu", "3 cuộc đã kết thúc",
                "dấu vân tay khớp");
        assertThat(answers(server)).isEqualTo(answers(laptop));
        assertThat(answers(server).get(0)).contains("GTVT");
        assertThat(ok(server, "verify").out()).contains("nhật ký", "nguyên vẹn");
        // The year's audit lines came along (the laptop has only this bloc-year, bar the bloc's own lines).
        for (String action : List.of("election.open", "election.close", "ballot.import", "score.save",
                "criterion.add")) {
            assertThat(count(server, "select count(*) from audit_log where action = '" + action + "'")).as(action)
                    .isEqualTo(count(laptop, "select count(*) from audit_log where action = '" + action + "'"));
        }
        assertThat(count(server, "select count(*) from audit_log where action = 'election.close'")).isEqualTo(3);
        assertThat(count(server, "select count(*) from audit_log where action = 'year.publish'")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSecondPublishIsRefusedAndReplaceLeavesTheOtherBlocAlone(Backend backend) throws Exception {
        String laptop = laptop();
        String server = backend.newLocation(dir, "server");
        ok(server, "bloc", "add", "--code", "VX", "--name", "Khối Văn xã");
        ok(server, "year", "add", "--bloc", "VX", "--year", "2019");
        ok(laptop, "publish", "--bloc", "KTN", "--year", "2019", "--to", server);
        long lines = count(server, "select count(*) from audit_log");

        CliRunner.Result again = on(laptop, "publish", "--bloc", "KTN", "--year", "2019", "--to", server);

        assertThat(again.code()).isNotZero();
        assertThat(again.err()).contains("đã có năm 2019 của khối KTN", "--replace");
        assertThat(count(server, "select count(*) from audit_log")).as("nothing written").isEqualTo(lines);

        CliRunner.Result replaced = ok(laptop, "publish", "--bloc", "KTN", "--year", "2019", "--to", server,
                "--replace");
        assertThat(replaced.out()).contains("đã được thay");
        assertThat(elections(server).values()).as("new ids on the server").containsExactly("4", "5", "6");
        assertThat(answers(server)).isEqualTo(answers(laptop));
        assertThat(count(server, "select count(*) from season s join bloc b on b.id = s.bloc_id where b.code = 'VX'"))
                .isEqualTo(1);
        assertThat(count(server, "select count(*) from election")).isEqualTo(3);
        assertThat(ok(server, "verify").out()).contains("nguyên vẹn");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aTamperedPaperOnTheLaptopIsRefusedAndTheServerIsUnchanged(Backend backend) throws Exception {
        String laptop = laptop();
        String server = backend.newLocation(dir, "server");
        ok(server, "bloc", "add", "--code", "VX", "--name", "Khối Văn xã");
        long lines = count(server, "select count(*) from audit_log");
        try (Connection c = Backend.connect(laptop); PreparedStatement p = c.prepareStatement(
                "update ballot set kind = 'SPOILED', approved = '' where election_id = 3 and number = 2"
                        + " and kind = 'MARKED'")) {
            assertThat(p.executeUpdate()).isEqualTo(1);
        }

        CliRunner.Result r = on(laptop, "publish", "--bloc", "KTN", "--year", "2019", "--to", server);

        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("Bằng khen của UBND tỉnh", "dữ liệu đã bị sửa", "Không gửi năm này");
        assertThat(count(server, "select count(*) from bloc where code = 'KTN'")).isZero();
        assertThat(count(server, "select count(*) from audit_log")).isEqualTo(lines);
    }

    /**
     * The check on arrival: a destination that stores a paper otherwise than it was sent (here a trigger on
     * its ballot table spoils the first marked paper numbered 2) makes the copy's fingerprint differ, and the
     * whole publish is undone, the destination as it was.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aPaperStoredOtherwiseAtTheDestinationUndoesThePublish(Backend backend) throws Exception {
        String laptop = laptop();
        String server = backend.newLocation(dir, "server");
        ok(server, "bloc", "add", "--code", "VX", "--name", "Khối Văn xã");
        long lines = count(server, "select count(*) from audit_log");
        try (Connection c = Backend.connect(server); Statement st = c.createStatement()) {
            if (backend == Backend.H2) {
                st.execute("create trigger spoil_paper before insert on ballot for each row call \""
                        + SpoilPaper.class.getName() + "\"");
            } else {
                st.execute("create function spoil_paper() returns trigger language plpgsql as $$ begin"
                        + " if new.number = 2 and new.kind = 'MARKED' then new.kind := 'SPOILED'; new.approved := '';"
                        + " end if; return new; end $$");
                st.execute("create trigger spoil_paper before insert on ballot for each row"
                        + " execute function spoil_paper()");
            }
        }

        CliRunner.Result r = on(laptop, "publish", "--bloc", "KTN", "--year", "2019", "--to", server);

        assertThat(r.code()).as(r.err()).isNotZero();
        assertThat(r.err()).contains("không ra đúng dấu vân tay lúc kết thúc", "Đã hủy toàn bộ");
        assertThat(count(server, "select count(*) from bloc where code = 'KTN'")).isZero();
        assertThat(count(server, "select count(*) from ballot")).isZero();
        assertThat(count(server, "select count(*) from audit_log")).isEqualTo(lines);
        // The laptop's year is untouched and still verifies.
        for (String election : elections(laptop).values()) {
            assertThat(on(laptop, "verify", "--election", election).code()).isZero();
        }
    }

    /** H2's stand-in for the server's trigger above: spoils a marked paper numbered 2 as it is stored. */
    public static final class SpoilPaper implements Trigger {
        private int number;
        private int kind;
        private int approved;

        @Override
        public void init(Connection conn, String schema, String trigger, String table, boolean before, int type)
                throws SQLException {
            try (ResultSet rs = conn.getMetaData().getColumns(null, schema, table, null)) {
                while (rs.next()) {
                    int at = rs.getInt("ORDINAL_POSITION") - 1;
                    switch (rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)) {
                        case "number" -> number = at;
                        case "kind" -> kind = at;
                        case "approved" -> approved = at;
                        default -> { }
                    }
                }
            }
        }

        @Override
        public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
            if (((Number) newRow[number]).intValue() == 2 && "MARKED".equals(newRow[kind])) {
                newRow[kind] = "SPOILED";
                newRow[approved] = "";
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void fetchIntoAnEmptyFileGivesTheSameAnswers(Backend backend) {
        String laptop = laptop();
        String server = backend.newLocation(dir, "server");
        ok(laptop, "publish", "--bloc", "KTN", "--year", "2019", "--to", server);
        String other = dir.resolve("other-laptop.mv.db").toString();

        CliRunner.Result r = ok(other, "fetch", "--bloc", "KTN", "--year", "2019", "--from", server);

        assertThat(r.out()).contains("Đã lấy năm 2019 của khối KTN", "dấu vân tay khớp");
        assertThat(answers(other)).isEqualTo(answers(laptop));
        assertThat(ok(other, "verify").out()).contains("nguyên vẹn");
        assertThat(on(other, "fetch", "--bloc", "KTN", "--year", "2019", "--from", server).err())
                .contains("đã có năm 2019");
    }

    /** A first round tied between XD and TTTT (a third paper approves KHCN, not a candidate), and its runoff. */
    private String[] runoffYear(String laptop, boolean closeWithTheProgram) throws Exception {
        String first = ok(laptop, "election", "add", "--bloc", "KTN", "--year", "2019", "--title", "Bằng khen chuyên đề",
                "--seats", "1", "--threshold", ">=:50", "--base", "valid", "--issued", "3", "--candidates", "XD,TTTT")
                .lastLine();
        Path b1 = dir.resolve("b1.csv");
        Files.writeString(b1, "ballot,approve\n1,XD\n2,TTTT\n");
        ok(laptop, "ballots", "--election", first, "--import", b1.toString());
        try (Connection c = Backend.connect(laptop); PreparedStatement p = c.prepareStatement(
                "insert into ballot(election_id, number, kind, approved, unknown_keys) values (?, 3, 'MARKED',"
                        + " (select cast(id as varchar(20)) from unit where code = 'KHCN'), '')")) {
            p.setLong(1, Long.parseLong(first));
            assertThat(p.executeUpdate()).isEqualTo(1);
        }
        close(laptop, first, closeWithTheProgram);
        String second = ok(laptop, "runoff", "--election", first).lastLine();
        Path b2 = dir.resolve("b2.csv");
        Files.writeString(b2, "ballot,approve\n1,XD\n2,XD\n");
        ok(laptop, "ballots", "--election", second, "--import", b2.toString());
        close(laptop, second, closeWithTheProgram);
        return new String[] {first, second};
    }

    /** Closed by this program (format /2), or as a program before V15 did: the /1 text, ids as stored. */
    private static void close(String db, String election, boolean withTheProgram) {
        if (withTheProgram) {
            ok(db, "close", "--election", election);
            return;
        }
        try (Database d = Backend.openDatabase(db)) {
            JdbcElectionStore store = new JdbcElectionStore(d);
            long id = Long.parseLong(election);
            store.close(id, Fingerprint.of(store.election(id).orElseThrow().settings(),
                    store.ballots(id)), 1);
        }
    }

    /** The server has another bloc's units first, so the year's units and elections get other ids there. */
    private String serverWithOtherIds(Backend backend) {
        String server = backend.newLocation(dir, "server");
        ok(server, "bloc", "add", "--code", "VX", "--name", "Khối Văn xã");
        ok(server, "year", "add", "--bloc", "VX", "--year", "2019");
        ok(server, "unit", "add", "--bloc", "VX", "--code", "SYT", "--name", "Sở Y tế");
        ok(server, "unit", "add", "--bloc", "VX", "--code", "SGDDT", "--name", "Sở Giáo dục và Đào tạo");
        return server;
    }

    /**
     * A year with a runoff goes to the server and back: the runoff's fingerprint (/2) names its first round by
     * that round's fingerprint, not by an id, so it holds in every database; replaced (new ids again) and fetched
     * into a file that had the year under other ids, every end answers as the laptop and verifies.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aYearWithARunoffIsPublishedReplacedAndFetchedVerifyingAtEveryEnd(Backend backend) throws Exception {
        String laptop = laptop();
        String[] ids = runoffYear(laptop, true);
        String server = serverWithOtherIds(backend);

        CliRunner.Result r = ok(laptop, "publish", "--bloc", "KTN", "--year", "2019", "--to", server);

        assertThat(r.out()).contains("5 cuộc bầu", "5 cuộc đã kết thúc", "dấu vân tay khớp");
        List<String> expected = answers(laptop);
        assertThat(expected).anySatisfy(a -> assertThat(a).startsWith("Bằng khen chuyên đề verify 0"));
        assertThat(answers(server)).isEqualTo(expected);
        ok(laptop, "publish", "--bloc", "KTN", "--year", "2019", "--to", server, "--replace");
        assertThat(elections(server)).doesNotContainValue(ids[1]);
        assertThat(answers(server)).isEqualTo(expected);
        assertThat(count(server, "select count(*) from election where fingerprint_format = 2 and status = 'CLOSED'"))
                .isEqualTo(5);
        assertThat(ok(server, "verify").out()).contains("nguyên vẹn");

        String other = fetchedOverTheSample(server, expected);
        assertThat(ok(other, "verify").out()).contains("nguyên vẹn");
    }

    /**
     * A runoff sealed before format /2 (its text holds its first round's id, and a paper's mark of a unit not a
     * candidate holds that unit's id) keeps its seal where it arrives: the ids its text named where it was sealed
     * come along (sealed_parent, sealed_units) and the /1 text is written with them; a second copy keeps them.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRunoffSealedInTheFirstFormatKeepsItsSealOnTheServerAndBack(Backend backend) throws Exception {
        String laptop = laptop();
        String[] ids = runoffYear(laptop, false);
        long khcn = count(laptop, "select id from unit where code = 'KHCN'");
        assertThat(ok(laptop, "verify", "--election", ids[1]).out()).contains("Khớp");
        String server = serverWithOtherIds(backend);

        ok(laptop, "publish", "--bloc", "KTN", "--year", "2019", "--to", server);

        List<String> expected = answers(laptop);
        assertThat(answers(server)).isEqualTo(expected);
        assertThat(count(server, "select count(*) from election where fingerprint_format = 1")).isEqualTo(2);
        assertThat(count(server, "select sealed_parent from election where sealed_parent is not null"))
                .isEqualTo(Long.parseLong(ids[0]));
        assertThat(count(server, "select id from unit where code = 'KHCN'")).as("other ids there").isNotEqualTo(khcn);
        assertThat(count(server, "select count(*) from election where sealed_units = 'KHCN=" + khcn + "'"))
                .isEqualTo(1);
        assertThat(ok(server, "verify").out()).contains("nguyên vẹn");

        String other = fetchedOverTheSample(server, expected);
        assertThat(count(other, "select count(*) from election where sealed_units = 'KHCN=" + khcn + "'"))
                .isEqualTo(1);
    }

    /**
     * The bloc's and units' own lines of the year come along (a new name, a merge, a move that take effect in
     * it), and the succession links, mapped by code (a unit of another bloc by its bloc's and its own code);
     * the server's own lines and links of other blocs are untouched.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void theYearsRenamesMergesAndMovesArriveWithTheirSuccessionLinks(Backend backend) throws Exception {
        String laptop = laptop();
        ok(laptop, "bloc", "add", "--code", "VX", "--name", "Khối Văn xã");
        ok(laptop, "year", "add", "--bloc", "VX", "--year", "2020");
        ok(laptop, "unit", "rename", "--bloc", "KTN", "--code", "XD", "--name", "Sở Xây dựng và Quy hoạch",
                "--from-year", "2020");
        ok(laptop, "unit", "merge", "--bloc", "KTN", "--codes", "KHCN,TNMT", "--into", "KHTNMT",
                "--name", "Sở Khoa học, Tài nguyên và Môi trường", "--from-year", "2020");
        ok(laptop, "unit", "move", "--from", "KTN", "--to", "VX", "--code", "TTTT", "--from-year", "2020");
        String server = serverWithOtherIds(backend); // VX there already, without TTTT yet

        ok(laptop, "publish", "--bloc", "KTN", "--year", "2020", "--to", server);

        for (String action : List.of("unit.rename", "unit.succession", "season.add")) {
            assertThat(count(server, "select count(*) from audit_log where action = '" + action + "' and detail like"
                    + " '%2020%'")).as(action).isEqualTo(action.equals("unit.succession") ? 3 : 1);
        }
        assertThat(count(server, "select count(*) from unit_succession s join unit p on p.id = s.predecessor_id"
                + " join unit n on n.id = s.successor_id where n.code = 'KHTNMT' and p.code in ('KHCN', 'TNMT')"
                + " and s.from_year = 2020 and s.kind = 'MERGE'")).isEqualTo(2);
        assertThat(count(server, "select count(*) from unit_succession")).as("VX has no TTTT on the server: the move"
                + " is left out").isEqualTo(2);
        assertThat(ok(server, "scoreboard", "--bloc", "KTN", "--year", "2020", "--format", "csv").out())
                .isEqualTo(ok(laptop, "scoreboard", "--bloc", "KTN", "--year", "2020", "--format", "csv").out());
        // The rename's line names the unit by the server's id of XD.
        long xd = count(server, "select id from unit where code = 'XD'");
        assertThat(count(server, "select count(*) from audit_log where action = 'unit.rename' and detail like 'unit="
                + xd + ";%'")).isEqualTo(1);
        assertThat(ok(server, "verify").out()).contains("nguyên vẹn");

        // Once VX has TTTT there too, the move's link comes with the next copy.
        ok(laptop, "publish", "--bloc", "VX", "--year", "2020", "--to", server, "--replace");
        ok(laptop, "publish", "--bloc", "KTN", "--year", "2020", "--to", server, "--replace");
        assertThat(count(server, "select count(*) from unit_succession s join unit p on p.id = s.predecessor_id"
                + " join unit n on n.id = s.successor_id where p.code = 'TTTT' and n.code = 'TTTT' and s.kind = 'MOVE'"))
                .isEqualTo(1);
    }

    /** A server made by a newer ThiDua: refused before anything, saying which side is behind and what to run. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aServerAtAnotherSchemaVersionIsRefusedSayingWhichIsBehind(Backend backend) throws Exception {
        String laptop = laptop();
        String server = serverWithOtherIds(backend);
        try (Connection c = Backend.connect(server); PreparedStatement p = c.prepareStatement(
                "insert into \"flyway_schema_history\" select \"installed_rank\" + 100, '99', \"description\","
                        + " \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\","
                        + " \"execution_time\", \"success\" from \"flyway_schema_history\" where \"version\" = '1'")) {
            assertThat(p.executeUpdate()).isEqualTo(1);
        }

        CliRunner.Result r = on(laptop, "publish", "--bloc", "KTN", "--year", "2019", "--to", server);

        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("ở cấu trúc 99", "đang ở sau", "thidua --db", "Không có gì được ghi")
                .contains(laptop);
        assertThat(count(server, "select count(*) from bloc where code = 'KTN'")).isZero();
    }

    @org.junit.jupiter.api.Test
    void aDestinationThatIsNeitherServerNorFileIsRefusedNamingTheOption() throws Exception {
        String laptop = laptop();

        CliRunner.Result r = on(laptop, "publish", "--bloc", "KTN", "--year", "2019", "--to", "jdbc:mysql://x/thidua");
        CliRunner.Result f = on(laptop, "fetch", "--bloc", "KTN", "--year", "2019", "--from", "postgres://x/thidua");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--to jdbc:mysql://x/thidua", "không phải địa chỉ máy chủ PostgreSQL");
        assertThat(f.code()).isEqualTo(2);
        assertThat(f.err()).contains("--from postgres://x/thidua", "Không có gì được tạo");
        try (var files = Files.list(Path.of("").toAbsolutePath())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("jdbc:")
                    || n.startsWith("postgres:"));
        }
    }
}
