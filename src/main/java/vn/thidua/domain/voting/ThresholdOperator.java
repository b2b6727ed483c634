package vn.thidua.domain.voting;

import java.util.Locale;

/** How a candidate's percentage is compared with the election's threshold. */
public enum ThresholdOperator {
    GT(">"),
    GE(">=");

    private final String symbol;

    ThresholdOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Message key naming the operator in words ("hơn", "từ … trở lên"). */
    public String key() {
        return "voting.operator." + code();
    }

    /** Lower-case name, used in message keys. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code >} or {@code >=} (also {@code ≥}, as printed rules write it). */
    public static ThresholdOperator parse(String text) {
        String t = text == null ? "" : text.strip();
        return switch (t) {
            case ">" -> GT;
            case ">=", "≥" -> GE;
            default -> throw new IllegalArgumentException("Not a threshold operator: '" + text + "'");
        };
    }

    /** Whether a comparison result ({@code votes·100} against {@code percent·base}) passes. */
    boolean accepts(int comparison) {
        return this == GT ? comparison > 0 : comparison >= 0;
    }
}
