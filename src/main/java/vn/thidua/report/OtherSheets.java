package vn.thidua.report;

import static vn.thidua.report.WorkbookStyles.banner;
import static vn.thidua.report.WorkbookStyles.formula;
import static vn.thidua.report.WorkbookStyles.merge;
import static vn.thidua.report.WorkbookStyles.number;
import static vn.thidua.report.WorkbookStyles.row;
import static vn.thidua.report.WorkbookStyles.text;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.app.documents.IndicatorRow;
import vn.thidua.app.documents.WorkbookData;

/** The indicators sheet and one sheet per election. */
final class OtherSheets {

    static final int INDICATORS_FIRST = 4;
    /** The papers take rows 5 to 8, the header row 10. */
    static final int ELECTION_FIRST = 10;

    /** Characters of the name and unit columns that fit on one line, with room to spare; a line's height. */
    static final int NAME_CHARS_PER_LINE = 46;
    static final int UNIT_CHARS_PER_LINE = 26;
    static final float LINE_POINTS = 15f;

    private OtherSheets() {
    }

    static int lines(String text, int perLine) {
        return Math.max(1, (text.length() + perLine - 1) / perLine);
    }

    /** Plan, actual and previous year typed in; % of plan and growth are formulas over them. */
    static void indicators(Sheet s, WorkbookData d, WorkbookStyles st) {
        String[] headers = {"STT", "Đơn vị", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Cùng kỳ năm trước",
                "Thực hiện so với kế hoạch", "Tăng so với cùng kỳ"};
        int lastCol = headers.length - 1;
        banner(s, 0, lastCol, "CHỈ TIÊU CHỦ YẾU NĂM " + d.year(), st.title);
        banner(s, 1, lastCol, d.blocName(), st.subtitle);
        for (int c = 0; c < headers.length; c++) {
            text(s, 3, c, headers[c], st.header);
        }
        row(s, 3).setHeightInPoints(3 * 15f);
        int r = INDICATORS_FIRST;
        for (int u = 0; u < d.indicators().size(); u++) {
            WorkbookData.UnitIndicators unit = d.indicators().get(u);
            if (unit.rows().isEmpty()) {
                continue;
            }
            int first = r;
            int lines = 0;
            for (IndicatorRow i : unit.rows()) {
                int x = r + 1;
                // Wrapped text does not grow its row on its own (Excel and LibreOffice keep the stored
                // height), so a long name would run over the next row: give it the lines it needs.
                int needed = lines(i.name(), NAME_CHARS_PER_LINE);
                if (needed > 1) {
                    row(s, r).setHeightInPoints(needed * LINE_POINTS);
                }
                lines += needed;
                text(s, r, 2, i.name(), st.text);
                text(s, r, 3, i.measure(), st.textCentred);
                number(s, r, 4, i.plan(), st.figure(i.plan()));
                number(s, r, 5, i.actual(), st.figure(i.actual()));
                number(s, r, 6, i.previous(), st.figure(i.previous()));
                String ofPlan = "IF(OR(E" + x + "=\"\",E" + x + "=0,F" + x + "=\"\"),\"\",F" + x + "/E" + x + ")";
                String growth = "IF(OR(G" + x + "=\"\",G" + x + "=0,F" + x + "=\"\"),\"\",F" + x + "/G" + x + "-1)";
                // The formulas' results, as cached values (WorkbookStyles.formula).
                if (ratioDefined(i.plan(), i.actual())) {
                    formula(s, r, 7, ofPlan, st.percent, i.actual().doubleValue() / i.plan().doubleValue());
                } else {
                    formula(s, r, 7, ofPlan, st.percent, "");
                }
                if (ratioDefined(i.previous(), i.actual())) {
                    formula(s, r, 8, growth, st.percent, i.actual().doubleValue() / i.previous().doubleValue() - 1);
                } else {
                    formula(s, r, 8, growth, st.percent, "");
                }
                r++;
            }
            int unitLines = lines(unit.unitName(), UNIT_CHARS_PER_LINE);
            if (unitLines > lines) {
                Row last = row(s, r - 1);
                last.setHeightInPoints(last.getHeightInPoints() + (unitLines - lines) * LINE_POINTS);
            }
            number(s, first, 0, BigDecimal.valueOf(u + 1L), st.integer);
            text(s, first, 1, unit.unitName(), st.text);
            merge(s, first, r - 1, 0, 0, st.integer);
            merge(s, first, r - 1, 1, 1, st.text);
        }
        s.createFreezePane(0, INDICATORS_FIRST);
        int[] widths = {6, 30, 42, 11, 13, 13, 13, 13, 13};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        st.printSetup(s, Math.max(r - 1, 3), lastCol, 3, 3);
    }

    /** As the formula's IF: a base that is there and not 0, and an actual figure. */
    private static boolean ratioDefined(BigDecimal base, BigDecimal actual) {
        return base != null && base.signum() != 0 && actual != null;
    }

    static void elections(XSSFWorkbook wb, WorkbookData d, WorkbookStyles st) {
        Set<String> used = new HashSet<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            used.add(wb.getSheetName(i).toLowerCase());
        }
        for (WorkbookData.ElectionSheet e : d.elections()) {
            election(wb.createSheet(sheetName(e.title(), e.round(), used)), e, d, st);
        }
    }

    /** Excel's limit on a sheet name. */
    static final int SHEET_NAME_MAX = 31;

    /**
     * Shortenings a reader of Vietnamese documents knows, applied one at a time, only as far as
     * needed to fit Excel's 31 characters.
     */
    private static final String[][] SHORTER = {
        {" của ", " "}, {"Ủy ban nhân dân", "UBND"}, {"Uỷ ban nhân dân", "UBND"}, {"Cờ thi đua", "Cờ TĐ"},
        {"Bằng khen", "BK"}, {"Chính phủ", "CP"}, {"Thủ tướng", "TTg"}, {"Chiến sĩ thi đua", "CSTĐ"},
        {"Tập thể lao động xuất sắc", "TTLĐXS"},
    };

    /**
     * The sheet of an election round: its title shortened by known abbreviations until it fits
     * (a runoff keeps its " – vòng N"), cut at a word only as a last resort; no []:*?/\ and no two
     * sheets alike regardless of case.
     */
    static String sheetName(String title, int round, Set<String> used) {
        String suffix = round > 1 ? " – vòng " + round : "";
        // Not WorkbookUtil.createSafeSheetName: it cuts at 31 characters before anything can be shortened.
        String base = title.replaceAll("[\\[\\]:*?/\\\\]", "-").replaceAll("^'+|'+$", "").strip();
        if (base.isEmpty()) {
            base = "Bầu suy tôn";
        }
        int room = SHEET_NAME_MAX - suffix.length();
        for (String[] s : SHORTER) {
            if (base.length() <= room) {
                break;
            }
            base = base.replace(s[0], s[1]);
        }
        base = cut(base, room);
        String name = base + suffix;
        for (int n = 2; used.contains(name.toLowerCase()); n++) {
            String more = suffix + " (" + n + ")";
            name = cut(base, SHEET_NAME_MAX - more.length()) + more;
        }
        used.add(name.toLowerCase());
        return name;
    }

    /** {@code text} within {@code max} characters, cut after a whole word with "…" when it must be cut. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        String kept = space > max / 2 ? text.substring(0, space) : text.substring(0, max - 1);
        return kept.strip() + "…";
    }

    private static final String[] PAPERS = {"Số phiếu phát ra", "Số phiếu thu về", "Số phiếu hợp lệ",
        "Số phiếu không hợp lệ"};

    private static void election(Sheet s, WorkbookData.ElectionSheet e, WorkbookData d, WorkbookStyles st) {
        String[] headers = {"Số TT", "Đơn vị", "Số phiếu đồng ý", "Tỷ lệ", "Kết quả"};
        int lastCol = headers.length - 1;
        banner(s, 0, lastCol, "KẾT QUẢ BỎ PHIẾU SUY TÔN NĂM " + d.year(), st.title);
        banner(s, 1, lastCol, e.round() > 1 ? e.title() + " – bầu lại vòng " + e.round() : e.title(), st.title);
        banner(s, 2, lastCol, d.blocName() + " – số đơn vị được suy tôn: " + e.seats() + "; tỷ lệ phiếu: "
                + e.rule(), st.subtitle);
        WorkbookData.Papers p = e.papers();
        int[] papers = {p.issued(), p.returned(), p.valid(), p.invalid()};
        for (int i = 0; i < PAPERS.length; i++) {
            text(s, 4 + i, 1, PAPERS[i], st.text);
            number(s, 4 + i, 2, BigDecimal.valueOf(papers[i]), st.integer);
        }
        int header = ELECTION_FIRST - 1;
        for (int c = 0; c < headers.length; c++) {
            text(s, header, c, headers[c], st.header);
        }
        row(s, header).setHeightInPoints(2 * 15f);
        for (int i = 0; i < e.rows().size(); i++) {
            WorkbookData.ElectionRow row = e.rows().get(i);
            int r = ELECTION_FIRST + i;
            number(s, r, 0, BigDecimal.valueOf(i + 1L), st.integer);
            text(s, r, 1, row.unitName(), st.text);
            number(s, r, 2, BigDecimal.valueOf(row.votes()), st.integer);
            number(s, r, 3, row.percent().movePointLeft(2), st.votePercent);
            text(s, r, 4, row.result(), st.textCentred);
        }
        s.createFreezePane(0, ELECTION_FIRST);
        int[] widths = {7, 42, 14, 12, 20};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        st.printSetup(s, Math.max(ELECTION_FIRST + e.rows().size() - 1, header), lastCol, header, header);
    }
}
