package vn.thidua.report;

import static vn.thidua.report.WorkbookStyles.banner;
import static vn.thidua.report.WorkbookStyles.formula;
import static vn.thidua.report.WorkbookStyles.merge;
import static vn.thidua.report.WorkbookStyles.number;
import static vn.thidua.report.WorkbookStyles.row;
import static vn.thidua.report.WorkbookStyles.text;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.app.documents.WorkbookData.Criterion;
import vn.thidua.app.documents.WorkbookData.CriterionGroup;
import vn.thidua.app.documents.WorkbookData.CriterionKind;
import vn.thidua.app.documents.WorkbookData.WorkbookUnit;
import vn.thidua.app.documents.WorkbookData;

/**
 * The year's workbook. "Điểm chi tiết" holds the only typed scores; "Bảng điểm" computes subtotals,
 * total, rank and classification from it with formulas, so an edit in Excel recomputes them all.
 * The classification bands sit in cells under the scoreboard, so they can be edited too.
 */
public final class ScoreboardWorkbook {

    public static final String SCOREBOARD = "Bảng điểm";
    public static final String DETAIL = "Điểm chi tiết";
    public static final String INDICATORS = "Chỉ tiêu";
    public static final String EXCELLENT = "Hoàn thành xuất sắc nhiệm vụ";
    public static final String GOOD = "Hoàn thành tốt nhiệm vụ";
    public static final String COMPLETED = "Hoàn thành nhiệm vụ";
    public static final String NOT_COMPLETED = "Không hoàn thành nhiệm vụ";

    /** First data row (0-based) of each sheet; the rows above are titles and headers. */
    static final int DETAIL_FIRST = 5;
    static final int BOARD_FIRST = 4;
    /** The 1-based row of the maxima on the detail sheet, just above the first unit. */
    private static final int MAXIMA_ROW = DETAIL_FIRST;
    private static final String REF = "'" + DETAIL + "'!";

    private ScoreboardWorkbook() {
    }

    /** A run of adjacent criterion columns on the detail sheet: one group's regular criteria, bonus or deduction. */
    record Segment(String title, CriterionKind kind, int firstCol, List<Criterion> criteria) {
        int lastCol() {
            return firstCol + criteria.size() - 1;
        }
    }

    public static void write(WorkbookData data, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            WorkbookStyles st = new WorkbookStyles(wb);
            Sheet board = wb.createSheet(SCOREBOARD);
            Sheet detail = wb.createSheet(DETAIL);
            List<Segment> segments = segments(data.groups());
            detailSheet(detail, data, segments, st);
            int lastBoardCol = scoreboardSheet(board, data, segments, st);
            OtherSheets.indicators(wb.createSheet(INDICATORS), data, st);
            OtherSheets.elections(wb, data, st);
            // Every formula carries its result, computed here (Figures) instead of by POI's evaluator:
            // viewers that do not recalculate show numbers, and autosize measures them.
            fit(board, 1, lastBoardCol);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        } catch (IOException e) {
            throw new ReportException(e, "report.write.failed", SCOREBOARD);
        }
    }

    static List<Segment> segments(List<CriterionGroup> groups) {
        List<Segment> segments = new ArrayList<>();
        int col = 2;
        for (CriterionGroup g : groups) {
            List<Criterion> regular = g.criteria().stream().filter(c -> c.kind() == CriterionKind.REGULAR).toList();
            if (!regular.isEmpty()) {
                segments.add(new Segment(g.name(), CriterionKind.REGULAR, col, regular));
                col += regular.size();
            }
        }
        for (CriterionKind kind : List.of(CriterionKind.BONUS, CriterionKind.DEDUCTION)) {
            List<Criterion> extra = groups.stream().flatMap(g -> g.criteria().stream())
                    .filter(c -> c.kind() == kind).toList();
            if (!extra.isEmpty()) {
                segments.add(new Segment(kind == CriterionKind.BONUS ? "Điểm thưởng" : "Điểm trừ", kind, col, extra));
                col += extra.size();
            }
        }
        return segments;
    }

    // ---- Điểm chi tiết: units down, criteria across, a row of maxima under the headers

    private static void detailSheet(Sheet s, WorkbookData d, List<Segment> segments, WorkbookStyles st) {
        int lastCol = segments.isEmpty() ? 1 : segments.get(segments.size() - 1).lastCol();
        banner(s, 0, lastCol, "ĐIỂM CHẤM THEO TIÊU CHÍ NĂM " + d.year(), st.title);
        banner(s, 1, lastCol, d.blocName() + " – điểm do khối chấm; ô trống là tiêu chí chưa chấm", st.subtitle);
        text(s, 2, 0, "STT", st.header);
        merge(s, 2, 3, 0, 0, st.header);
        text(s, 2, 1, "Đơn vị", st.header);
        merge(s, 2, 3, 1, 1, st.header);
        text(s, 4, 0, "", st.header);
        text(s, 4, 1, "Điểm tối đa", st.header);
        int longest = 0;
        for (Segment seg : segments) {
            text(s, 2, seg.firstCol(), seg.title(), st.header);
            merge(s, 2, 2, seg.firstCol(), seg.lastCol(), st.header);
            for (int i = 0; i < seg.criteria().size(); i++) {
                Criterion c = seg.criteria().get(i);
                String label = c.code() + ". " + c.name();
                longest = Math.max(longest, label.length());
                text(s, 3, seg.firstCol() + i, label, st.header);
                number(s, 4, seg.firstCol() + i, c.max(), st.score);
                s.setColumnWidth(seg.firstCol() + i, 14 * 256);
            }
        }
        // Criterion names are long: wrap them in narrow columns and give the row the lines it needs.
        row(s, 2).setHeightInPoints(2 * 15f);
        row(s, 3).setHeightInPoints(Math.min(10, 1 + longest / 14) * 15f);
        for (int u = 0; u < d.units().size(); u++) {
            WorkbookUnit unit = d.units().get(u);
            int r = DETAIL_FIRST + u;
            number(s, r, 0, BigDecimal.valueOf(u + 1L), st.integer);
            text(s, r, 1, unit.name(), st.text);
            for (Segment seg : segments) {
                for (int i = 0; i < seg.criteria().size(); i++) {
                    number(s, r, seg.firstCol() + i, unit.score(seg.criteria().get(i).code()), st.score);
                }
            }
        }
        s.createFreezePane(2, DETAIL_FIRST);
        s.setColumnWidth(0, 6 * 256);
        s.setColumnWidth(1, 40 * 256);
        st.printSetup(s, DETAIL_FIRST + d.units().size() - 1, lastCol, 2, 4);
    }

    // ---- Bảng điểm

    private static int scoreboardSheet(Sheet s, WorkbookData d, List<Segment> segments, WorkbookStyles st) {
        List<Segment> regular = segments.stream().filter(g -> g.kind() == CriterionKind.REGULAR).toList();
        int colBonus = 2 + regular.size();
        int colDeduction = colBonus + 1;
        int colTotal = colDeduction + 1;
        int colRatio = colTotal + 1;
        int colRank = colRatio + 1;
        int colClass = colRank + 1;
        int n = d.units().size();
        int lastRow = BOARD_FIRST + n - 1;
        int bandRow = lastRow + 3;

        banner(s, 0, colClass, "BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM " + d.year(), st.title);
        banner(s, 1, colClass, d.blocName(), st.subtitle);
        banner(s, 2, colClass, "Tổng điểm, xếp hạng và xếp loại tự tính lại khi sửa điểm ở trang \"" + DETAIL + "\".",
                st.subtitle);
        String[] fixed = {"STT", "Đơn vị"};
        for (int c = 0; c < fixed.length; c++) {
            text(s, 3, c, fixed[c], st.header);
        }
        for (int g = 0; g < regular.size(); g++) {
            Segment seg = regular.get(g);
            BigDecimal max = seg.criteria().stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
            text(s, 3, 2 + g, seg.title() + " (tối đa " + VietnameseFormat.number(max) + ")", st.header);
        }
        String[] tail = {"Điểm thưởng", "Điểm trừ", "Tổng điểm", "Tiêu chí thấp nhất (% điểm tối đa)", "Xếp hạng",
                "Xếp loại"};
        for (int i = 0; i < tail.length; i++) {
            text(s, 3, colBonus + i, tail[i], st.header);
        }
        row(s, 3).setHeightInPoints(5 * 15f);

        Segment bonus = segments.stream().filter(g -> g.kind() == CriterionKind.BONUS).findFirst().orElse(null);
        Segment deduction = segments.stream().filter(g -> g.kind() == CriterionKind.DEDUCTION).findFirst().orElse(null);
        String totalCol = CellReference.convertNumToColString(colTotal);
        List<Figures> figures = figures(d, segments);
        for (int u = 0; u < n; u++) {
            Figures f = figures.get(u);
            int r = BOARD_FIRST + u;
            int dr = DETAIL_FIRST + u + 1;
            int xr = r + 1;
            number(s, r, 0, BigDecimal.valueOf(u + 1L), st.integer);
            text(s, r, 1, d.units().get(u).name(), st.text);
            for (int g = 0; g < regular.size(); g++) {
                formula(s, r, 2 + g, sum(regular.get(g), dr), st.score, f.groups().get(g).doubleValue());
            }
            formula(s, r, colBonus, bonus == null ? "0" : sum(bonus, dr), st.score, f.bonus().doubleValue());
            formula(s, r, colDeduction, deduction == null ? "0" : sum(deduction, dr), st.score,
                    f.deduction().doubleValue());
            String groups = regular.isEmpty() ? "0" : "SUM(" + cellName(2, xr) + ":" + cellName(1 + regular.size(), xr) + ")";
            // Rounded so that 0.1 + 0.2 ties with 0.3: equal totals must share a rank.
            formula(s, r, colTotal, "ROUND(" + groups + "+" + cellName(colBonus, xr) + "-" + cellName(colDeduction, xr)
                    + ",2)", st.score, f.total().doubleValue());
            formula(s, r, colRatio, minRatio(regular, dr), st.percent, f.lowest().doubleValue());
            formula(s, r, colRank, "RANK(" + totalCol + xr + "," + totalCol + "$" + (BOARD_FIRST + 1) + ":" + totalCol
                    + "$" + (lastRow + 1) + ",0)", st.integer, f.rank());
            formula(s, r, colClass, classification(colTotal, colRatio, xr, bandRow), st.text, f.classification());
        }
        bands(s, d.bands(), bandRow, st);
        s.createFreezePane(2, BOARD_FIRST);
        s.setColumnWidth(0, 6 * 256);
        for (int c = 2; c < colClass; c++) {
            s.setColumnWidth(c, (c < colBonus ? 16 : 12) * 256);
        }
        st.printSetup(s, bandRow + 5, colClass, 3, 3);
        return colClass;
    }

    private static String sum(Segment seg, int detailRow) {
        return "SUM(" + REF + cellName(seg.firstCol(), detailRow) + ":" + cellName(seg.lastCol(), detailRow) + ")";
    }

    /** The lowest score/max over regular criteria, as a fraction; MIN of 30 at a time stays under Excel's 255 arguments. */
    private static String minRatio(List<Segment> regular, int detailRow) {
        List<String> terms = new ArrayList<>();
        for (Segment seg : regular) {
            for (int i = 0; i < seg.criteria().size(); i++) {
                if (seg.criteria().get(i).max().signum() > 0) {
                    int col = seg.firstCol() + i;
                    String colName = CellReference.convertNumToColString(col);
                    terms.add(REF + colName + detailRow + "/" + REF + colName + "$" + MAXIMA_ROW);
                }
            }
        }
        if (terms.isEmpty()) {
            return "1";
        }
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < terms.size(); i += 30) {
            chunks.add("MIN(" + String.join(",", terms.subList(i, Math.min(terms.size(), i + 30))) + ")");
        }
        String min = chunks.size() == 1 ? chunks.get(0) : "MIN(" + String.join(",", chunks) + ")";
        return "ROUND(" + min + ",4)";
    }

    private static String classification(int colTotal, int colRatio, int row, int bandRow) {
        String total = cellName(colTotal, row);
        String ratio = cellName(colRatio, row);
        StringBuilder f = new StringBuilder();
        for (int b = 0; b < 3; b++) {
            int r = bandRow + 3 + b;
            f.append("IF(AND(").append(total).append(">=$C$").append(r).append(',').append(ratio).append(">=$D$")
                    .append(r).append("),$B$").append(r).append(',');
        }
        return f.append("$B$").append(bandRow + 6).append(")))").toString();
    }

    private static void bands(Sheet s, WorkbookData.ClassificationBands bands, int row, WorkbookStyles st) {
        text(s, row, 1, "Mức xếp loại (sửa được; bảng điểm tự tính lại)", st.bold);
        text(s, row + 1, 1, "Xếp loại", st.header);
        text(s, row + 1, 2, "Tổng điểm từ", st.header);
        text(s, row + 1, 3, "Mỗi tiêu chí đạt từ (% điểm tối đa)", st.header);
        row(s, row + 1).setHeightInPoints(3 * 15f);
        String[] names = {EXCELLENT, GOOD, COMPLETED};
        WorkbookData.Band[] values = {bands.excellent(), bands.good(), bands.completed()};
        for (int b = 0; b < 3; b++) {
            text(s, row + 2 + b, 1, names[b], st.text);
            number(s, row + 2 + b, 2, values[b].minTotal(), st.score);
            number(s, row + 2 + b, 3, values[b].minPercent().movePointLeft(2), st.percent);
        }
        text(s, row + 5, 1, NOT_COMPLETED, st.text);
        text(s, row + 5, 2, "Còn lại", st.textCentred);
        text(s, row + 5, 3, "", st.textCentred);
    }

    /**
     * A unit's row of the scoreboard as its formulas compute it from the detail sheet and the bands:
     * group subtotals, bonus, deduction, total, lowest share of a criterion's maximum, rank and
     * classification. Written as the formulas' cached results; {@code ScoreboardWorkbookTest} checks
     * them against POI's evaluator and the app's own scoreboard, and against LibreOffice's recalculation.
     */
    record Figures(List<BigDecimal> groups, BigDecimal bonus, BigDecimal deduction, BigDecimal total,
                   BigDecimal lowest, int rank, String classification) {
    }

    static List<Figures> figures(WorkbookData d, List<Segment> segments) {
        List<Figures> rows = new ArrayList<>();
        for (WorkbookUnit unit : d.units()) {
            List<BigDecimal> groups = new ArrayList<>();
            BigDecimal bonus = BigDecimal.ZERO;
            BigDecimal deduction = BigDecimal.ZERO;
            BigDecimal lowest = null;
            for (Segment seg : segments) {
                BigDecimal sum = BigDecimal.ZERO;
                for (Criterion c : seg.criteria()) {
                    // SUM skips an empty cell; in a division an empty cell is 0.
                    BigDecimal score = unit.score(c.code()) == null ? BigDecimal.ZERO : unit.score(c.code());
                    sum = sum.add(score);
                    if (seg.kind() == CriterionKind.REGULAR && c.max().signum() > 0) {
                        BigDecimal share = score.divide(c.max(), MathContext.DECIMAL64);
                        lowest = lowest == null ? share : lowest.min(share);
                    }
                }
                switch (seg.kind()) {
                    case REGULAR -> groups.add(sum);
                    case BONUS -> bonus = sum;
                    case DEDUCTION -> deduction = sum;
                }
            }
            // Excel's ROUND rounds halves away from zero, as HALF_UP does.
            BigDecimal total = groups.stream().reduce(BigDecimal.ZERO, BigDecimal::add).add(bonus).subtract(deduction)
                    .setScale(2, RoundingMode.HALF_UP);
            lowest = lowest == null ? BigDecimal.ONE : lowest.setScale(4, RoundingMode.HALF_UP);
            rows.add(new Figures(groups, bonus, deduction, total, lowest, 0, classify(total, lowest, d.bands())));
        }
        // RANK(…, 0): one more than the totals above; equal totals share a rank and the next skips.
        List<Figures> ranked = new ArrayList<>();
        for (Figures f : rows) {
            int above = (int) rows.stream().filter(o -> o.total().compareTo(f.total()) > 0).count();
            ranked.add(new Figures(f.groups(), f.bonus(), f.deduction(), f.total(), f.lowest(), above + 1,
                    f.classification()));
        }
        return ranked;
    }

    private static String classify(BigDecimal total, BigDecimal lowest, WorkbookData.ClassificationBands bands) {
        String[] names = {EXCELLENT, GOOD, COMPLETED};
        WorkbookData.Band[] values = {bands.excellent(), bands.good(), bands.completed()};
        for (int b = 0; b < 3; b++) {
            if (total.compareTo(values[b].minTotal()) >= 0
                    && lowest.compareTo(values[b].minPercent().movePointLeft(2)) >= 0) {
                return names[b];
            }
        }
        return NOT_COMPLETED;
    }

    static String cellName(int col, int row1) {
        return CellReference.convertNumToColString(col) + row1;
    }

    /**
     * Widens the name column and the classification column to their longest text, within reason.
     * Counted in characters, not measured: POI's autosize draws every text with AWT's fonts (a tenth
     * of the workbook warm, and loading AWT's font system in a freshly started program); in Times New
     * Roman, the workbook's own font, a character is about the width unit of a column.
     */
    static void fit(Sheet s, int nameCol, int lastCol) {
        s.setColumnWidth(nameCol, Math.min(Math.max(longest(s, nameCol) + 2, 24), 45) * 256);
        s.setColumnWidth(lastCol, Math.min(Math.max(longest(s, lastCol) + 2, 30), 36) * 256);
    }

    /** The longest text of a column outside merged cells and wrapped headers, formulas' results included. */
    private static int longest(Sheet s, int col) {
        int longest = 0;
        for (Row r : s) {
            Cell c = r.getCell(col);
            if (c == null || c.getCellStyle().getWrapText() && r.getRowNum() < BOARD_FIRST) {
                continue;
            }
            boolean text = c.getCellType() == CellType.STRING
                    || c.getCellType() == CellType.FORMULA
                    && c.getCachedFormulaResultType() == CellType.STRING;
            if (text && !merged(s, c)) {
                longest = Math.max(longest, c.getStringCellValue().length());
            }
        }
        return longest;
    }

    private static boolean merged(Sheet s, Cell c) {
        for (int i = 0; i < s.getNumMergedRegions(); i++) {
            if (s.getMergedRegion(i).isInRange(c)) {
                return true;
            }
        }
        return false;
    }
}
