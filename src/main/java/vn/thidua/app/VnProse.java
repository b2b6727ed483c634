package vn.thidua.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import vn.thidua.app.documents.IndicatorRow;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.domain.text.VnWords;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.domain.voting.ThresholdLevel;
import vn.thidua.domain.voting.ThresholdOperator;

/** The phrases the documents write in Vietnamese: counts, lists of names, vote shares, the election rule. */
final class VnProse {

    private static final Locale VI = Texts.VIETNAMESE;

    private VnProse() {
    }

    /** Counts in prose: "08", "12". */
    static String count(int n) {
        return n > 0 && n < 10 ? "0" + n : Integer.toString(n);
    }

    static String upperFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VI) + s.substring(1);
    }

    /** "05/08 phiếu (62,50%)". */
    static String votes(int votes, int base, BigDecimal percent) {
        return count(votes) + "/" + count(base) + " phiếu (" + VnFormat.formatPercent(percent, 2) + ")";
    }

    /** "A", "A và B", "A, B và C". */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
    }

    /** The level as the rule was written: "66,666666%", or a fraction in words, "hai phần ba". */
    static String percent(ElectionSettings s) {
        if (s.level() instanceof ThresholdLevel.Fraction f) {
            return VnWords.fraction(f.numerator(), f.denominator());
        }
        return VnFormat.formatNumber(s.percent()) + "%";
    }

    /** "trên 50%" or "từ 70% trở lên so với", read before the base: "… số phiếu hợp lệ". */
    static String threshold(ElectionSettings s) {
        return s.operator() == ThresholdOperator.GT ? "trên " + percent(s) : "từ " + percent(s) + " trở lên so với";
    }

    static String base(ElectionSettings s) {
        return switch (s.base()) {
            case VALID -> "số phiếu hợp lệ";
            case RETURNED -> "số phiếu thu về";
            case MEMBERS -> "tổng số " + count(s.members()) + " đơn vị thành viên của khối";
        };
    }

    /** "Giá trị sản xuất công nghiệp 108.500 tỷ đồng, tăng 16,3% so với cùng kỳ, đạt 103,3% kế hoạch". */
    static String indicatorProse(IndicatorRow r) {
        StringBuilder sb = new StringBuilder(r.name());
        if (r.actual() != null) {
            sb.append(' ').append(VnFormat.formatNumber(r.actual()));
            sb.append("%".equals(r.measure()) ? "%" : r.measure().isEmpty() ? "" : " " + r.measure());
        }
        if (r.growth() != null) {
            BigDecimal g = r.growth().setScale(1, RoundingMode.HALF_UP);
            sb.append(g.signum() >= 0 ? ", tăng " : ", giảm ").append(VnFormat.formatNumber(g.abs()))
                    .append("% so với cùng kỳ");
        }
        if (r.percentOfPlan() != null) {
            sb.append(", đạt ").append(VnFormat.formatNumber(r.percentOfPlan().setScale(1,
                    RoundingMode.HALF_UP))).append("% kế hoạch");
        }
        return sb.toString();
    }
}
