package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.scoring.Sample2019Scoring;
import vn.thidua.domain.scoring.ScoringTable;
import vn.thidua.testing.PackFiles;
import vn.thidua.testing.Backend;
import vn.thidua.testing.Workbooks;

/** Issue 16: units by year on the command line, on a real data file and on PostgreSQL; the documents are read back. */
class UnitsByYearCommandTest {

    private static final String OLD = "Sở Nông nghiệp và Phát triển nông thôn";
    private static final String NEW = "Sở Nông nghiệp và Môi trường";

    @TempDir
    Path dir;

    /** The data file, or the PostgreSQL database: every case runs on both. */
    private String where;

    private CliRunner.Result cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = where;
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(all);
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = cli(args);
        assertThat(r.code()).as("%s%n%s", String.join(" ", args), r.err()).isZero();
        return r;
    }

    /** The sample, and its 2019 scores again in {@code year} (started with the command line when the sample has not). */
    private void sampleWithScoredYear(int year) {
        ok("sample");
        if (year > 2020) {
            ok("year", "add", "--bloc", "KTN", "--year", String.valueOf(year));
        }
        try (Workspace ws = Backend.open(where)) {
            Season s = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), year);
            ScoringTable table = ws.scoring().table(s);
            ws.scoring().loadScores(s, Sample2019Scoring.scores().stream()
                    .filter(x -> ws.blocs().memberByCode(s, x.unitCode()).isPresent())
                    .map(x -> x.toScore(ws.blocs().memberByCode(s, x.unitCode()).orElseThrow().id(), table))
                    .toList());
        }
    }

    private String board(int year) {
        return ok("scoreboard", "--bloc", "KTN", "--year", String.valueOf(year), "--format", "csv").out();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRenameFrom2020LeavesThe2019ScoreboardAndMinutesWithTheOldNameAnd2020sWithTheNew(Backend backend) throws Exception {
        where = backend.newLocation(dir, "test");
        sampleWithScoredYear(2020);

        CliRunner.Result renamed = ok("unit", "rename", "--bloc", "KTN", "--code", "NNPTNT", "--name", NEW,
                "--short", "Sở NN&MT", "--from-year", "2020");
        assertThat(renamed.out()).contains("Từ năm 2020, đơn vị NNPTNT mang tên “" + NEW + "”");

        // An election of 2020, held after the rename: all eight papers for NNPTNT.
        String id = ok("election", "add", "--bloc", "KTN", "--year", "2020", "--title", "Bằng khen của UBND tỉnh",
                "--seats", "1", "--threshold", ">:50", "--base", "valid", "--issued", "8", "--eligible", "excellent")
                .lastLine();
        Path ballots = dir.resolve("phieu.csv");
        Files.writeString(ballots, "ballot,approve\n" + Stream.iterate(1, i -> i + 1).limit(8).map(i -> i + ",NNPTNT\n")
                .reduce("", String::concat), StandardCharsets.UTF_8);
        ok("ballots", "--election", id, "--import", ballots.toString());
        ok("close", "--election", id);

        assertThat(board(2019)).contains(",NNPTNT," + OLD + ",").doesNotContain(NEW);
        assertThat(board(2020)).contains(",NNPTNT," + NEW + ",").doesNotContain(OLD);

        Path out2019 = dir.resolve("2019");
        Path out2020 = dir.resolve("2020");
        ok("report", "--bloc", "KTN", "--year", "2019", "--out", out2019.toString());
        ok("report", "--bloc", "KTN", "--year", "2020", "--out", out2020.toString());
        Path minutes2019 = out2019.resolve("bien-ban-kiem-phieu-bang-khen-ubnd-tinh-2019.docx");
        Path minutes2020 = out2020.resolve("bien-ban-kiem-phieu-bang-khen-ubnd-tinh-2020.docx");
        assertThat(PackFiles.rows(minutes2019, "Tên đơn vị")).anyMatch(r -> r.contains(OLD))
                .noneMatch(r -> r.contains(NEW));
        assertThat(PackFiles.text(minutes2019)).doesNotContain(NEW);
        assertThat(PackFiles.rows(minutes2020, "Tên đơn vị")).anyMatch(r -> r.contains(NEW))
                .noneMatch(r -> r.contains(OLD));
        assertThat(PackFiles.text(minutes2020)).doesNotContain(OLD);
        try (XSSFWorkbook wb2019 = PackFiles.xlsx(out2019.resolve("bang-diem-2019.xlsx"));
             XSSFWorkbook wb2020 = PackFiles.xlsx(out2020.resolve("bang-diem-2020.xlsx"))) {
            assertThat(PackFiles.board(wb2019)).containsKey(OLD).doesNotContainKey(NEW);
            assertThat(PackFiles.board(wb2020)).containsKey(NEW).doesNotContainKey(OLD);
        }

        // The bloc workbook of each year carries that year's names.
        Path x2019 = dir.resolve("ktn-2019.xlsx");
        Path x2020 = dir.resolve("ktn-2020.xlsx");
        ok("export", "--bloc", "KTN", "--year", "2019", "--out", x2019.toString());
        ok("export", "--bloc", "KTN", "--year", "2020", "--out", x2020.toString());
        try (XSSFWorkbook wb2019 = PackFiles.xlsx(x2019); XSSFWorkbook wb2020 = PackFiles.xlsx(x2020)) {
            assertThat(Workbooks.rowOf(wb2019, "Đơn vị", "Tên đầy đủ", OLD))
                    .isEqualTo(Workbooks.rowOf(wb2019, "Đơn vị", "Mã đơn vị", "NNPTNT"));
            assertThat(Workbooks.rowOf(wb2020, "Đơn vị", "Tên đầy đủ", NEW))
                    .isEqualTo(Workbooks.rowOf(wb2020, "Đơn vị", "Mã đơn vị", "NNPTNT"));
            assertThat(Workbooks.rowOf(wb2020, "Đơn vị", "Tên viết tắt", "Sở NN&MT"))
                    .isEqualTo(Workbooks.rowOf(wb2020, "Đơn vị", "Mã đơn vị", "NNPTNT"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRenameNamingAnUnknownUnitOrYearIsRefusedInVietnamese(Backend backend) {
        where = backend.newLocation(dir, "test");
        ok("sample");
        CliRunner.Result unknown = cli("unit", "rename", "--bloc", "KTN", "--code", "XYZ", "--name", "Sở Mới",
                "--from-year", "2020");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Khối KTN không có đơn vị mã “XYZ”.");
        CliRunner.Result badYear = cli("unit", "rename", "--bloc", "KTN", "--code", "CT", "--name", "Sở Mới",
                "--from-year", "20");
        assertThat(badYear.code()).isEqualTo(2);
        assertThat(badYear.err()).contains("Năm bắt đầu 20 không hợp lệ");
        assertThat(board(2019)).contains(",CT,Sở Công Thương,");
    }

    private List<String> codes(int year) {
        return board(year).lines().skip(1).map(l -> l.split(",")[1]).sorted().toList();
    }

    /** The 2019 scoreboard row of {@code code} as a history row: {@code year,code,name,total,rank,classification}. */
    private String historyRowOf2019(String code) {
        String[] r = board(2019).lines().filter(l -> l.split(",")[1].equals(code)).findFirst().orElseThrow().split(",");
        return "2019," + r[1] + "," + r[2] + "," + r[3] + "," + r[0] + "," + r[4];
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aMergeFrom2021LeavesOneMemberIn2021AndTheHistoryListsBothPredecessors2019Rows(Backend backend) {
        where = backend.newLocation(dir, "test");
        ok("sample");
        String nnptnt = historyRowOf2019("NNPTNT");
        String tnmt = historyRowOf2019("TNMT");

        CliRunner.Result merged = ok("unit", "merge", "--bloc", "KTN", "--codes", "NNPTNT,TNMT", "--into", "NNMT",
                "--name", NEW, "--from-year", "2021");
        assertThat(merged.out()).contains("Từ năm 2021, NNPTNT, TNMT là một đơn vị: " + NEW + " (NNMT).",
                "Chưa có năm nào từ năm 2021");
        ok("year", "add", "--bloc", "KTN", "--year", "2021");

        assertThat(codes(2021)).containsExactly("BQLKCN", "CT", "GTVT", "KHCN", "NNMT", "TTTT", "XD");
        assertThat(codes(2019)).contains("NNPTNT", "TNMT").doesNotContain("NNMT");
        assertThat(codes(2020)).contains("NNPTNT", "TNMT").doesNotContain("NNMT");

        List<String> history = ok("history", "--bloc", "KTN", "--unit", "NNMT", "--format", "csv").out().lines().toList();
        assertThat(history.get(0)).isEqualTo("year,code,name,total,rank,classification");
        assertThat(history).contains(nnptnt, tnmt,
                "2020,NNPTNT," + OLD + ",,,", "2020,TNMT,Sở Tài nguyên và Môi trường,,,", "2021,NNMT," + NEW + ",,,")
                .hasSize(6);
        String text = ok("history", "--bloc", "KTN", "--unit", "NNMT").out();
        assertThat(text).contains("Kết quả qua các năm của " + NEW + " (NNMT), khối KTN",
                "(đơn vị trước khi sáp nhập, chia tách hoặc chuyển khối)");
        // The predecessors' own history stops where the merged unit begins.
        assertThat(ok("history", "--bloc", "KTN", "--unit", "TNMT", "--format", "csv").out().lines().skip(1)
                .map(l -> l.substring(0, 4))).containsExactly("2019", "2020");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aMergeIntoAYearAlreadyScoredIsRefusedSayingWhatToDoAndChangesNothing(Backend backend) {
        where = backend.newLocation(dir, "test");
        sampleWithScoredYear(2021);
        List<String> before = codes(2021);

        CliRunner.Result refused = cli("unit", "merge", "--bloc", "KTN", "--codes", "NNPTNT,TNMT", "--into", "NNMT",
                "--name", NEW, "--from-year", "2021");

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("Năm 2021 đã có điểm chấm của " + OLD + " (NNPTNT), nên không thể đổi"
                + " thành viên từ năm 2021", "Hãy chọn năm bắt đầu từ 2022 trở đi",
                "Năm 2021, " + OLD + " (NNPTNT) là Trưởng khối hoặc Phó khối");
        assertThat(codes(2021)).isEqualTo(before).contains("NNPTNT", "TNMT");
        assertThat(cli("history", "--bloc", "KTN", "--unit", "NNMT").code()).isEqualTo(2);

        // Keeping one of the codes, from the year proposed: the year already scored stays as it was.
        ok("unit", "merge", "--bloc", "KTN", "--codes", "NNPTNT,TNMT", "--into", "NNPTNT", "--name", NEW,
                "--from-year", "2022");
        ok("year", "add", "--bloc", "KTN", "--year", "2022");
        assertThat(codes(2021)).isEqualTo(before);
        assertThat(board(2022)).contains(",NNPTNT," + NEW + ",").doesNotContain(",TNMT,");
        assertThat(board(2021)).contains(",NNPTNT," + OLD + ",", ",TNMT,");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSplitFrom2021GivesBothSuccessorsThe2019Past(Backend backend) {
        where = backend.newLocation(dir, "test");
        ok("sample");
        String xd = historyRowOf2019("XD");
        String tttt = historyRowOf2019("TTTT");
        ok("year", "add", "--bloc", "KTN", "--year", "2021");

        CliRunner.Result split = ok("unit", "split", "--bloc", "KTN", "--code", "TTTT", "--into", "TT,BC",
                "--names", "Sở Thông tin|Sở Báo chí", "--from-year", "2021");
        assertThat(split.out()).contains("Từ năm 2021, TTTT được chia thành: Sở Thông tin (TT), Sở Báo chí (BC).",
                "Đã cập nhật thành viên các năm đã có: 2021.");
        ok("unit", "split", "--bloc", "KTN", "--code", "XD", "--into", "XD,QHKT",
                "--names", "Sở Xây dựng|Sở Quy hoạch – Kiến trúc", "--from-year", "2021");

        assertThat(codes(2021)).containsExactly("BC", "BQLKCN", "CT", "GTVT", "KHCN", "NNPTNT", "QHKT", "TNMT", "TT", "XD");
        assertThat(codes(2019)).contains("TTTT", "XD").doesNotContain("TT", "BC", "QHKT");
        assertThat(ok("history", "--bloc", "KTN", "--unit", "BC", "--format", "csv").out().lines())
                .contains(tttt, "2021,BC,Sở Báo chí,,,");
        assertThat(ok("history", "--bloc", "KTN", "--unit", "QHKT", "--format", "csv").out().lines())
                .contains(xd, "2021,QHKT,Sở Quy hoạch – Kiến trúc,,,").hasSize(4);
        assertThat(ok("history", "--bloc", "KTN", "--unit", "XD", "--format", "csv").out().lines().skip(1)
                .map(l -> l.substring(0, 8))).containsExactly("2019,XD,", "2020,XD,", "2021,XD,");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aMoveFrom2021KeepsEachBlocsHistory(Backend backend) {
        where = backend.newLocation(dir, "test");
        ok("sample");
        String kcn = historyRowOf2019("BQLKCN");
        ok("bloc", "add", "--code", "KTT", "--name", "Khối thi đua Kinh tế tổng hợp");
        ok("year", "add", "--bloc", "KTT", "--year", "2021");

        CliRunner.Result moved = ok("unit", "move", "--from", "KTN", "--to", "KTT", "--code", "BQLKCN", "--from-year", "2021");
        assertThat(moved.out()).contains("Từ năm 2021, đơn vị BQLKCN thuộc khối KTT (không còn ở khối KTN).",
                "Đã cập nhật thành viên các năm đã có: 2021.");
        ok("year", "add", "--bloc", "KTN", "--year", "2021");

        assertThat(codes(2021)).doesNotContain("BQLKCN").hasSize(7);
        assertThat(ok("scoreboard", "--bloc", "KTT", "--year", "2021", "--format", "csv").out())
                .contains(",BQLKCN,Ban Quản lý các khu công nghiệp,");
        assertThat(ok("history", "--bloc", "KTT", "--unit", "BQLKCN", "--format", "csv").out().lines().skip(1))
                .containsExactly(kcn, "2020,BQLKCN,Ban Quản lý các khu công nghiệp,,,",
                        "2021,BQLKCN,Ban Quản lý các khu công nghiệp,,,");
        assertThat(ok("history", "--bloc", "KTN", "--unit", "BQLKCN", "--format", "csv").out().lines().skip(1))
                .containsExactly(kcn, "2020,BQLKCN,Ban Quản lý các khu công nghiệp,,,");

        CliRunner.Result again = cli("unit", "move", "--from", "KTN", "--to", "KTT", "--code", "BQLKCN", "--from-year", "2022");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("Khối KTT đã có đơn vị mã BQLKCN");
    }
}
