package vn.thidua.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits an import workbook the way a person would in Excel: a cell, a row, a sheet. */
public final class Workbooks {

    private static final DataFormatter SHOWN = new DataFormatter();

    private Workbooks() {
    }

    /** Copies {@code from} to {@code to} with {@code change} made; returns {@code to}. */
    public static Path edit(Path from, Path to, Consumer<XSSFWorkbook> change) {
        try (InputStream in = Files.newInputStream(from); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            change.accept(wb);
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 0-based column whose row-1 header is {@code header}. */
    public static int column(Sheet s, String header) {
        Row h = s.getRow(0);
        for (int c = 0; c < h.getLastCellNum(); c++) {
            if (h.getCell(c) != null && header.equals(SHOWN.formatCellValue(h.getCell(c)))) {
                return c;
            }
        }
        throw new IllegalArgumentException("no column " + header + " on " + s.getSheetName());
    }

    /** The Excel number (1-based) of the first row whose cell under {@code header} shows {@code value}. */
    public static int rowOf(XSSFWorkbook wb, String sheet, String header, String value) {
        Sheet s = wb.getSheet(sheet);
        int c = column(s, header);
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null && row.getCell(c) != null && value.equals(SHOWN.formatCellValue(row.getCell(c)))) {
                return r + 1;
            }
        }
        throw new IllegalArgumentException("no " + value + " under " + header + " on " + sheet);
    }

    /** Sets the cell of Excel row {@code row} under {@code header}: text, a number, a date, or null to empty it. */
    public static void set(XSSFWorkbook wb, String sheet, int row, String header, Object value) {
        Sheet s = wb.getSheet(sheet);
        Row r = s.getRow(row - 1) == null ? s.createRow(row - 1) : s.getRow(row - 1);
        int c = column(s, header);
        Cell cell = r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** The value of item {@code label} on sheet Khối. */
    public static void setItem(XSSFWorkbook wb, String label, Object value) {
        set(wb, "Khối", rowOf(wb, "Khối", "Mục", label), "Giá trị", value);
    }
}
