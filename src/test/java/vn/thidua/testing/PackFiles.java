package vn.thidua.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a written document pack back with POI, for the tests of the app, the window and the command line. */
public final class PackFiles {

    /** One line of the workbook's scoreboard, as its formulas compute it now. */
    public record BoardLine(String unit, double total, int rank, String classification) {
    }

    private PackFiles() {
    }

    public static XWPFDocument docx(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything a reader sees: body, tables, headers. */
    public static String text(Path docx) {
        try (XWPFDocument doc = docx(docx); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows (cell texts) of every body table whose header row has a cell reading {@code header}. */
    public static List<List<String>> rows(Path docx, String header) {
        List<List<String>> rows = new ArrayList<>();
        try (XWPFDocument doc = docx(docx)) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFTable t && t.getRow(0).getTableCells().stream()
                        .anyMatch(c -> c.getText().strip().equals(header))) {
                    for (XWPFTableRow row : t.getRows().subList(1, t.getRows().size())) {
                        rows.add(row.getTableCells().stream().map(c -> c.getText().strip()).toList());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    public static XSSFWorkbook xlsx(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The scoreboard sheet evaluated afresh (cached values ignored), by unit name. The columns are
     * found by their headers, so the test does not depend on how many criterion groups there are.
     */
    public static Map<String, BoardLine> board(XSSFWorkbook wb) {
        Sheet s = wb.getSheet("Bảng điểm");
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        ev.clearAllCachedResultValues();
        Row header = s.getRow(3);
        int total = column(header, "Tổng điểm");
        int rank = column(header, "Xếp hạng");
        int classification = column(header, "Xếp loại");
        Map<String, BoardLine> out = new LinkedHashMap<>();
        for (int r = 4; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row == null || row.getCell(rank) == null || row.getCell(rank).getCellType() != CellType.FORMULA) {
                break;
            }
            CellValue t = ev.evaluate(row.getCell(total));
            CellValue k = ev.evaluate(row.getCell(rank));
            CellValue c = ev.evaluate(row.getCell(classification));
            out.put(row.getCell(1).getStringCellValue(),
                    new BoardLine(row.getCell(1).getStringCellValue(), t.getNumberValue(), (int) k.getNumberValue(),
                            c.getStringValue()));
        }
        return out;
    }

    private static int column(Row header, String text) {
        for (Cell c : header) {
            if (c.getStringCellValue().strip().equals(text)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column headed " + text);
    }
}
