package vn.thidua.domain.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;

/**
 * The one place that writes and reads numbers, dates and name order the Vietnamese way:
 * {@code 108.500}, {@code 16,3}, {@code 1,7%}, {@code 11/12/2019}.
 *
 * <p>Numbers are grouped by hand rather than through {@code NumberFormat} so that the output
 * never depends on which locales the packaged runtime happens to contain.
 */
public final class VnFormat {

    /** Appended to the JDK's root rules; see {@link #collator()}. */
    static final String VIETNAMESE_RULES =
            // Tones weigh less than letters, in the order CLDR and the JDK use: ngang, huyền, hỏi, ngã, sắc, nặng.
            "&\u0300;\u0309;\u0303;\u0301;\u0323"
            // Đ is a letter of its own after D; ă, â, ê, ô, ơ, ư after their base letters.
            + "&D<\u0111,\u0110"
            + "&Z<\u0306<\u0302<\u031B"
            // A name is read word by word: a space sorts before any letter ("Tân Uyên" < "Tâng").
            + "&'\u005F'<' '";

    private static final RuleBasedCollator COLLATOR = buildCollator();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu");

    private VnFormat() {
    }

    /** {@code 108500} → "108.500", {@code 16.30} → "16,3": as many decimals as the value needs. */
    public static String formatNumber(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal trimmed = value.stripTrailingZeros();
        return write(trimmed.scale() < 0 ? trimmed.setScale(0) : trimmed);
    }

    /** Rounded half up to exactly {@code decimals} places: (16.3, 2) → "16,30". */
    public static String formatDecimal(BigDecimal value, int decimals) {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be >= 0: " + decimals);
        }
        return value == null ? "" : write(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A value already in percent: (1.7, 1) → "1,7%". */
    public static String formatPercent(BigDecimal percent, int decimals) {
        return percent == null ? "" : formatDecimal(percent, decimals) + "%";
    }

    /** "11/12/2019". */
    public static String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "08:15 11/12/2019", the time first as Vietnamese write it. */
    public static String formatDateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }

    /**
     * "ngày 11 tháng 12 năm 2019". Days below 10 and the months 1 and 2 get a leading zero
     * (Nghị định 30/2020/NĐ-CP, Phụ lục I) so that nobody can later write a 1 or 2 in front.
     */
    public static String formatLongDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        int month = date.getMonthValue();
        return "ngày " + String.format(Locale.ROOT, "%02d", date.getDayOfMonth())
                + " tháng " + (month <= 2 ? "0" + month : String.valueOf(month))
                + " năm " + date.getYear();
    }

    /** Reads what the user typed; see {@link ParseResult} for the refusals. */
    public static ParseResult parseNumber(String input) {
        return VnNumberParser.parse(input);
    }

    /**
     * A fresh Vietnamese collator (a Collator is mutable, so each caller gets its own).
     *
     * <p>Built from the root rules plus the Vietnamese tailoring rather than
     * {@code Collator.getInstance(vi-VN)}: a runtime without {@code jdk.localedata} would
     * silently give the root order. The JDK's own tailoring ignores spaces, which puts
     * "Tâng" before "Tân Uyên"; here a space counts and sorts before every letter.
     */
    public static Collator collator() {
        return (Collator) COLLATOR.clone();
    }

    /** Unit and person names in Vietnamese order. */
    public static Comparator<String> nameOrder() {
        Collator collator = collator();
        return collator::compare;
    }

    private static RuleBasedCollator buildCollator() {
        RuleBasedCollator root = (RuleBasedCollator) Collator.getInstance(Locale.ROOT);
        try {
            RuleBasedCollator vietnamese = new RuleBasedCollator(root.getRules() + VIETNAMESE_RULES);
            vietnamese.setStrength(Collator.TERTIARY);
            // Text typed on some keyboards arrives decomposed (a + combining accent).
            vietnamese.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
            return vietnamese;
        } catch (ParseException e) {
            throw new IllegalStateException("Vietnamese collation rules do not parse", e);
        }
    }

    private static String write(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        StringBuilder out = new StringBuilder(value.signum() < 0 ? "-" : "");
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(integer.charAt(i));
        }
        return point < 0 ? out.toString() : out.append(',').append(plain, point + 1, plain.length()).toString();
    }
}
