package vn.thidua.report;

import static vn.thidua.report.WorkbookStyles.banner;
import static vn.thidua.report.WorkbookStyles.cell;
import static vn.thidua.report.WorkbookStyles.number;
import static vn.thidua.report.WorkbookStyles.text;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.app.ProvinceView;
import vn.thidua.app.ProvinceView.BlocYear;
import vn.thidua.app.ProvinceView.Member;
import vn.thidua.app.ProvinceView.PutForward;
import vn.thidua.app.ProvinceView.Title;
import vn.thidua.app.ProvinceWorkbooks;
import vn.thidua.domain.scoring.Classification;

/**
 * {@code thidua province --out F.xlsx}: the province's year in three sheets, the blocs (one row each, with
 * the counts by classification and whether their elections are closed), the units, and the titles put forward.
 */
public final class ProvinceWorkbook implements ProvinceWorkbooks {

    public static final String BLOCS = "Các khối";
    public static final String UNITS = "Đơn vị";
    public static final String TITLES = "Suy tôn";
    static final List<String> BLOC_HEADERS = List.of("Mã khối", "Tên khối", "Số đơn vị", ScoreboardWorkbook.EXCELLENT,
            ScoreboardWorkbook.GOOD, ScoreboardWorkbook.COMPLETED, ScoreboardWorkbook.NOT_COMPLETED,
            "Đã kết thúc bầu suy tôn");
    static final List<String> UNIT_HEADERS = List.of("Mã khối", "Mã đơn vị", "Tên đơn vị", "Hạng", "Tổng điểm",
            "Xếp loại");
    static final List<String> TITLE_HEADERS = List.of("Mã khối", "Danh hiệu", "Mã đơn vị", "Tên đơn vị", "Số phiếu",
            "Tỷ lệ (%)", "Tình trạng");
    private static final Map<Classification, String> NAMES = Map.of(Classification.EXCELLENT,
            ScoreboardWorkbook.EXCELLENT, Classification.GOOD, ScoreboardWorkbook.GOOD, Classification.COMPLETED,
            ScoreboardWorkbook.COMPLETED, Classification.NOT_COMPLETED, ScoreboardWorkbook.NOT_COMPLETED);

    @Override
    public void write(ProvinceView.Province province, Path out) {
        Path part = out.resolveSibling(out.getFileName() + ".part");
        try {
            try (OutputStream os = Files.newOutputStream(part)) {
                write(province, os);
            }
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the message below says what matters
            }
            throw new ReportException(e, "report.write.failed", out.toString());
        }
    }

    static void write(ProvinceView.Province p, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            WorkbookStyles st = new WorkbookStyles(wb);
            Sheet blocs = sheet(wb, st, BLOCS, "Các khối thi đua năm " + p.year(), BLOC_HEADERS);
            Sheet units = sheet(wb, st, UNITS, "Xếp loại các đơn vị năm " + p.year(), UNIT_HEADERS);
            Sheet titles = sheet(wb, st, TITLES, "Các đơn vị được suy tôn năm " + p.year(), TITLE_HEADERS);
            int rb = 2;
            int ru = 2;
            int rt = 2;
            for (BlocYear b : p.blocs()) {
                text(blocs, rb, 0, b.code(), st.text);
                text(blocs, rb, 1, b.name(), st.text);
                cell(blocs, rb, 2, st.integer).setCellValue(b.members().size());
                int c = 3;
                for (Classification k : List.of(Classification.EXCELLENT, Classification.GOOD,
                        Classification.COMPLETED, Classification.NOT_COMPLETED)) {
                    cell(blocs, rb, c++, st.integer).setCellValue(b.counts().getOrDefault(k, 0));
                }
                text(blocs, rb, 7, !b.hasYear() ? "Chưa có năm " + p.year() : b.electionsClosed() ? "Đã kết thúc"
                        : b.titles().isEmpty() ? "Chưa có cuộc bầu" : "Chưa kết thúc", st.textCentred);
                rb++;
                for (Member m : b.members()) {
                    text(units, ru, 0, b.code(), st.text);
                    text(units, ru, 1, m.code(), st.text);
                    text(units, ru, 2, m.name(), st.text);
                    cell(units, ru, 3, st.integer).setCellValue(m.rank());
                    number(units, ru, 4, m.total(), st.score);
                    text(units, ru, 5, NAMES.get(m.classification()), st.text);
                    ru++;
                }
                for (Title t : b.titles()) {
                    if (t.forged() || !t.closed() || t.putForward().isEmpty()) {
                        text(titles, rt, 0, b.code(), st.text);
                        text(titles, rt, 1, t.title(), st.text);
                        text(titles, rt, 6, t.forged() ? "Dữ liệu đã bị sửa, không hiển thị kết quả"
                                : !t.closed() ? "Chưa kết thúc kiểm phiếu" : "Không đơn vị nào được suy tôn", st.text);
                        rt++;
                    }
                    for (PutForward u : t.putForward()) {
                        text(titles, rt, 0, b.code(), st.text);
                        text(titles, rt, 1, t.title(), st.text);
                        text(titles, rt, 2, u.code(), st.text);
                        text(titles, rt, 3, u.name(), st.text);
                        cell(titles, rt, 4, st.integer).setCellValue(u.votes());
                        number(titles, rt, 5, u.percent() == null ? BigDecimal.ZERO : u.percent(), st.score);
                        text(titles, rt, 6, t.closed() ? "Được suy tôn" : "Chưa kết thúc kiểm phiếu", st.text);
                        rt++;
                    }
                }
            }
            for (Sheet s : List.of(blocs, units, titles)) {
                for (int col = 0; col < s.getRow(1).getLastCellNum(); col++) {
                    s.autoSizeColumn(col);
                }
                s.createFreezePane(0, 2);
            }
            wb.write(out);
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, WorkbookStyles st, String name, String title, List<String> headers) {
        Sheet s = wb.createSheet(name);
        banner(s, 0, headers.size() - 1, title, st.title);
        for (int c = 0; c < headers.size(); c++) {
            text(s, 1, c, headers.get(c), st.header);
        }
        return s;
    }
}
