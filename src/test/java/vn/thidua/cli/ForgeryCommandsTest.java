package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Workspace;
import vn.thidua.testing.PackFiles;
import vn.thidua.testing.TestData;

/**
 * Issue 13, "forgery never printed": the data file changed behind the program's back with plain
 * SQL, as anyone with the H2 jar and its shell can, and what the program then says.
 */
class ForgeryCommandsTest {

    @TempDir
    Path dir;

    private CliRunner.Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("test.mv.db").toString()));
        all.addAll(Arrays.asList(args));
        return CliRunner.run(all.toArray(String[]::new));
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = cli(args);
        assertThat(r.code()).as("%s%n%s", String.join(" ", args), r.err()).isZero();
        return r;
    }

    /** The H2 shell on the closed data file: the program's user, no program in between. */
    private Connection shell() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("test") + ";WRITE_DELAY=0", "thidua", "");
    }

    private void sql(String statement, Object... args) throws Exception {
        try (Connection c = shell(); PreparedStatement p = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            p.execute();
        }
    }

    private long lineOf(String action, String detailLike) throws Exception {
        try (Connection c = shell(); PreparedStatement p = c.prepareStatement(
                "select min(id) from audit_log where action = ? and detail like ?")) {
            p.setString(1, action);
            p.setString(2, detailLike);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A small election of three papers on the sample year, closed: its id. */
    private String closedElection() throws Exception {
        ok("sample");
        String id = ok("election", "add", "--bloc", "KTN", "--year", "2019", "--title", "Thử khóa", "--seats", "1",
                "--threshold", ">:50", "--base", "valid", "--issued", "3", "--candidates", "XD,TTTT").lastLine();
        Path csv = dir.resolve("b.csv");
        Files.writeString(csv, "ballot,approve\n1,XD\n2,XD\n3,TTTT\n", StandardCharsets.UTF_8);
        ok("ballots", "--election", id, "--import", csv.toString());
        ok("close", "--election", id);
        return id;
    }

    /** Paper {@code number} now approves what paper 1 approves (XD). */
    private void forgePaper(String id, int number) throws Exception {
        sql("update ballot set approved = (select approved from ballot where election_id = ? and number = 1)"
                + " where election_id = ? and number = ?", Long.parseLong(id), Long.parseLong(id), number);
    }

    // ---- a closed election's ballot changed in the file

    @Test
    void tallyOfAClosedElectionWithAForgedBallotExitsOneNamingItAndShowsNoCountWhileTheOthersStillTally() throws Exception {
        String id = closedElection();
        forgePaper(id, 3);

        for (String format : List.of("text", "csv")) {
            CliRunner.Result r = cli("tally", "--election", id, "--format", format);
            assertThat(r.code()).as(format).isEqualTo(1);
            assertThat(r.err()).contains("Cuộc bầu “Thử khóa” (số " + id + ")", "đã bị sửa", "không được hiển thị");
            assertThat(r.out()).as("no forged number reaches the output").isEmpty();
        }
        assertThat(ok("tally", "--election", "1").out()).as("the file's other elections still tally")
                .contains("Cờ thi đua của Chính phủ");
    }

    @Test
    void reportOfAYearWithAForgedElectionExitsOneNamingItAndWritesNoDocument() throws Exception {
        String id = closedElection();
        forgePaper(id, 3);
        Path out = dir.resolve("van-ban");

        CliRunner.Result r = cli("report", "--bloc", "KTN", "--year", "2019", "--out", out.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Cuộc bầu “Thử khóa” (số " + id + ")", "không được hiển thị hay in ra");
        // The pack is begun in a folder beside the target and abandoned: the target is not even made.
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains("van-ban")).toList())
                    .as("not even the minutes of the untouched elections").isEmpty();
        }
    }

    @Test
    void noNewElectionIsSetUpInAYearWhoseElectionWasForged() throws Exception {
        String id = closedElection();
        forgePaper(id, 3);

        CliRunner.Result r = cli("election", "add", "--bloc", "KTN", "--year", "2019", "--title", "Sau đó", "--seats",
                "1", "--threshold", ">:50", "--base", "valid", "--issued", "3", "--candidates", "XD,TTTT");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Cuộc bầu “Thử khóa” (số " + id + ")");
        assertThat(ok("election", "list", "--bloc", "KTN", "--year", "2019").out()).doesNotContain("Sau đó");
    }

    @Test
    void theMinutesPrintTheHashOfTheCloseLineBesideTheFingerprint() throws Exception {
        String id = closedElection();
        String fingerprint;
        String closeLine;
        try (Workspace ws = TestData.open(dir)) {
            fingerprint = ws.elections().election(Long.parseLong(id)).fingerprint();
            closeLine = ws.elections().closeLineHash(Long.parseLong(id));
        }
        try (Connection c = shell(); PreparedStatement p = c.prepareStatement(
                "select line_hash from audit_log where action = 'election.close' and detail like ?")) {
            p.setString(1, "election=" + id + ";%");
            try (ResultSet rs = p.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("the line the minutes name is the close line").isEqualTo(closeLine)
                        .matches("[0-9a-f]{64}");
            }
        }
        Path out = dir.resolve("van-ban");

        ok("report", "--bloc", "KTN", "--year", "2019", "--out", out.toString());

        assertThat(PackFiles.text(out.resolve("bien-ban-kiem-phieu-thu-khoa-2019.docx")))
                .contains(fingerprint, "Mã nối nhật ký thay đổi tại dòng kết thúc kiểm phiếu (SHA-256): " + closeLine);
        assertThat(ok("verify", "--election", id).out()).contains(closeLine);
    }

    // ---- the first close is final

    @Test
    void anElectionSetBackToOpenInTheFileCannotBeClosedAgainAndFailsVerification() throws Exception {
        String id = closedElection();
        sql("update election set status = 'OPEN', fingerprint = null, closed_at = null where id = ?", Long.parseLong(id));
        forgePaper(id, 3);
        sql("update ballot set approved = '' where election_id = ? and number = 2", Long.parseLong(id));

        CliRunner.Result close = cli("close", "--election", id);
        assertThat(close.code()).isEqualTo(1);
        assertThat(close.err()).contains("Cuộc bầu “Thử khóa” (số " + id + ")", "đặt lại thành đang kiểm phiếu");
        assertThat(cli("tally", "--election", id).code()).isEqualTo(1);

        CliRunner.Result verify = cli("verify", "--election", id);
        assertThat(verify.code()).isEqualTo(1);
        assertThat(verify.out()).contains("KHÔNG KHỚP", "Thử khóa");
    }

    @Test
    void anElectionClosedAgainWithAnotherFingerprintFailsVerificationThoughItsDataGivesTheStoredOne()
            throws Exception {
        String id = closedElection();
        long election = Long.parseLong(id);
        String first;
        try (Workspace ws = TestData.open(dir)) {
            first = ws.elections().election(election).fingerprint();
        }
        sql("update election set status = 'OPEN', fingerprint = null where id = ?", election);
        forgePaper(id, 3);
        // Closed again, with a second close line that says what the file now holds: all consistent but the first close.
        String second;
        try (Workspace ws = TestData.open(dir)) {
            // In the format that sealed it (/2, which holds no id): what the file now holds.
            second = ws.elections().contentFingerprint(election);
        }
        sql("update election set status = 'CLOSED', fingerprint = ? where id = ?", second, election);
        assertThat(second).isNotEqualTo(first);

        CliRunner.Result verify = cli("verify", "--election", id);
        assertThat(verify.code()).isEqualTo(1);
        assertThat(verify.out()).contains("KHÔNG KHỚP", "Thử khóa", "kết thúc lần nữa", first);
        CliRunner.Result tally = cli("tally", "--election", id);
        assertThat(tally.code()).isEqualTo(1);
        assertThat(tally.err()).contains("Thử khóa", first);
    }

    // ---- the audit log's chain

    @Test
    void anAuditLineEditedWithItsTriggerDroppedMakesVerifyExitOneNamingTheLine() throws Exception {
        String id = closedElection();
        assertThat(ok("verify").out()).contains("Nhật ký thay đổi nguyên vẹn");
        long line = lineOf("ballot.import", "election=" + id + ";%");
        sql("drop trigger audit_log_append_only");
        sql("update audit_log set detail = 'election=" + id + "; count=2' where id = ?", line);

        CliRunner.Result r = cli("verify");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("NHẬT KÝ THAY ĐỔI ĐÃ BỊ SỬA", "dòng số " + line + " đã bị sửa");
    }

    @Test
    void anAuditLineDeletedWithItsTriggerDroppedMakesVerifyExitOneNamingTheLineAfterIt() throws Exception {
        String id = closedElection();
        long line = lineOf("ballot.import", "election=" + id + ";%");
        long next;
        try (Connection c = shell(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select min(id) from audit_log where id > " + line)) {
            rs.next();
            next = rs.getLong(1);
        }
        sql("drop trigger audit_log_append_only");
        sql("delete from audit_log where id = ?", line);

        CliRunner.Result r = cli("verify", "--election", id);

        assertThat(r.code()).as("the election's own data is intact; the log is not").isEqualTo(1);
        assertThat(r.out()).contains("Khớp", "dòng số " + next + " không còn nối tiếp dòng ngay trước nó");
    }

    @Test
    void anAuditLineSlippedInWithPlainSqlBreaksTheChainAtThatLine() throws Exception {
        closedElection();
        sql("insert into audit_log(category, action, detail) values ('ballot', 'ballot.enter', 'election=1; ballot=9')");
        long line = lineOf("ballot.enter", "election=1; ballot=9");

        CliRunner.Result r = cli("verify");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("dòng số " + line + " không có mã nối");
    }

    @Test
    void aBrokenChainIsSaidLoudlyOnOpenYetTheFileStillOpensForReading() throws Exception {
        closedElection();
        long line = lineOf("bloc.add", "%");
        sql("drop trigger audit_log_append_only");
        sql("update audit_log set detail = 'code=KTN; name=Khối khác' where id = ?", line);

        CliRunner.Result r = cli("tally", "--election", "1");

        assertThat(r.code()).as("the owner is not locked out").isZero();
        assertThat(r.out()).contains("Cờ thi đua của Chính phủ");
        assertThat(r.err()).contains("CẢNH BÁO", "nhật ký thay đổi", "dòng số " + line + " đã bị sửa",
                "khôi phục bản sao lưu");
    }

    @Test
    void verifyOfAnUntouchedFileExitsZeroAndPrintsTheLogsHead() throws Exception {
        closedElection();

        CliRunner.Result r = ok("verify");

        assertThat(r.out()).contains("Khớp", "Thử khóa", "Cờ thi đua của Chính phủ")
                .containsPattern("Nhật ký thay đổi nguyên vẹn: \\d+ dòng; mã dòng cuối [0-9a-f]{64}");
        assertThat(r.err()).isEmpty();
    }
}
