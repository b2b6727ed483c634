package vn.thidua.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook's cell styles, made once (Excel caps a file at 64 000 styles), and its page setup. */
final class WorkbookStyles {

    static final String FONT = "Times New Roman";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle textCentred;
    final CellStyle integer;
    final CellStyle score;
    final CellStyle percent;
    /** A share of the votes: 0.75 shows as 75,00% (75.00% in an English Excel), as the count screen writes it. */
    final CellStyle votePercent;
    final CellStyle bold;
    private final XSSFWorkbook wb;
    private final XSSFFont regular;
    private final Map<Integer, CellStyle> figures = new HashMap<>();

    WorkbookStyles(XSSFWorkbook wb) {
        this.wb = wb;
        XSSFFont base = wb.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints((short) 12);
        // Every style names its font: LibreOffice drew cells left on the default font in a sans face.
        regular = font(false, false, 12);
        title = style(font(true, false, 14), HorizontalAlignment.CENTER, false, null);
        subtitle = style(font(false, true, 12), HorizontalAlignment.CENTER, false, null);
        bold = style(font(true, false, 12), HorizontalAlignment.LEFT, false, null);
        header = style(font(true, false, 12), HorizontalAlignment.CENTER, true, null);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = style(null, HorizontalAlignment.LEFT, true, null);
        text.setWrapText(true);
        textCentred = style(null, HorizontalAlignment.CENTER, true, null);
        textCentred.setWrapText(true);
        integer = style(null, HorizontalAlignment.CENTER, true, "0");
        // Numbers, never text, in Excel's built-in "0.00": the reader's Excel or LibreOffice shows
        // them in its own locale, 38,50 in a Vietnamese one (38.50 in an English one).
        score = style(null, HorizontalAlignment.CENTER, true, "0.00");
        percent = style(null, HorizontalAlignment.CENTER, true, "0.0%");
        votePercent = style(null, HorizontalAlignment.CENTER, true, "0.00%");
    }

    /** A figure style showing as many decimals as the value has (108 500 and 3 350,5 alike). */
    CellStyle figure(BigDecimal value) {
        int decimals = value == null ? 0 : Math.min(3, Math.max(0, value.stripTrailingZeros().scale()));
        return figures.computeIfAbsent(decimals, d -> style(null, HorizontalAlignment.RIGHT, true,
                d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
    }

    private XSSFFont font(boolean bold, boolean italic, int points) {
        XSSFFont f = wb.createFont();
        f.setFontName(FONT);
        f.setBold(bold);
        f.setItalic(italic);
        f.setFontHeightInPoints((short) points);
        return f;
    }

    private CellStyle style(XSSFFont font, HorizontalAlignment align, boolean border, String format) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font != null ? font : regular);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        if (format != null) {
            s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        return s;
    }

    // ---- cells

    static Row row(Sheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

    static Cell cell(Sheet sheet, int row, int col, CellStyle style) {
        Cell c = row(sheet, row).createCell(col);
        c.setCellStyle(style);
        return c;
    }

    static void text(Sheet sheet, int row, int col, String value, CellStyle style) {
        cell(sheet, row, col, style).setCellValue(value);
    }

    static void number(Sheet sheet, int row, int col, BigDecimal value, CellStyle style) {
        Cell c = cell(sheet, row, col, style);
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
    }

    /**
     * A formula with the result it gives for the data as written, stored as its cached value: a
     * reader that does not recalculate (a preview, a phone) shows the figure, and the program never
     * asks POI to evaluate the workbook (half the time of the pack, bench/RESULTS.md). The workbook
     * is marked for a full recalculation on open, so Excel and LibreOffice compute it afresh anyway.
     */
    static void formula(Sheet sheet, int row, int col, String formula, CellStyle style, double cached) {
        Cell c = formulaCell(sheet, row, col, formula, style);
        c.setCellValue(cached);
    }

    /** As above, for a formula whose result is text (a classification, or "" for a blank). */
    static void formula(Sheet sheet, int row, int col, String formula, CellStyle style, String cached) {
        Cell c = formulaCell(sheet, row, col, formula, style);
        c.setCellValue(cached);
    }

    /**
     * The formula goes into the cell's XML as written: {@code setCellFormula} would parse each one
     * to check it (a tenth of the pack). The program's own formulas are checked by the tests, which
     * evaluate every one of them (ScoreboardWorkbookTest).
     */
    private static Cell formulaCell(Sheet sheet, int row, int col, String formula, CellStyle style) {
        XSSFCell c = (XSSFCell) cell(sheet, row, col, style);
        c.getCTCell().addNewF().setStringValue(formula);
        return c;
    }

    /** A title over columns 0..lastCol. */
    static void banner(Sheet sheet, int row, int lastCol, String value, CellStyle style) {
        text(sheet, row, 0, value, style);
        if (lastCol > 0) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastCol));
        }
    }

    static void merge(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol, CellStyle style) {
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstCol; c <= lastCol; c++) {
                if (row(sheet, r).getCell(c) == null) {
                    cell(sheet, r, c, style);
                }
            }
        }
        if (firstRow != lastRow || firstCol != lastCol) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
    }

    /** A4 landscape, one page wide, header rows repeated, the data as print area, pages numbered. */
    void printSetup(Sheet sheet, int lastRow, int lastCol, int firstHeaderRow, int lastHeaderRow) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.6);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, lastCol, 0, lastRow);
        sheet.setRepeatingRows(CellRangeAddress.valueOf((firstHeaderRow + 1) + ":" + (lastHeaderRow + 1)));
        Footer footer = sheet.getFooter();
        footer.setCenter("Trang &P / &N");
    }
}
