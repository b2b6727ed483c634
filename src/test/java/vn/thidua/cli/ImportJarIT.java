package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.testing.Workbooks;

/** {@code template}, {@code export} and {@code import} through the packaged {@code target/thidua.jar}. */
class ImportJarIT {

    @TempDir
    Path dir;

    private PackagedJar.Run java(String... args) throws IOException, InterruptedException {
        return PackagedJar.run(dir, args);
    }

    @Test
    void templateExportImportAndABadWorkbookThroughThePackagedJar() throws Exception {
        Path template = dir.resolve("mau.xlsx");
        PackagedJar.Run t = java("--db", dir.resolve("none").toString(), "template", "--out", template.toString());
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(template).exists();
        assertThat(dir.resolve("none.mv.db")).doesNotExist();

        String sample = dir.resolve("sample").toString();
        assertThat(java("--db", sample, "sample").code()).isZero();
        Path file = dir.resolve("ktn-2019.xlsx");
        PackagedJar.Run export = java("--db", sample, "export", "--bloc", "KTN", "--year", "2019", "--out", file.toString());
        assertThat(export.code()).as(export.err()).isZero();

        String copy = dir.resolve("copy").toString();
        PackagedJar.Run imported = java("--db", copy, "import", file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.err()).isEmpty();
        assertThat(imported.out()).contains("Đã nhập năm 2019 của khối KTN");
        String board = java("--db", sample, "scoreboard", "--bloc", "KTN", "--year", "2019", "--format", "csv").out();
        assertThat(java("--db", copy, "scoreboard", "--bloc", "KTN", "--year", "2019", "--format", "csv").out())
                .isEqualTo(board).hasLineCount(9);

        Path bad = Workbooks.edit(file, dir.resolve("bad.xlsx"), wb -> {
            Workbooks.setItem(wb, "Mã khối", "KHAC");
            Workbooks.set(wb, "Điểm", 2, "Điểm khối", 25);
            Workbooks.set(wb, "Chỉ tiêu", 2, "Thực hiện", "1,234,567");
        });
        PackagedJar.Run refused = java("--db", copy, "import", bad.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("Không nhập tệp " + bad + ": có 2 lỗi",
                "Sheet Điểm, dòng 2, cột Điểm khối: 25 vượt quá điểm tối đa 20 của tiêu chí 1.1.",
                "Sheet Chỉ tiêu, dòng 2, cột Thực hiện: “1,234,567” viết theo kiểu tiếng Anh")
                .doesNotContain("\tat ", "Exception");

        // POI logs a damaged part it can do without (here the document properties); the user must not see it.
        Path damaged = dir.resolve("damaged.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] body = in.readAllBytes();
                out.write(e.getName().equals("docProps/core.xml")
                        ? "<?xml version=\"1.0\" 123?><x/>".getBytes(StandardCharsets.UTF_8) : body);
                out.closeEntry();
            }
        }
        PackagedJar.Run quiet = java("--db", dir.resolve("other").toString(), "import", damaged.toString());
        assertThat(quiet.code()).as(quiet.err()).isZero();
        assertThat(quiet.err()).isEmpty();
    }
}
