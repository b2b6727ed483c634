package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.ThiDua;
import vn.thidua.store.DataFileTool;
import vn.thidua.testing.TestData;

/** Every document written from a rehearsal copy says "DIỄN TẬP – không có giá trị"; the real file's do not. */
class RehearsalDocumentsTest {

    private static final String MARK = "DIỄN TẬP – không có giá trị";

    @TempDir
    Path dir;

    @Test
    void everyWordAndExcelFileOfARehearsalPackCarriesTheMarkAndTheRealPackNone() throws Exception {
        TestData.openSample(dir).close();
        Path real = dir.resolve("test.mv.db");
        Path copy = new Rehearsal(new DataFileTool()).start(real, null, OptionalInt.empty()).copy();
        ReportService.Pack rehearsed;
        try (Workspace ws = ThiDua.open(copy)) {
            rehearsed = ws.reports().write("KTN", 2019, dir.resolve("dien-tap"), ReportService.Options.all(),
                    ReportService.Progress.NONE);
        }
        ReportService.Pack genuine;
        try (Workspace ws = ThiDua.open(real)) {
            genuine = ws.reports().write("KTN", 2019, dir.resolve("that"), ReportService.Options.all(),
                    ReportService.Progress.NONE);
        }

        // 3 minutes, 3 ballot papers, the proposal, the year-end report; the scoreboard and audit workbooks.
        assertThat(rehearsed.files().stream().filter(w -> w.file().toString().endsWith(".docx"))).hasSize(8);
        assertThat(rehearsed.files().stream().filter(w -> w.file().toString().endsWith(".xlsx"))).hasSize(2);
        // The audit log's CSV is data for Excel, read back by column: it is left as it is.
        for (ReportService.Written w : documents(rehearsed)) {
            assertThat(marks(w.file())).as(w.file().getFileName().toString()).isTrue();
        }
        assertThat(documents(genuine)).hasSize(10);
        for (ReportService.Written w : documents(genuine)) {
            assertThat(marks(w.file())).as(w.file().getFileName().toString()).isFalse();
        }
    }

    /** True when the file carries the mark where it must: a .docx above everything and in its page headers, an .xlsx in every sheet's print header. */
    private static boolean marks(Path file) throws Exception {
        String name = file.getFileName().toString();
        if (name.endsWith(".docx")) {
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
                var policy = doc.getHeaderFooterPolicy();
                boolean top = !doc.getParagraphs().isEmpty() && doc.getParagraphs().get(0).getText().equals(MARK)
                        && doc.getBodyElements().get(0) == doc.getParagraphs().get(0);
                boolean headers = policy != null && policy.getDefaultHeader() != null
                        && policy.getDefaultHeader().getText().contains(MARK)
                        && policy.getFirstPageHeader() != null && policy.getFirstPageHeader().getText().contains(MARK);
                assertThat(top).as(name + ": the line above everything, exactly when the headers have it").isEqualTo(headers);
                return top;
            }
        }
        if (name.endsWith(".xlsx")) {
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                boolean all = true;
                boolean any = false;
                for (Sheet s : wb) {
                    boolean has = s.getHeader().getCenter().contains(MARK);
                    all &= has;
                    any |= has;
                }
                assertThat(any).as(name + ": every sheet or none").isEqualTo(all);
                return all;
            }
        }
        throw new AssertionError("not a document: " + name);
    }

    private static List<ReportService.Written> documents(ReportService.Pack pack) {
        return pack.files().stream().filter(w -> !w.file().toString().endsWith(".csv")).toList();
    }
}
