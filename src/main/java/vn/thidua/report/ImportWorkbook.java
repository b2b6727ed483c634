package vn.thidua.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.domain.workbook.ImportLayout.Column;
import vn.thidua.domain.workbook.ImportLayout;
import vn.thidua.domain.workbook.ImportSheets;
import vn.thidua.domain.workbook.ImportSheets.Cell;
import org.apache.poi.ss.usermodel.BorderStyle;

/**
 * Writes and reads the import workbook ({@link ImportLayout}). Reading turns every cell into an
 * {@link ImportSheets.Cell} and nothing more: whether the values make sense is for the app to say,
 * with sheet, row and column. Whatever the file holds, reading ends in sheets or in a
 * {@link ReportException}, never in an exception of POI.
 */
public final class ImportWorkbook {

    private static final Logger LOG = Logger.getLogger(ImportWorkbook.class.getName());
    /** Functions whose result changes from one computation to the next: their saved value stands. */
    private static final Pattern VOLATILE =
            Pattern.compile("(?i)\\b(RAND|RANDBETWEEN|NOW|TODAY|OFFSET|INDIRECT|INFO|CELL)\\s*\\(");
    /** Past this many columns a row holds nothing the workbook defines. */
    private static final int MAX_COLUMNS = 64;
    private static final int INSTRUCTION_CHARS_PER_LINE = 95;

    private ImportWorkbook() {
    }

    // ---- writing

    /**
     * The instructions sheet, then every sheet of {@link ImportLayout#SHEETS} with its header row
     * (bold, frozen) and the rows of {@code data}'s sheet of that name, cells in the layout's column order.
     */
    public static void write(ImportSheets data, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            instructions(wb.createSheet(ImportLayout.INSTRUCTIONS), st);
            for (ImportLayout.Sheet layout : ImportLayout.SHEETS) {
                Sheet s = wb.createSheet(layout.name());
                List<ImportSheets.Row> rows = data.sheet(layout.name()).map(ImportSheets.Sheet::rows).orElse(List.of());
                dataSheet(s, layout, rows, st);
            }
            wb.write(out);
        } catch (IOException e) {
            throw new ReportException(e, "import.write.failed", String.valueOf(e.getMessage()));
        }
    }

    private static void dataSheet(Sheet s, ImportLayout.Sheet layout, List<ImportSheets.Row> rows, Styles st) {
        Row header = s.createRow(0);
        List<Column> columns = layout.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            org.apache.poi.ss.usermodel.Cell cell = header.createCell(c);
            cell.setCellValue(col.header());
            cell.setCellStyle(st.base.header);
            s.setColumnWidth(c, col.width() * 256);
            // Typed codes stay text: "1.10" must not become the number 1.1.
            if (col.type() == ImportLayout.Type.CODE || col.type() == ImportLayout.Type.TEXT) {
                s.setDefaultColumnStyle(c, col.type() == ImportLayout.Type.CODE ? st.code : st.plain);
            }
        }
        header.setHeightInPoints(2 * 15f);
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r + 1);
            List<Cell> cells = rows.get(r).cells();
            int lines = 1;
            for (int c = 0; c < cells.size(); c++) {
                ImportLayout.Type type = c < columns.size() ? columns.get(c).type() : ImportLayout.Type.TEXT;
                write(row.createCell(c), cells.get(c), type, st);
                if (cells.get(c) instanceof ImportSheets.Text t && c < columns.size()) {
                    lines = Math.max(lines, OtherSheets.lines(t.value(), Math.max(1, columns.get(c).width() - 2)));
                }
            }
            if (lines > 1) {
                row.setHeightInPoints(Math.min(lines, 8) * OtherSheets.LINE_POINTS);
            }
        }
        s.createFreezePane(0, 1);
    }

    private static void write(org.apache.poi.ss.usermodel.Cell cell, Cell value, ImportLayout.Type type, Styles st) {
        if (value instanceof ImportSheets.Text t) {
            cell.setCellValue(t.value());
            cell.setCellStyle(type == ImportLayout.Type.CODE ? st.code : st.base.text);
        } else if (value instanceof ImportSheets.Number n) {
            number(cell, n.value(), type, st);
        } else if (value instanceof ImportSheets.Date d) {
            cell.setCellValue(d.value());
            cell.setCellStyle(st.date);
        } else if (value instanceof ImportSheets.Bool b) {
            cell.setCellValue(b.value());
            cell.setCellStyle(st.base.textCentred);
        } else {
            cell.setCellStyle(type == ImportLayout.Type.CODE ? st.code : st.plainBordered(type));
        }
    }

    /** As a number Excel can add up; as Vietnamese text when a double would not hold it exactly. */
    private static void number(org.apache.poi.ss.usermodel.Cell cell, BigDecimal value, ImportLayout.Type type,
                               Styles st) {
        double d = value.doubleValue();
        if (Double.isFinite(d) && BigDecimal.valueOf(d).compareTo(value) == 0) {
            cell.setCellValue(d);
            cell.setCellStyle(type == ImportLayout.Type.INTEGER ? st.base.integer : st.base.figure(value));
        } else {
            cell.setCellValue(VietnameseFormat.number(value));
            cell.setCellStyle(st.base.text);
        }
    }

    private static void instructions(Sheet s, Styles st) {
        s.setColumnWidth(0, 30 * 256);
        s.setColumnWidth(1, 12 * 256);
        s.setColumnWidth(2, (INSTRUCTION_CHARS_PER_LINE + 5) * 256);
        int r = 0;
        line(s, r++, st.title, "HƯỚNG DẪN GHI TỆP NHẬP DỮ LIỆU MỘT NĂM THI ĐUA", "", "");
        r++;
        for (int i = 0; i < ImportLayout.RULES.size(); i++) {
            line(s, r++, st.base.text, String.valueOf(i + 1), "", ImportLayout.RULES.get(i));
        }
        r++;
        line(s, r++, st.base.header, "Sheet / cột", "Bắt buộc", "Cách ghi");
        for (ImportLayout.Sheet layout : ImportLayout.SHEETS) {
            line(s, r++, st.base.bold, "Sheet " + layout.name(), "", layout.purpose());
            for (Column c : layout.columns()) {
                String need = c.required() ? ImportLayout.YES : c.optional() ? "Cột có thể bỏ" : ImportLayout.NO;
                line(s, r++, st.base.text, "  " + c.header(), need, c.help());
            }
            if (layout == ImportLayout.BLOC_SHEET) {
                for (ImportLayout.Item item : ImportLayout.BLOC_ITEMS) {
                    line(s, r++, st.base.text, "  Mục " + item.label(), item.required() ? ImportLayout.YES
                            : ImportLayout.NO, item.help());
                }
                ImportLayout.Item unit = ImportLayout.RETURN_UNIT_ITEM;
                line(s, r++, st.base.text, "  Mục " + unit.label(), ImportLayout.NO, unit.help());
            }
        }
        s.createFreezePane(0, 1);
    }

    private static void line(Sheet s, int r, CellStyle style, String a, String b, String c) {
        Row row = s.createRow(r);
        String[] values = {a, b, c};
        for (int i = 0; i < values.length; i++) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
            cell.setCellValue(values[i]);
            cell.setCellStyle(style);
        }
        int lines = OtherSheets.lines(c, INSTRUCTION_CHARS_PER_LINE);
        if (lines > 1) {
            row.setHeightInPoints(lines * OtherSheets.LINE_POINTS);
        }
    }

    /** The report's shared styles and the few this workbook adds. */
    private static final class Styles {
        final WorkbookStyles base;
        final CellStyle code;
        final CellStyle plain;
        final CellStyle date;
        final CellStyle title;
        private final CellStyle emptyNumber;

        Styles(XSSFWorkbook wb) {
            base = new WorkbookStyles(wb);
            short text = wb.createDataFormat().getFormat("@");
            code = wb.createCellStyle();
            code.cloneStyleFrom(base.text);
            code.setDataFormat(text);
            plain = wb.createCellStyle();
            plain.cloneStyleFrom(base.text);
            plain.setBorderBottom(BorderStyle.NONE);
            plain.setBorderTop(BorderStyle.NONE);
            plain.setBorderLeft(BorderStyle.NONE);
            plain.setBorderRight(BorderStyle.NONE);
            date = wb.createCellStyle();
            date.cloneStyleFrom(base.textCentred);
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            title = wb.createCellStyle();
            title.cloneStyleFrom(base.bold);
            XSSFFont big = wb.createFont();
            big.setFontName(WorkbookStyles.FONT);
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            emptyNumber = base.figure(BigDecimal.ZERO);
        }

        CellStyle plainBordered(ImportLayout.Type type) {
            return switch (type) {
                case NUMBER -> emptyNumber;
                case INTEGER -> base.integer;
                case DATE -> date;
                default -> base.text;
            };
        }
    }

    // ---- reading

    /** Every sheet of the file, cell by cell. */
    public static ImportSheets read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ReportException("import.file.missing", file.toString());
        }
        wholeZip(file);
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            List<ImportSheets.Sheet> sheets = new ArrayList<>();
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                sheets.add(sheet(wb.getSheetAt(i), evaluator));
            }
            return new ImportSheets(sheets);
        } catch (EncryptedDocumentException e) {
            throw new ReportException(e, "import.file.encrypted", file.toString());
        } catch (IOException | RuntimeException e) {
            // Not a workbook, a damaged one, or one POI cannot take: the user can only save it again.
            LOG.info(() -> "Cannot read " + file + " as a workbook: " + e);
            LOG.log(Level.FINE, "Cannot read " + file, e);
            throw new ReportException(e, "import.file.unreadable", file.toString());
        }
    }

    /**
     * An .xlsx is a zip whose table of contents is at its end. POI reads a file cut short (a copy
     * interrupted, a mail attachment half downloaded) as far as it goes, which would look like a
     * workbook with sheets missing; such a file is refused as unreadable instead.
     */
    private static void wholeZip(Path file) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                return;
            }
        } catch (IOException e) {
            throw new ReportException(e, "import.file.unreadable", file.toString());
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            LOG.fine(() -> file + " holds " + zip.size() + " parts");
        } catch (IOException e) {
            LOG.info(() -> "Not a whole zip: " + file + ": " + e);
            throw new ReportException(e, "import.file.unreadable", file.toString());
        }
    }

    private static ImportSheets.Sheet sheet(Sheet s, FormulaEvaluator evaluator) {
        List<Cell> header = List.of();
        List<ImportSheets.Row> rows = new ArrayList<>();
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            List<Cell> cells = row == null ? List.of() : cells(row, evaluator);
            if (r == 0) {
                header = cells;
            } else if (cells.stream().anyMatch(c -> !(c instanceof ImportSheets.Blank))) {
                rows.add(new ImportSheets.Row(r + 1, cells));
            }
        }
        return new ImportSheets.Sheet(s.getSheetName(), header, rows);
    }

    private static List<Cell> cells(Row row, FormulaEvaluator evaluator) {
        int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < last; c++) {
            cells.add(cell(row.getCell(c), evaluator));
        }
        // Trailing blanks say nothing; without them equal rows compare equal.
        while (!cells.isEmpty() && cells.get(cells.size() - 1) instanceof ImportSheets.Blank) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell c, FormulaEvaluator evaluator) {
        if (c == null) {
            return Cell.BLANK;
        }
        try {
            return switch (c.getCellType()) {
                case STRING -> Cell.text(c.getStringCellValue());
                case NUMERIC -> numeric(c, c.getNumericCellValue());
                case BOOLEAN -> new ImportSheets.Bool(c.getBooleanCellValue());
                case ERROR -> new ImportSheets.Error(error(c.getErrorCellValue()));
                case FORMULA -> formula(c, evaluator);
                default -> Cell.BLANK;
            };
        } catch (RuntimeException e) {
            // One cell POI cannot make sense of; the rest of the file may well be fine.
            LOG.log(Level.FINE, "Unreadable cell " + c.getAddress(), e);
            return new ImportSheets.Error("#?");
        }
    }

    /**
     * The value a spreadsheet computed and saved for a formula. None saved (POI writes a formula
     * without its result; other programs write an empty one), or one that is not what the formula
     * gives (a streaming writer saves 0, a program that put a formula over a number keeps the old
     * number) is no value: the cell is refused rather than read as 0.
     */
    private static Cell formula(org.apache.poi.ss.usermodel.Cell c, FormulaEvaluator evaluator) {
        if (c instanceof XSSFCell x && !x.getCTCell().isSetV()) {
            return new ImportSheets.Uncomputed(c.getCellFormula());
        }
        CellType cached = c.getCachedFormulaResultType();
        Cell saved = switch (cached) {
            case NUMERIC -> numeric(c, c.getNumericCellValue());
            case STRING -> Cell.text(c.getRichStringCellValue().getString());
            case BOOLEAN -> new ImportSheets.Bool(c.getBooleanCellValue());
            case ERROR -> new ImportSheets.Error(error(c.getErrorCellValue()));
            default -> Cell.BLANK;
        };
        if (c instanceof XSSFCell x && cached == CellType.NUMERIC && x.getCTCell().getV().isBlank()) {
            return new ImportSheets.Uncomputed(c.getCellFormula());
        }
        return agreesWithFormula(c, cached, evaluator) ? saved : new ImportSheets.Uncomputed(c.getCellFormula());
    }

    /**
     * Whether the saved result is what the formula gives now. A formula POI cannot compute
     * (a function it lacks, a link to another file) is given the benefit of the doubt.
     */
    private static boolean agreesWithFormula(org.apache.poi.ss.usermodel.Cell c, CellType cached,
            FormulaEvaluator evaluator) {
        CellValue now;
        try {
            if (VOLATILE.matcher(c.getCellFormula()).find()) {
                return true;
            }
            now = evaluator.evaluate(c);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.FINE, "Formula not computed here: " + c.getAddress(), e);
            return true;
        }
        if (now == null) {
            return true;
        }
        return switch (now.getCellType()) {
            case NUMERIC -> cached == CellType.NUMERIC && close(now.getNumberValue(), c.getNumericCellValue());
            case STRING -> cached == CellType.STRING
                    && now.getStringValue().equals(c.getRichStringCellValue().getString());
            case BOOLEAN -> cached == CellType.BOOLEAN && now.getBooleanValue() == c.getBooleanCellValue();
            case ERROR -> cached == CellType.ERROR && now.getErrorValue() == c.getErrorCellValue();
            default -> true;
        };
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static Cell numeric(org.apache.poi.ss.usermodel.Cell c, double value) {
        if (!Double.isFinite(value)) {
            return new ImportSheets.Error(FormulaError.NUM.getString());
        }
        if (DateUtil.isCellDateFormatted(c) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime at = c.getLocalDateTimeCellValue();
            if (at != null) {
                return new ImportSheets.Date(at.toLocalDate());
            }
        }
        CellStyle style = c.getCellStyle();
        String format = style == null ? null : style.getDataFormatString();
        return new ImportSheets.Number(BigDecimal.valueOf(value).stripTrailingZeros(),
                format != null && format.contains("%"));
    }

    private static String error(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#?";
        }
    }
}
