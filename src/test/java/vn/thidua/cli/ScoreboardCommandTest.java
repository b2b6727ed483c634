package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Workspace;
import vn.thidua.domain.scoring.Sample2019Scoring;
import vn.thidua.testing.TestData;

/** {@code thidua scoreboard}, in-process, on the sample. */
class ScoreboardCommandTest {

    @TempDir
    Path dir;

    private CliRunner.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("test.mv.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(all);
    }

    @Test
    void theSamplesCsvHasSevenExcellentAndOneGoodInRankOrderWithTwoDecimals() {
        run("sample");
        CliRunner.Result r = run("scoreboard", "--bloc", "KTN", "--year", "2019", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("rank,code,name,total,classification");
        List<String[]> rows = lines.stream().skip(1).map(l -> l.split(",")).toList();
        assertThat(rows).hasSize(8).allSatisfy(row -> {
            assertThat(row).hasSize(5);
            assertThat(row[3]).matches("[0-9]+\\.[0-9]{2}");
            assertThat(row[4]).isIn("excellent", "good", "completed", "not_completed");
        });
        assertThat(rows).filteredOn(row -> row[4].equals("excellent")).hasSize(7);
        assertThat(rows).filteredOn(row -> row[4].equals("good")).extracting(row -> row[1]).containsExactly("KHCN");
        for (int i = 1; i < rows.size(); i++) {
            int rank = Integer.parseInt(rows.get(i)[0]);
            int previous = Integer.parseInt(rows.get(i - 1)[0]);
            BigDecimal total = new BigDecimal(rows.get(i)[3]);
            BigDecimal above = new BigDecimal(rows.get(i - 1)[3]);
            assertThat(total).isLessThanOrEqualTo(above);
            // Equal totals share a rank and the next rank skips: 1, 2, 3, 3, 5.
            assertThat(rank).isEqualTo(total.compareTo(above) == 0 ? previous : i + 1);
        }
        assertThat(r.out()).startsWith("""
                rank,code,name,total,classification
                1,GTVT,Sở Giao thông Vận tải,98.00,excellent
                2,CT,Sở Công Thương,96.00,excellent
                3,NNPTNT,Sở Nông nghiệp và Phát triển nông thôn,93.00,excellent
                3,TNMT,Sở Tài nguyên và Môi trường,93.00,excellent
                5,BQLKCN,Ban Quản lý các khu công nghiệp,92.50,excellent
                """);
    }

    @Test
    void theTextIsVietnameseWithASummary() {
        run("sample");
        CliRunner.Result r = run("scoreboard", "--bloc", "ktn", "--year", "2019");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Bảng điểm Khối thi đua Kinh tế ngành (KTN), năm 2019")
                .containsPattern("1 +Sở Giao thông Vận tải +98,00 +Hoàn thành xuất sắc nhiệm vụ")
                .containsPattern("8 +Sở Khoa học và Công nghệ +87,00 +Hoàn thành tốt nhiệm vụ")
                .contains("Tổng cộng 8 đơn vị: 7 Hoàn thành xuất sắc nhiệm vụ, 1 Hoàn thành tốt nhiệm vụ.")
                .doesNotContain("tạm tính");
    }

    @Test
    void unscoredUnitsAreMarkedProvisional() {
        run("bloc", "add", "--code", "VX", "--name", "Khối Văn xã");
        run("year", "add", "--bloc", "VX", "--year", "2024");
        run("unit", "add", "--bloc", "VX", "--code", "SYT", "--name", "Sở Y tế");
        try (Workspace ws = TestData.open(dir)) {
            // A scoring table but no score yet (the command line enters none before the workbook import).
            ws.scoring().loadTable(ws.blocs().requireSeason(ws.blocs().requireBloc("VX"), 2024),
                    Sample2019Scoring.table());
        }
        CliRunner.Result csv = run("scoreboard", "--bloc", "VX", "--year", "2024", "--format", "csv");
        assertThat(csv.out()).isEqualTo("rank,code,name,total,classification\n1,SYT,Sở Y tế,0.00,not_completed\n");
        CliRunner.Result text = run("scoreboard", "--bloc", "VX", "--year", "2024");
        assertThat(text.out()).contains("Không hoàn thành nhiệm vụ (tạm tính)", "1 đơn vị có điểm tạm tính");
    }

    @Test
    void aBadFormatOrAMissingYearExitsTwo() {
        run("sample");
        CliRunner.Result format = run("scoreboard", "--bloc", "KTN", "--year", "2019", "--format", "xlsx");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("Giá trị “xlsx” không hợp lệ cho --format. Dạng đúng: --format text|csv")
                .doesNotContain("\tat ");
        assertThat(format.out()).isEmpty();
        CliRunner.Result year = run("scoreboard", "--bloc", "KTN", "--year", "2018");
        assertThat(year.code()).isEqualTo(2);
        assertThat(year.err()).contains("Khối KTN chưa có năm 2018.");
        assertThat(run("scoreboard", "--bloc", "KTN").err()).contains("Thiếu tham số bắt buộc: --year");
    }
}
