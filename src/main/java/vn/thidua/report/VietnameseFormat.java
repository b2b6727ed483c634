package vn.thidua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import vn.thidua.domain.text.VnFormat;

/**
 * Numbers and dates the way a Vietnamese document prints them: 108.500 / 16,3 / 1,7% /
 * "ngày 05 tháng 02 năm 2020". Written out by hand rather than through a {@code vi-VN} locale,
 * because a packaged runtime without jdk.localedata silently falls back to English formats.
 */
public final class VietnameseFormat {

    private VietnameseFormat() {
    }

    /** 108500 → "108.500", 16.30 → "16,3", -0.5 → "-0,5"; null → "". */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder out = new StringBuilder(v.signum() < 0 ? "-" : "");
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(integer.charAt(i));
        }
        return fraction.isEmpty() ? out.toString() : out.append(',').append(fraction).toString();
    }

    /** Like {@link #number(BigDecimal)}, rounded half up to at most {@code decimals} places. */
    public static String number(BigDecimal value, int decimals) {
        return value == null ? "" : number(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /**
     * Exactly {@code decimals} digits after the comma, zeros kept: for a column of figures that must
     * read alike (98,0 beside 92,5, not 98 beside 92,5).
     */
    public static String fixed(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        String s = number(value.setScale(decimals, RoundingMode.HALF_UP));
        if (decimals == 0) {
            return s;
        }
        int comma = s.indexOf(',');
        if (comma < 0) {
            s += ",";
            comma = s.length() - 1;
        }
        return s + "0".repeat(decimals - (s.length() - comma - 1));
    }

    /** The digits after the comma {@code value} needs, at most {@code max}: 92.50 → 1, 98.00 → 0. */
    public static int decimalsOf(BigDecimal value, int max) {
        return value == null ? 0 : Math.min(max, Math.max(0, value.stripTrailingZeros().scale()));
    }

    /** 1.7 → "1,7%". */
    public static String percent(BigDecimal value, int decimals) {
        return value == null ? "" : number(value, decimals) + "%";
    }

    /**
     * A share of the votes, always with two decimals and the sign, exactly as the count screen and
     * {@code thidua tally} print it: 75 → "75,00%", 12.5 → "12,50%".
     */
    public static String votePercent(BigDecimal percent) {
        return VnFormat.formatPercent(percent, 2);
    }

    /** Counts in prose carry a leading zero from one to nine, as in "07 đơn vị", "08 phiếu"; none is "0". */
    public static String count(int n) {
        return n > 0 && n < 10 ? "0" + n : Integer.toString(n);
    }

    /** "11/12/2019". */
    public static String shortDate(LocalDate date) {
        return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /**
     * "ngày 11 tháng 12 năm 2019". Days below 10 and the months 1 and 2 take a leading zero
     * (Nghị định 30/2020/NĐ-CP), so nobody can add a digit in front by hand.
     */
    public static String longDate(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return "ngày " + (day < 10 ? "0" + day : day) + " tháng " + (month <= 2 ? "0" + month : month)
                + " năm " + date.getYear();
    }

    /** "9 giờ 15 phút". */
    public static String time(LocalDateTime at) {
        return time(at.toLocalTime());
    }

    /** "9 giờ 15 phút". */
    public static String time(LocalTime at) {
        return at.getHour() + " giờ " + "%02d".formatted(at.getMinute()) + " phút";
    }
}
