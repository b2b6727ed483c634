package vn.thidua.domain.voting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.math.MathContext;

/**
 * How much of the base a candidate needs, exactly as the bloc wrote it: a percentage with as many
 * decimals as given ({@code 66.666666} %) or a fraction ({@code 2/3}, "hai phần ba"). It is never
 * rounded: a candidate is judged by cross-multiplying whole numbers, {@code votes·q} against
 * {@code p·base} where {@code p/q} is the level as a share of the base.
 */
public sealed interface ThresholdLevel {

    /** The most decimals a percentage may have; more is refused rather than silently cut. */
    int MAX_DECIMALS = 10;

    /** The largest numerator or denominator of a fraction: rules say "2/3", "3/4", never "517/999". */
    int MAX_FRACTION_TERM = 100;

    /** The level as a share of the base, {@code p/q}, q &gt; 0 (not reduced). */
    BigInteger shareNumerator();

    BigInteger shareDenominator();

    /** How it is stored and fingerprinted: {@code 66.666666} (dot decimal, no trailing zeros) or {@code 2/3}. */
    String written();

    /** The percentage with at most 2 decimals, for bars and labels; never for judging. */
    BigDecimal displayPercent();

    /** A percentage, e.g. 50, 66.666666. */
    record Percent(BigDecimal value) implements ThresholdLevel {
        public Percent {
            Objects.requireNonNull(value, "value");
            BigDecimal stripped = value.stripTrailingZeros();
            value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }

        @Override
        public BigInteger shareNumerator() {
            return value.unscaledValue();
        }

        @Override
        public BigInteger shareDenominator() {
            return BigInteger.TEN.pow(value.scale()).multiply(BigInteger.valueOf(100));
        }

        @Override
        public String written() {
            return value.toPlainString();
        }

        @Override
        public BigDecimal displayPercent() {
            return value.scale() <= 2 ? value : value.setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** A fraction of the base, e.g. 2/3. */
    record Fraction(int numerator, int denominator) implements ThresholdLevel {
        @Override
        public BigInteger shareNumerator() {
            return BigInteger.valueOf(numerator);
        }

        @Override
        public BigInteger shareDenominator() {
            return BigInteger.valueOf(denominator);
        }

        @Override
        public String written() {
            return numerator + "/" + denominator;
        }

        @Override
        public BigDecimal displayPercent() {
            if (denominator == 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal p = BigDecimal.valueOf(100L * numerator)
                    .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP).stripTrailingZeros();
            return p.scale() < 0 ? p.setScale(0) : p;
        }
    }

    static ThresholdLevel percent(BigDecimal value) {
        return new Percent(value);
    }

    static ThresholdLevel fraction(int numerator, int denominator) {
        return new Fraction(numerator, denominator);
    }

    /**
     * Reads the stored (and command-line) form: {@code 50}, {@code 66.666666} (a dot before the
     * decimals, never between thousands) or {@code 2/3}; an optional {@code %} after a percentage.
     * Null when the text is neither.
     */
    static ThresholdLevel parse(String text) {
        String t = text == null ? "" : text.strip();
        int slash = t.indexOf('/');
        if (slash >= 0) {
            String n = t.substring(0, slash).strip();
            String d = t.substring(slash + 1).strip();
            if (!n.matches("[0-9]{1,9}") || !d.matches("[0-9]{1,9}")) {
                return null;
            }
            return new Fraction(Integer.parseInt(n), Integer.parseInt(d));
        }
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (!t.matches("[0-9]{1,9}(\\.[0-9]{1,30})?")) {
            return null;
        }
        return new Percent(new BigDecimal(t));
    }

    /** The level as a share of the base (0–1), for drawing the threshold line; never for judging. */
    default double share() {
        return new BigDecimal(shareNumerator()).divide(new BigDecimal(shareDenominator()), MathContext.DECIMAL64)
                .doubleValue();
    }

    /** The sign of {@code votes/base − level}: exact, by cross-multiplication. */
    default int compareShare(int votes, int base) {
        BigInteger have = BigInteger.valueOf(votes).multiply(shareDenominator());
        BigInteger need = shareNumerator().multiply(BigInteger.valueOf(base));
        return have.compareTo(need);
    }

    /**
     * Why this level cannot be a threshold with {@code operator}, as a message key, or null when it
     * can: a share above the whole base, or "more than all of it", can never be met.
     */
    default String problemWith(ThresholdOperator operator) {
        if (this instanceof Fraction f && (f.denominator() < 1 || f.denominator() > MAX_FRACTION_TERM
                || f.numerator() < 1 || f.numerator() > MAX_FRACTION_TERM)) {
            return "voting.error.fractionTerms";
        }
        if (this instanceof Percent p && (p.value().signum() < 0 || p.value().compareTo(BigDecimal.valueOf(100)) > 0)) {
            return "voting.error.percentRange";
        }
        if (this instanceof Percent p && p.value().scale() > MAX_DECIMALS) {
            return "voting.error.percentDecimals";
        }
        int ofWhole = shareNumerator().compareTo(shareDenominator());
        if (ofWhole > 0 || (ofWhole == 0 && operator == ThresholdOperator.GT)) {
            return "voting.error.thresholdUnreachable";
        }
        return null;
    }
}
