package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Workspace;
import vn.thidua.testing.DataSnapshot;
import vn.thidua.testing.TestData;
import vn.thidua.testing.Workbooks;

/**
 * A score cell holding a formula whose result the file does not hold (written by a program that
 * does not compute) is refused with its sheet, row and column, never read as 0.
 */
class FormulaImportTest {

    @TempDir
    static Path shared;
    static Path sampleExport;

    @TempDir
    Path dir;

    @BeforeAll
    static void exportTheSample() {
        String db = shared.resolve("sample.mv.db").toString();
        assertThat(CliRunner.run("--db", db, "sample").code()).isZero();
        sampleExport = shared.resolve("ktn-2019.xlsx");
        CliRunner.Result r = CliRunner.run("--db", db, "export", "--bloc", "ktn", "--year", "2019",
                "--out", sampleExport.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    private String db() {
        return dir.resolve("test.mv.db").toString();
    }

    private String snapshot() {
        try (Workspace ws = TestData.open(dir)) {
            return DataSnapshot.of(ws);
        }
    }

    /** The sample's 2019 as year 2021, with {@code change} made to GTVT's bloc score on criterion 1.1. */
    private Path withScoreCell(String name, BiConsumer<Row, Integer> change) {
        return Workbooks.edit(sampleExport, dir.resolve(name), wb -> {
            Workbooks.setItem(wb, "Năm", 2021);
            Workbooks.setItem(wb, "Ngày hội nghị", null);
            Sheet s = wb.getSheet("Điểm");
            change.accept(s.getRow(gtvtRow(wb) - 1), Workbooks.column(s, "Điểm khối"));
        });
    }

    /** The Excel row of GTVT's score on criterion 1.1. */
    private static int gtvtRow(XSSFWorkbook wb) {
        Sheet s = wb.getSheet("Điểm");
        int unit = Workbooks.column(s, "Mã đơn vị");
        int criterion = Workbooks.column(s, "Mã tiêu chí");
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null && "GTVT".equals(row.getCell(unit).getStringCellValue())
                    && "1.1".equals(row.getCell(criterion).getStringCellValue())) {
                return r + 1;
            }
        }
        throw new AssertionError("no GTVT 1.1 in the export");
    }

    private int expectedRow() throws IOException {
        try (var in = Files.newInputStream(sampleExport); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return gtvtRow(wb);
        }
    }

    private void refused(Path file, String formula) throws IOException {
        TestData.openSample(dir).close();
        String before = snapshot();

        CliRunner.Result r = CliRunner.run("--db", db(), "import", file.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("Lỗi: Không nhập tệp " + file + ": có 1 lỗi")
                .contains("Sheet Điểm, dòng " + expectedRow() + ", cột Điểm khối: công thức =" + formula + " chưa được tính");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFormulaWrittenByPoiWithoutItsResultIsRefused() throws IOException {
        Path file = withScoreCell("khong-ket-qua.xlsx", (row, col) -> {
            row.removeCell(row.getCell(col));
            row.createCell(col).setCellFormula("10+9.5");
        });
        refused(file, "10+9.5");
    }

    @Test
    void aFormulaWithAnEmptyResultIsRefused() throws IOException {
        Path file = withScoreCell("ket-qua-rong.xlsx", (row, col) -> {
            row.removeCell(row.getCell(col));
            XSSFCell cell = (XSSFCell) row.createCell(col);
            cell.setCellFormula("10+9.5");
            cell.getCTCell().setV("");
        });
        refused(file, "10+9.5");
    }

    @Test
    void aFormulaSavedWithZeroByAStreamingWriterIsRefused() throws IOException {
        Path file = withScoreCell("ket-qua-0.xlsx", (row, col) -> {
            row.removeCell(row.getCell(col));
            XSSFCell cell = (XSSFCell) row.createCell(col);
            cell.setCellFormula("10+9.5");
            cell.getCTCell().setV("0.0");
        });
        refused(file, "10+9.5");
    }

    @Test
    void aFormulaPutOverTheOldScoreKeepingItIsRefused() throws IOException {
        Path file = withScoreCell("cong-thuc-de-len.xlsx", (row, col) -> {
            Cell cell = row.getCell(col);
            double old = cell.getNumericCellValue();
            cell.setCellFormula(old + "-0.5");
        });
        String formula;
        try (var in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            formula = wb.getSheet("Điểm").getRow(expectedRow() - 1)
                    .getCell(Workbooks.column(wb.getSheet("Điểm"), "Điểm khối")).getCellFormula();
        }
        refused(file, formula);
    }

    @Test
    void aFormulaWhoseResultWasComputedAndSavedImports() {
        Path file = withScoreCell("da-tinh.xlsx", (row, col) -> {
            row.removeCell(row.getCell(col));
            Cell cell = row.createCell(col);
            cell.setCellFormula("10+9.5");
            row.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        });
        TestData.openSample(dir).close();

        CliRunner.Result r = CliRunner.run("--db", db(), "import", file.toString());

        assertThat(r.code()).as(r.err()).isZero();
        CliRunner.Result board = CliRunner.run("--db", db(), "scoreboard", "--bloc", "KTN", "--year", "2021", "--format", "csv");
        assertThat(board.code()).as(board.err()).isZero();
    }
}
