package vn.thidua.domain.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a number as a Vietnamese user types it. Dots group thousands and a comma marks the
 * decimals; a lone dot is taken as a decimal point only where it cannot be a thousands dot.
 * What could honestly mean two numbers is refused rather than guessed.
 */
final class VnNumberParser {

    static final String EMPTY = "number.error.empty";
    static final String UNREADABLE = "number.error.unreadable";
    static final String ENGLISH_SEPARATORS = "number.error.englishSeparators";
    static final String AMBIGUOUS_DOT = "number.error.ambiguousDot";
    static final String TOO_MANY_COMMAS = "number.error.tooManyCommas";
    static final String BAD_GROUPING = "number.error.badGrouping";

    private static final Pattern DIGITS_AND_SEPARATORS = Pattern.compile("\\d([\\d.,]*\\d)?");
    private static final Pattern VN_GROUPED = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+");
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern ENGLISH_DECIMAL_AFTER_GROUP = Pattern.compile("\\d{1,3},\\d{3}\\.\\d+");

    private VnNumberParser() {
    }

    static ParseResult parse(String input) {
        // Text pasted from Word often carries no-break spaces, which strip() keeps.
        String text = input == null ? "" : input.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        if (text.isEmpty()) {
            return ParseResult.refused(EMPTY);
        }
        String s = text;
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        boolean negative = s.startsWith("-") || s.startsWith("\u2212");
        if (negative || s.startsWith("+")) {
            s = s.substring(1);
        }
        if (!DIGITS_AND_SEPARATORS.matcher(s).matches()) {
            return ParseResult.refused(UNREADABLE, text);
        }
        ParseResult body = parseUnsigned(s, text);
        if (body instanceof ParseResult.Ok ok) {
            return ParseResult.ok(negative ? ok.value().negate() : ok.value(), percent);
        }
        return body;
    }

    private static ParseResult parseUnsigned(String s, String text) {
        int comma = s.indexOf(',');
        if (comma != s.lastIndexOf(',')) {
            return ParseResult.refused(ENGLISH_GROUPED.matcher(s).matches() ? ENGLISH_SEPARATORS : TOO_MANY_COMMAS, text);
        }
        if (comma >= 0 && s.lastIndexOf('.') > comma) {
            return ParseResult.refused(ENGLISH_DECIMAL_AFTER_GROUP.matcher(s).matches() ? ENGLISH_SEPARATORS : UNREADABLE, text);
        }
        String integer = comma >= 0 ? s.substring(0, comma) : s;
        String fraction = comma >= 0 ? s.substring(comma + 1) : "";
        if (integer.isEmpty() || (comma >= 0 && fraction.isEmpty())) {
            return ParseResult.refused(UNREADABLE, text);
        }
        int dots = (int) integer.chars().filter(c -> c == '.').count();
        if (dots == 0) {
            return ParseResult.ok(decimal(integer, fraction), false);
        }
        if (VN_GROUPED.matcher(integer).matches()) {
            return ParseResult.ok(decimal(integer.replace(".", ""), fraction), false);
        }
        if (dots == 1 && comma < 0) {
            return loneDot(s, text);
        }
        return ParseResult.refused(BAD_GROUPING, text);
    }

    /** A lone dot not forming a valid thousands group: a decimal point unless it has exactly 3 digits after it. */
    private static ParseResult loneDot(String s, String text) {
        int dot = s.indexOf('.');
        if (s.length() - dot - 1 == 3) {
            // "0.500" or "1234.500": an English decimal or a mistyped thousands dot, no way to tell.
            return ParseResult.refused(AMBIGUOUS_DOT, text);
        }
        return ParseResult.ok(decimal(s.substring(0, dot), s.substring(dot + 1)), false);
    }

    private static BigDecimal decimal(String integerDigits, String fractionDigits) {
        return new BigDecimal(fractionDigits.isEmpty() ? integerDigits : integerDigits + "." + fractionDigits);
    }
}
