package vn.thidua.domain.bloc;

import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;

/**
 * The "Căn cứ …" lines that open an award proposal: the law, the decree in force that details it,
 * the province's regulation and the bloc's own. The law and its decrees change every few years, so
 * each shipped line carries the days it applies on, and a year gets the lines in force on its
 * conference day (a 2019 year gets what applied in 2019). A year's own lines, when the secretary
 * has written them, replace these.
 */
public final class LegalBasis {

    /** A line and the days it applies on, {@code until} exclusive (null: still in force). */
    public record Line(LocalDate from, LocalDate until, String text) {
        boolean appliesOn(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    /** Where a number or a date is left to fill in: the line prints it as a dotted blank. */
    public static final String BLANK = "…";

    private static final LocalDate LAW_2022 = LocalDate.of(2024, 1, 1);
    private static final LocalDate DECREE_152 = LocalDate.of(2025, 7, 1);

    /** The shipped lines, oldest first; checked against the texts' own titles and dates of effect. */
    static final List<Line> SHIPPED = List.of(
            // Luật số 15/2003/QH11, amended by Luật số 47/2005/QH11 and Luật số 39/2013/QH13.
            new Line(LocalDate.of(2004, 7, 1), LAW_2022, "Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật "
                    + "sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 14 tháng 6 năm 2005 và ngày "
                    + "16 tháng 11 năm 2013"),
            // Luật số 06/2022/QH15, in force from 1 January 2024.
            new Line(LAW_2022, null, "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"),
            // In force from 1 October 2017, replaced on 1 January 2024.
            new Line(LocalDate.of(2017, 10, 1), LAW_2022, "Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của "
                    + "Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng"),
            new Line(LAW_2022, DECREE_152, "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy "
                    + "định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng"),
            // Signed 14 June 2025 (its number and title as the Government's announcement and the Ministry of
            // Home Affairs' notices cite it); in force from 1 July 2025 in place of Nghị định 98/2023/NĐ-CP,
            // as issue 15 states: that day and the replacement were not found in a text checked here.
            new Line(DECREE_152, null, "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định "
                    + "về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi "
                    + "hành một số điều của Luật Thi đua, khen thưởng"));

    private LegalBasis() {
    }

    /**
     * The default lines for a conference on {@code day} of {@code blocName}: the law and decree in
     * force that day, the province's regulation (its number and day left blank) and the bloc's own.
     */
    public static List<String> defaults(LocalDate day, String blocName) {
        List<String> out = new ArrayList<>();
        for (Line l : SHIPPED) {
            if (l.appliesOn(day)) {
                out.add(l.text());
            }
        }
        out.add("Quyết định số " + BLANK + "/QĐ-UBND ngày " + BLANK + " của Ủy ban nhân dân tỉnh ban hành Quy chế "
                + "công tác thi đua, khen thưởng trên địa bàn tỉnh");
        out.add("Quy chế hoạt động của " + blocName);
        return out;
    }
}
