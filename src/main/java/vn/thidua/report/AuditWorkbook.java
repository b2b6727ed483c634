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
    public static final List<String> HEADERS = List.of("Số", "Thời điểm", "Nhóm", "Thao tác", "Chi tiết");
    static final int FIRST_ROW = 3;

    /** One entry: its number in the log, when, what kind, the action, the details. */
    public record Line(long number, LocalDateTime at, String category, String action, String detail) {
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
                text(s, r, 3, line.action(), st.text);
                text(s, r, 4, line.detail(), st.text);
                r++;
            }
            s.createFreezePane(0, FIRST_ROW);
            s.setAutoFilter(new CellRangeAddress(FIRST_ROW - 1, Math.max(FIRST_ROW - 1, r - 1), 0, HEADERS.size() - 1));
            int[] widths = {8, 21, 12, 22, 80};
            for (int c = 0; c < widths.length; c++) {
                s.setColumnWidth(c, widths[c] * 256);
            }
            // Printed: A4 landscape, one page wide, the column titles on every page.
            s.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            s.getPrintSetup().setLandscape(true);
            s.setFitToPage(true);
            s.getPrintSetup().setFitWidth((short) 1);
            s.getPrintSetup().setFitHeight((short) 0);
            s.setRepeatingRows(new CellRangeAddress(FIRST_ROW - 1, FIRST_ROW - 1, 0, HEADERS.size() - 1));
            wb.write(out);
        } catch (IOException e) {
            throw new ReportException(e, "report.write.failed", SHEET);
        }
    }
}
