package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Workspace;
import vn.thidua.testing.DataSnapshot;
import vn.thidua.testing.TestData;

/** Texts longer than their place are refused in Vietnamese, naming the field and the limit; papers keep every mark. */
class InputLimitsTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("test.mv.db").toString();
    }

    private CliRunner.Result cli(String... args) {
        return CliRunner.run(Stream.concat(Stream.of("--db", db()), Stream.of(args)).toArray(String[]::new));
    }

    private String snapshot() {
        try (Workspace ws = TestData.open(dir)) {
            return DataSnapshot.of(ws);
        }
    }

    @Test
    void anElectionTitleOverItsLimitIsRefusedNamingTheFieldAndTheLimit() {
        cli("sample");
        String before = snapshot();

        CliRunner.Result r = cli("election", "add", "--bloc", "KTN", "--year", "2019", "--title", "Cờ".repeat(151),
                "--seats", "1", "--threshold", ">:50", "--base", "valid", "--issued", "8", "--candidates", "GTVT,CT");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Tên cuộc bầu (danh hiệu) dài quá 300 ký tự (đang có 302)");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aBlocNameOverItsLimitIsRefused() {
        CliRunner.Result r = cli("bloc", "add", "--code", "VX", "--name", "Khối ".repeat(61));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Tên khối dài quá 300 ký tự (đang có 304)");
        assertThat(cli("bloc", "add", "--code", "VX", "--name", "Khối Văn xã").code()).isZero();
    }

    @Test
    void conferenceDetailsOverTheirLimitsAreRefusedAllAtOnce() {
        cli("sample");
        CliRunner.Result r = cli("year", "set", "--bloc", "KTN", "--year", "2019", "--place", "Hải Dương ".repeat(21),
                "--superior", "U".repeat(301), "--counting-head", "Nguyễn Văn An".repeat(20));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Địa điểm dài quá 200 ký tự", "Cơ quan cấp trên dài quá 300 ký tự",
                "Tên trưởng ban kiểm phiếu dài quá 200 ký tự");
    }

    @Test
    void aPaperNamingManyNonCandidatesIsImportedAndCountedInvalid() throws Exception {
        cli("sample");
        CliRunner.Result add = cli("election", "add", "--bloc", "KTN", "--year", "2019", "--title", "Bằng khen thử",
                "--seats", "1", "--threshold", ">:50", "--base", "valid", "--issued", "3", "--candidates", "GTVT,CT");
        assertThat(add.code()).as(add.err()).isZero();
        String id = add.lastLine();
        String many = IntStream.range(0, 400).mapToObj(i -> "DONVI" + i).collect(Collectors.joining(";"));
        assertThat(many.length()).isGreaterThan(3000);
        Path csv = dir.resolve("phieu.csv");
        Files.writeString(csv, "ballot,approve\n1,GTVT\n2," + many + "\n3,GTVT\n", StandardCharsets.UTF_8);

        CliRunner.Result imported = cli("ballots", "--election", id, "--import", csv.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        CliRunner.Result tally = cli("tally", "--election", id, "--format", "csv");
        assertThat(tally.out()).contains("GTVT,Sở Giao thông Vận tải,2,100.00,elected");
        assertThat(cli("tally", "--election", id).out()).contains("không hợp lệ: 1");
        assertThat(cli("close", "--election", id).code()).isZero();
        assertThat(cli("verify", "--election", id).code()).isZero();
        try (Workspace ws = TestData.open(dir)) {
            assertThat(ws.elections().ballots(Long.parseLong(id)).get(1).unknownKeys()).hasSize(400);
        }
    }

    @Test
    void aBallotsFileThatIsAFolderIsSaidInVietnamese() throws Exception {
        cli("sample");
        CliRunner.Result add = cli("election", "add", "--bloc", "KTN", "--year", "2019", "--title", "Bằng khen thử",
                "--seats", "1", "--threshold", ">:50", "--base", "valid", "--issued", "3", "--candidates", "GTVT,CT");
        Path folder = Files.createDirectories(dir.resolve("phieu.csv"));

        CliRunner.Result r = cli("ballots", "--election", add.lastLine(), "--import", folder.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Không đọc được tệp " + folder + ": đây là một thư mục, không phải tệp");
    }

    @Test
    void anOptionGivenTwiceIsSaidInVietnamese() {
        CliRunner.Result r = cli("bloc", "add", "--code", "VX", "--code", "VY", "--name", "Khối Văn xã");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Lệnh viết chưa đúng", "thidua bloc add --help");
    }
}
