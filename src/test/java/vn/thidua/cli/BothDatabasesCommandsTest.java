package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.app.DataLocation;
import vn.thidua.app.SampleBloc;
import vn.thidua.testing.Backend;
import vn.thidua.testing.PostgresServer;

/**
 * The command-line contract of blocs, elections, ballots, tally, close, runoff and verify, the same
 * on an H2 file and on a PostgreSQL server (--db jdbc:postgresql://…): the same answers, the data on
 * the server, no file or folder made here. Where no PostgreSQL server can start, the PostgreSQL cases
 * are skipped with the reason ({@link PostgresServer}).
 */
class BothDatabasesCommandsTest {

    @TempDir
    Path dir;

    private String where;

    private CliRunner.Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", where));
        all.addAll(Arrays.asList(args));
        return CliRunner.run(all.toArray(String[]::new));
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = cli(args);
        assertThat(r.code()).as("%s%n%s", String.join(" ", args), r.err()).isZero();
        return r;
    }

    private Path file(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> elected(String tallyCsv) {
        return tallyCsv.lines().skip(1).filter(l -> l.endsWith(",elected")).map(l -> l.split(",")[0]).toList();
    }

    private static Set<String> workingFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("").toAbsolutePath())) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> folder(Path d) throws IOException {
        try (Stream<Path> files = Files.walk(d)) {
            return files.map(p -> d.relativize(p).toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theSampleAndItsThreeElectionsGiveTheSeedsResult(Backend backend) {
        where = backend.newLocation(dir, "sample");
        assertThat(ok("sample").out()).contains("Đã tạo khối mẫu KTN");
        assertThat(ok("sample").out()).contains("đã có");
        CliRunner.Result list = ok("election", "list", "--bloc", "KTN", "--year", "2019", "--format", "csv");
        assertThat(list.out()).isEqualTo("""
                id,title,seats,status
                1,Cờ thi đua của Chính phủ,1,closed
                2,Cờ thi đua của UBND tỉnh,1,closed
                3,Bằng khen của UBND tỉnh,2,closed
                """);
        assertThat(elected(ok("tally", "--election", "1", "--format", "csv").out())).containsExactly("GTVT");
        assertThat(elected(ok("tally", "--election", "2", "--format", "csv").out())).containsExactly("CT");
        assertThat(ok("tally", "--election", "3", "--format", "csv").out()).isEqualTo("""
                code,name,votes,percent,result
                NNPTNT,Sở Nông nghiệp và Phát triển nông thôn,6,85.71,elected
                TNMT,Sở Tài nguyên và Môi trường,5,71.43,elected
                BQLKCN,Ban Quản lý các khu công nghiệp,1,14.29,not_elected
                TTTT,Sở Thông tin và Truyền thông,1,14.29,not_elected
                XD,Sở Xây dựng,1,14.29,not_elected
                """);
        for (String id : List.of("1", "2", "3")) {
            assertThat(cli("verify", "--election", id).code()).isZero();
        }
        ok("verify");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aTieIsSettledByARunoffAndBothVerify(Backend backend) throws Exception {
        where = backend.newLocation(dir, "tie");
        ok("sample");
        String first = ok("election", "add", "--bloc", "KTN", "--year", "2019", "--title", "Bằng khen chuyên đề",
                "--seats", "1", "--threshold", ">=:50", "--base", "valid", "--issued", "8",
                "--candidates", "XD,TTTT,BQLKCN").lastLine();
        assertThat(first).isEqualTo("4");
        ok("ballots", "--election", first, "--import",
                file("b1.csv", "ballot,approve\n1,XD\n2,TTTT\n3,XD\n4,TTTT\n5,XD\n6,TTTT\n7,XD\n8,TTTT\n").toString());
        assertThat(ok("tally", "--election", first, "--format", "csv").out()).isEqualTo("""
                code,name,votes,percent,result
                TTTT,Sở Thông tin và Truyền thông,4,50.00,tie
                XD,Sở Xây dựng,4,50.00,tie
                BQLKCN,Ban Quản lý các khu công nghiệp,0,0.00,not_elected
                """);
        CliRunner.Result early = cli("runoff", "--election", first);
        assertThat(early.code()).isEqualTo(2);
        assertThat(early.err()).contains("chưa kết thúc kiểm phiếu");

        String fingerprint = ok("close", "--election", first).lastLine();
        assertThat(fingerprint).matches("[0-9a-f]{64}");
        assertThat(cli("close", "--election", first).err()).contains("đã kết thúc kiểm phiếu và bị khóa");
        String second = ok("runoff", "--election", first).lastLine();
        assertThat(second).isEqualTo("5");
        ok("ballots", "--election", second, "--import",
                file("b2.csv", "ballot,approve\n1,XD\n2,XD\n3,TTTT\n4,XD\n5,XD\n6,TTTT\n7,XD\n8,\n").toString());
        assertThat(elected(ok("tally", "--election", second, "--format", "csv").out())).containsExactly("XD");
        ok("close", "--election", second);
        CliRunner.Result verified = cli("verify", "--election", first);
        assertThat(verified.code()).isZero();
        assertThat(verified.out()).contains("Khớp", fingerprint);
        assertThat(ok("tally", "--election", first).out())
                .contains("Kết quả cuối cùng, tính cả bầu lại (cuộc bầu số 5): được suy tôn Sở Xây dựng (XD)");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void blocUnitAndYearBuildABloc(Backend backend) {
        where = backend.newLocation(dir, "bloc");
        ok("bloc", "add", "--code", "VX", "--name", "Khối Văn xã");
        ok("year", "add", "--bloc", "VX", "--year", "2023");
        ok("unit", "add", "--bloc", "VX", "--code", "SYT", "--name", "Sở Y tế", "--short", "Sở YT");
        ok("unit", "add", "--bloc", "VX", "--code", "GD", "--name", "Sở Giáo dục và Đào tạo");
        assertThat(ok("year", "add", "--bloc", "VX", "--year", "2024", "--head", "SYT", "--deputy", "GD").out())
                .contains("Đã bắt đầu năm 2024 của khối VX (2 đơn vị)");
        CliRunner.Result twice = cli("unit", "add", "--bloc", "VX", "--code", "GD", "--name", "Trùng mã");
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("“GD” đã dùng cho Sở Giáo dục và Đào tạo");
    }

    /** What is written twice with the same key replaces (a second entry, a name from a year) or is kept once (members). */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void writtenAgainWithTheSameKeyReplacesOrKeeps(Backend backend) throws Exception {
        where = backend.newLocation(dir, "again");
        ok("sample");
        String right = SampleBloc.ballotsCsv(SampleBloc.ELECTIONS.get(0)[2]);
        List<String> lines = new ArrayList<>(right.lines().toList());
        lines.set(2, "2,SPOILED");
        CliRunner.Result differ = cli("recheck", "--election", "1", "--import", file("lan-2.csv", String.join("\n", lines) + "\n").toString());
        assertThat(differ.code()).isEqualTo(RecheckCommand.DIFFERENT);
        assertThat(differ.out()).contains("1 phiếu khác nhau giữa hai lần nhập (khớp: 7 phiếu)");
        assertThat(ok("recheck", "--election", "1", "--import", file("lan-2b.csv", right).toString()).out())
                .contains("Các phiếu nhập hai lần đều khớp (8 phiếu).");

        ok("unit", "rename", "--bloc", "KTN", "--code", "XD", "--name", "Sở Xây dựng mới", "--from-year", "2020");
        ok("unit", "rename", "--bloc", "KTN", "--code", "XD", "--name", "Sở Xây dựng và Kiến trúc", "--from-year", "2020");
        assertThat(ok("history", "--bloc", "KTN", "--unit", "XD", "--format", "csv").out())
                .contains("2019,XD,Sở Xây dựng,91.50,7,excellent", "2020,XD,Sở Xây dựng và Kiến trúc,,,");

        ok("unit", "merge", "--bloc", "KTN", "--codes", "NNPTNT,TNMT", "--into", "NNMT", "--name", "Sở Nông nghiệp và Môi trường",
                "--from-year", "2021");
        ok("year", "add", "--bloc", "KTN", "--year", "2021");
        assertThat(ok("scoreboard", "--bloc", "KTN", "--year", "2021", "--format", "csv").out().lines().skip(1)
                .map(l -> l.split(",")[1]).sorted().toList())
                .containsExactly("BQLKCN", "CT", "GTVT", "KHCN", "NNMT", "TTTT", "XD");
    }

    /**
     * The held-out check in small: one script of commands on an H2 file and on a PostgreSQL database,
     * every answer the same, the election's fingerprint included; the audit log's chain hashes cover each
     * line's time, which differs between two runs, so they are compared by the count of lines.
     */
    @Test
    void theSameCommandsGiveTheSameAnswersOnBoth() throws Exception {
        PostgresServer.get();
        Set<String> before = workingFolder();
        List<String> onH2 = script(Backend.H2);
        List<String> onServer = script(Backend.POSTGRESQL);
        assertThat(onServer).containsExactlyElementsOf(onH2);
        assertThat(workingFolder()).as("nothing made in the working folder").isEqualTo(before);
    }

    private List<String> script(Backend backend) throws IOException {
        where = backend.newLocation(dir, "script" + backend);
        Path ballots = file("script-" + backend + ".csv", "ballot,approve\n1,XD\n2,XD\n3,TTTT\n4,XD\n5,\n6,TTTT\n7,XD\n8,XD;TTTT\n");
        List<String> answers = new ArrayList<>();
        answers.add(ok("sample").out());
        answers.add(ok("scoreboard", "--bloc", "KTN", "--year", "2019", "--format", "csv").out());
        answers.add(ok("election", "add", "--bloc", "KTN", "--year", "2019", "--title", "Thử", "--seats", "1",
                "--threshold", ">:50", "--base", "valid", "--issued", "8", "--candidates", "XD,TTTT").out());
        answers.add(ok("ballots", "--election", "4", "--import", ballots.toString()).out()
                .replace(ballots.toString(), "FILE"));
        answers.add(ok("tally", "--election", "4").out());
        answers.add(ok("tally", "--election", "4", "--format", "csv").out());
        answers.add(ok("election", "list", "--bloc", "KTN", "--year", "2019").out());
        answers.add(ok("close", "--election", "4").out());
        // The audit log's hashes cover each line's time, which differs between two runs: said as <chain>.
        answers.add(ok("verify", "--election", "4").out().lines()
                .map(l -> l.contains("nhật ký") || l.contains("Nhật ký") ? l.replaceAll("[0-9a-f]{64}", "<chain>") : l)
                .collect(Collectors.joining("\n")));
        answers.add(ok("history", "--bloc", "KTN", "--unit", "XD").out());
        return answers;
    }

    @Test
    void aServerDatabaseLeavesNoFileOrFolderBehind() throws Exception {
        String url = PostgresServer.get().newDatabase("nofile");
        Set<String> before = workingFolder();
        Set<String> ours = folder(dir);
        where = url;
        ok("sample");
        ok("tally", "--election", "3", "--format", "csv");
        assertThat(workingFolder()).isEqualTo(before);
        assertThat(folder(dir)).isEqualTo(ours);
        assertThat(Path.of("jdbc:postgresql:")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:thidua", "jdbc:h2:./thidua", "jdbc:mysql://localhost/thidua",
            "postgres://localhost/thidua", "postgresql://localhost/thidua", "jdbc:postgresql:thidua",
            "jdbc:postgresql://localhost:99999/thidua", "jdbc:postgresql:///thidua", "http://localhost/thidua"})
    void whatIsNeitherAFileNorAServerIsRefusedAndNothingIsMade(String given) throws Exception {
        Set<String> before = workingFolder();
        where = given;
        CliRunner.Result r = cli("sample");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).containsAnyOf("không phải đường dẫn tệp dữ liệu, cũng không phải địa chỉ máy chủ PostgreSQL",
                "không đúng dạng").contains("Không có gì được tạo");
        assertThat(workingFolder()).isEqualTo(before);
        assertThat(Path.of("jdbc:postgresql:")).doesNotExist();
        assertThat(Path.of("jdbc:h2:mem:thidua.mv.db")).doesNotExist();
    }

    @Test
    void aFileWhoseFolderCannotBeMadeIsRefusedBeforeAnythingIsMade() throws Exception {
        Path plain = file("plain.txt", "not a folder");
        where = plain.resolve("sub/thidua").toString();
        CliRunner.Result r = cli("sample");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Không tạo được thư mục dữ liệu");
        assertThat(Files.readString(plain)).isEqualTo("not a folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"backup", "backups", "rehearse", "password set", "restore thidua-thu-cong.zip"})
    void whatOnlyADataFileHasSaysSoForAServer(String command) throws Exception {
        where = PostgresServer.get().newDatabase("fileonly");
        ok("sample");
        Set<String> before = workingFolder();
        List<String> args = new ArrayList<>(List.of("--db", where));
        args.addAll(Arrays.asList(command.split(" ")));
        CliRunner.Result r = CliRunner.runWith("a\nb\nb\n", Map.of(), args.toArray(String[]::new));
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains("chỉ dùng cho tệp dữ liệu (.mv.db)", "pg_dump");
        assertThat(workingFolder()).isEqualTo(before);
    }

    @Test
    void aServerThatIsNotThereOrADatabaseThatIsNotThereIsSaidPlainly() throws Exception {
        PostgresServer server = PostgresServer.get();
        where = server.urlOf("khong_co_csdl_nay");
        CliRunner.Result missing = cli("sample");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("không có cơ sở dữ liệu này", "createdb");
        int closedPort;
        try (var s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        where = "jdbc:postgresql://127.0.0.1:" + closedPort + "/thidua?user=ai";
        CliRunner.Result unreachable = cli("sample");
        assertThat(unreachable.code()).isEqualTo(2);
        assertThat(unreachable.err()).contains("Không kết nối được máy chủ PostgreSQL");
    }

    @Test
    void theUserAndPasswordMayComeFromTheEnvironment() {
        String url = PostgresServer.get().newDatabase("env");
        String withoutUser = url.substring(0, url.indexOf('?'));
        var server = (DataLocation.Server) DataLocation.parse(url, k -> null);
        Map<String, String> env = new HashMap<>(Map.of("THIDUA_DB_USER", server.user()));
        if (server.password() != null) {
            env.put("THIDUA_DB_PASSWORD", server.password());
        }
        CliRunner.Result r = CliRunner.runWith("", env, "--db", withoutUser, "sample");
        assertThat(r.code()).as(r.err()).isZero();
        CliRunner.Result wrongUser = CliRunner.runWith("", Map.of("THIDUA_DB_USER", "khong_co_vai_tro"),
                "--db", withoutUser, "sample");
        assertThat(wrongUser.code()).isEqualTo(2);
        assertThat(wrongUser.err()).contains("không nhận người dùng khong_co_vai_tro");
    }
}
