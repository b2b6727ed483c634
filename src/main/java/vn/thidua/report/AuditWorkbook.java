package vn.thidua.report;

import static vn.thidua.report.WorkbookStyles.banner;
import static vn.thidua.report.WorkbookStyles.cell;
import static vn.thidua.report.WorkbookStyles.text;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The audit log as an Excel workbook: one sheet, one row per entry, times as Excel dates. Unlike
 * the CSV beside it, it opens in columns whatever list separator the computer's Excel expects
 * (a Vietnamese Windows uses ';', an English one ',').
 */
public final class AuditWorkbook {

    public static final String SHEET = "Nhật ký thay đổi";
    /**
     * No column of action codes ("election.close"): "Nội dung" says what was done in Vietnamese, "Nhóm"
     * what it concerns, and "Số" finds the entry in the CSV, which keeps the codes.
     */
    public static final List<String> HEADERS = List.of("Số", "Thời điểm", "Nhóm", "Nội dung");
    static final int FIRST_ROW = 3;
    /** The width of "Nội dung", in characters, and how many of them fit on a printed line with room to spare. */
    private static final int TEXT_WIDTH = 108;
    static final int TEXT_CHARS_PER_LINE = 110;

    /**
     * One entry: its number in the log, when, what kind, what was done (a sentence), and the
     * action's code as stored (not printed: the CSV has it).
     */
    public record Line(long number, LocalDateTime at, String category, String text, String action) {
    }

    private AuditWorkbook() {
    }

    /** {@code title}: the first row, e.g. "Nhật ký thay đổi – tệp dữ liệu ThiDua". */
    public static void write(String title, List<Line> lines, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            WorkbookStyles st = new WorkbookStyles(wb);
            CellStyle when = wb.createCellStyle();
            when.cloneStyleFrom(st.textCentred);
            when.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
            CellStyle number = wb.createCellStyle();
            number.cloneStyleFrom(st.integer);
            number.setAlignment(HorizontalAlignment.RIGHT);
            CellStyle wrapped = wb.createCellStyle();
            wrapped.cloneStyleFrom(st.text);
            wrapped.setWrapText(true);
            Sheet s = wb.createSheet(SHEET);
            banner(s, 0, HEADERS.size() - 1, title, st.title);
            for (int c = 0; c < HEADERS.size(); c++) {
                text(s, FIRST_ROW - 1, c, HEADERS.get(c), st.header);
            }
            int r = FIRST_ROW;
            for (Line line : lines) {
                cell(s, r, 0, number).setCellValue(line.number());
                cell(s, r, 1, when).setCellValue(line.at());
                text(s, r, 2, line.category(), st.textCentred);
                text(s, r, 3, line.text(), wrapped);
                // Excel and LibreOffice do not grow a row for wrapped text on their own when printing:
                // each row is given the height of its lines, so no text runs over the next row.
                WorkbookStyles.row(s, r).setHeightInPoints(lines(line.text()) * OtherSheets.LINE_POINTS + 2);
                r++;
            }
            s.createFreezePane(0, FIRST_ROW);
            s.setAutoFilter(new CellRangeAddress(FIRST_ROW - 1, Math.max(FIRST_ROW - 1, r - 1), 0, HEADERS.size() - 1));
            int[] widths = {8, 20, 14, TEXT_WIDTH};
            for (int c = 0; c < widths.length; c++) {
                s.setColumnWidth(c, widths[c] * 256);
            }
            // Printed: A4 landscape, one page wide, the column titles on every page, "Trang n / m" below.
            st.printSetup(s, Math.max(FIRST_ROW - 1, r - 1), HEADERS.size() - 1, FIRST_ROW - 1, FIRST_ROW - 1);
            s.getFooter().setLeft(title);
            wb.write(out);
        } catch (IOException e) {
            throw new ReportException(e, "report.write.failed", SHEET);
        }
    }

    /** Lines the text takes in the "Nội dung" column, breaking at words as the viewer does. */
    static int lines(String text) {
        int lines = 0;
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            int line = 0;
            lines++;
            for (String word : paragraph.split(" ")) {
                int add = (line == 0 ? 0 : 1) + word.length();
                if (line > 0 && line + add > TEXT_CHARS_PER_LINE) {
                    lines++;
                    line = word.length();
                } else {
                    line += add;
                }
                while (line > TEXT_CHARS_PER_LINE) {
                    lines++;
                    line -= TEXT_CHARS_PER_LINE;
                }
            }
        }
        return Math.max(1, lines);
    }
}
