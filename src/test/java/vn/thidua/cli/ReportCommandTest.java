package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.testing.PackFiles;

/** {@code thidua report}, in-process, on a real data file; the files are read back. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("test.mv.db").toString();
    }

    @Test
    void reportWritesEveryDocumentOfTheYearAndPrintsTheFiles() throws IOException {
        assertThat(CliRunner.run("--db", db(), "sample").code()).isZero();
        Path out = dir.resolve("van ban 2019");

        CliRunner.Result r = CliRunner.run("--db", db(), "report", "--bloc", "ktn", "--year", "2019",
                "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().strip().lines().toList();
        assertThat(lines).containsExactly(
                out.resolve("bien-ban-kiem-phieu-co-thi-dua-chinh-phu-2019.docx").toString(),
                out.resolve("bien-ban-kiem-phieu-co-thi-dua-ubnd-tinh-2019.docx").toString(),
                out.resolve("bien-ban-kiem-phieu-bang-khen-ubnd-tinh-2019.docx").toString(),
                out.resolve("to-trinh-khen-thuong-2019.docx").toString(),
                out.resolve("bao-cao-tong-ket-2019.docx").toString(),
                out.resolve("bang-diem-2019.xlsx").toString(),
                out.resolve("nhat-ky-thay-doi.xlsx").toString(),
                out.resolve("nhat-ky-thay-doi.csv").toString(),
                out.resolve("phieu-bau-co-thi-dua-chinh-phu-2019.docx").toString(),
                out.resolve("phieu-bau-co-thi-dua-ubnd-tinh-2019.docx").toString(),
                out.resolve("phieu-bau-bang-khen-ubnd-tinh-2019.docx").toString(),
                "Đã ghi 11 tệp vào " + out + ".");
        assertThat(PackFiles.text(out.resolve("bien-ban-kiem-phieu-co-thi-dua-ubnd-tinh-2019.docx")))
                .contains("Số phiếu hợp lệ: 08 phiếu");
        assertThat(PackFiles.rows(out.resolve("bien-ban-kiem-phieu-co-thi-dua-ubnd-tinh-2019.docx"), "Tên đơn vị"))
                .contains(List.of("1", "Sở Công Thương", "5", "62,50%", "Được suy tôn", "Đạt tỷ lệ trên 50%"));
        assertThat(PackFiles.rows(out.resolve("to-trinh-khen-thuong-2019.docx"), "Tên đơn vị"))
                .contains(List.of("1", "Sở Giao thông Vận tải", "6/8", "75,00%"));
        try (XSSFWorkbook wb = PackFiles.xlsx(out.resolve("bang-diem-2019.xlsx"))) {
            PackFiles.BoardLine gtvt = PackFiles.board(wb).get("Sở Giao thông Vận tải");
            assertThat(gtvt.rank()).isEqualTo(1);
            assertThat(gtvt.total()).isEqualTo(98.0);
        }
    }

    /** Issue 15, item 4: one line per blank on standard error, and still exit 0. */
    @Test
    void reportListsWhatIsLeftBlankOnStandardErrorAndStillSucceeds() {
        CliRunner.run("--db", db(), "sample");
        CliRunner.run("--db", db(), "year", "set", "--bloc", "KTN", "--year", "2019", "--place", "Hải Dương",
                "--superior", "UBND tỉnh Hải Dương");

        CliRunner.Result r = CliRunner.run("--db", db(), "report", "--bloc", "KTN", "--year", "2019",
                "--out", dir.resolve("out").toString());

        assertThat(r.code()).isZero();
        List<String> err = r.err().strip().lines().toList();
        assertThat(err).allMatch(l -> l.startsWith("Còn để trống: "))
                .contains("Còn để trống: họ tên Trưởng ban kiểm phiếu",
                        "Còn để trống: số văn bản của Tờ trình đề nghị khen thưởng")
                .noneMatch(l -> l.contains("địa danh") || l.contains("cơ quan cấp trên") || l.contains("tên tỉnh"));
    }

    @Test
    void unknownBlocOrYearExitsTwoWithAVietnameseMessageAndWritesNothing() {
        CliRunner.run("--db", db(), "sample");
        Path out = dir.resolve("out");

        CliRunner.Result bloc = CliRunner.run("--db", db(), "report", "--bloc", "KTX", "--year", "2019",
                "--out", out.toString());
        CliRunner.Result year = CliRunner.run("--db", db(), "report", "--bloc", "KTN", "--year", "2030",
                "--out", out.toString());
        CliRunner.Result noOut = CliRunner.run("--db", db(), "report", "--bloc", "KTN", "--year", "2019");

        assertThat(bloc.code()).isEqualTo(2);
        assertThat(bloc.err()).contains("Lỗi: Không có khối mã KTX.");
        assertThat(year.code()).isEqualTo(2);
        assertThat(year.err()).contains("Lỗi: Khối KTN chưa có năm 2030.");
        assertThat(noOut.code()).isEqualTo(2);
        assertThat(noOut.err()).contains("Thiếu tham số bắt buộc: --out");
        assertThat(out).doesNotExist();
    }
}
