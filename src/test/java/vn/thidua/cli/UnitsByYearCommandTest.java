package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.scoring.Sample2019Scoring;
import vn.thidua.domain.scoring.ScoringTable;
import vn.thidua.testing.PackFiles;
import vn.thidua.testing.TestData;

/** Issue 16: units by year on the command line, on a real data file; the documents are read back. */
class UnitsByYearCommandTest {

    private static final String OLD = "Sở Nông nghiệp và Phát triển nông thôn";
    private static final String NEW = "Sở Nông nghiệp và Môi trường";

    @TempDir
    Path dir;

    private CliRunner.Result cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("test.mv.db").toString();
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
        try (Workspace ws = TestData.open(dir)) {
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

    @Test
    void aRenameFrom2020LeavesThe2019ScoreboardAndMinutesWithTheOldNameAnd2020sWithTheNew() throws Exception {
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
    }

    @Test
    void aRenameNamingAnUnknownUnitOrYearIsRefusedInVietnamese() {
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
}
