package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code thidua rehearse}: a copy to practise on, its papers marked, discarded by {@code --end}. */
class RehearseCommandTest {

    private static final String MARK = "DIỄN TẬP – không có giá trị";

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("thidua").toString();
    }

    @Test
    void aRehearsalCopyIsMadeUsedAndDiscardedWhileTheRealFileStaysAsItWas() throws Exception {
        assertThat(CliRunner.run("--db", db(), "sample").code()).isZero();
        Path real = dir.resolve("thidua.mv.db");
        byte[] before = Files.readAllBytes(real);

        CliRunner.Result started = CliRunner.run("--db", db(), "rehearse", "--year", "2019", "--without-elections");

        assertThat(started.code()).isZero();
        assertThat(started.out()).contains("Trong bản diễn tập đã bỏ 3 cuộc bầu của năm 2019.");
        Path copy = Path.of(started.lastLine());
        assertThat(copy).isEqualTo(dir.resolve("thidua.dien-tap.mv.db")).exists();
        // The copy is an ordinary data file for every other command; the sample's 2019 can be voted again.
        CliRunner.Result election = CliRunner.run("--db", copy.toString(), "election", "add", "--bloc", "KTN",
                "--year", "2019", "--title", "Cờ thi đua của Chính phủ", "--seats", "1", "--threshold", ">:50",
                "--base", "valid", "--issued", "8", "--eligible", "excellent");
        assertThat(election.code()).as(election.err()).isZero();
        Path out = dir.resolve("bao-cao-dien-tap");
        CliRunner.Result report = CliRunner.run("--db", copy.toString(), "report", "--bloc", "KTN", "--year", "2019",
                "--out", out.toString());
        assertThat(report.code()).as(report.err()).isZero();
        try (Stream<Path> docs = Files.list(out)) {
            List<Path> written = docs.filter(p -> p.toString().endsWith(".docx")).toList();
            assertThat(written).hasSize(3); // the new election open: its ballot papers, the proposal, the year-end report
            for (Path docx : written) {
                try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
                    assertThat(doc.getParagraphs().get(0).getText()).as(docx.toString()).isEqualTo(MARK);
                    assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getText()).contains(MARK);
                    assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).contains(MARK);
                }
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("bang-diem-2019.xlsx")))) {
            wb.forEach(sheet -> assertThat(sheet.getHeader().getCenter()).as(sheet.getSheetName()).contains(MARK));
        }
        assertThat(CliRunner.run("--db", db(), "rehearse").err()).contains("Đã có bản diễn tập");

        CliRunner.Result ended = CliRunner.run("--db", db(), "rehearse", "--end");

        assertThat(ended.code()).isZero();
        assertThat(ended.out()).contains("Đã kết thúc diễn tập", "giữ nguyên như lúc bắt đầu diễn tập");
        assertThat(Files.readAllBytes(real)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("thidua.dien-tap"));
        }
        assertThat(CliRunner.run("--db", db(), "rehearse", "--end").err()).contains("Không có bản diễn tập nào");
    }

    @Test
    void halfGivenFlagsAreRefusedWithTheWholeExample() {
        assertThat(CliRunner.run("--db", db(), "sample").code()).isZero();
        for (List<String> args : List.of(List.of("rehearse", "--year", "2019"), List.of("rehearse", "--without-elections"))) {
            CliRunner.Result r = CliRunner.run(Stream.concat(Stream.of("--db", db()), args.stream()).toArray(String[]::new));
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("thidua rehearse --year 2019 --without-elections");
        }
        CliRunner.Result r = CliRunner.run("--db", db(), "rehearse", "--end", "--year", "2019");
        assertThat(r.err()).contains("--end dùng một mình");
        assertThat(dir.resolve("thidua.dien-tap.mv.db")).doesNotExist();
    }
}
