package vn.thidua.domain.voting;

import java.util.Objects;

/** Which members may stand: all, those classified excellent, or the top N of the scoreboard. */
public record EligibilityRule(Kind kind, int n) {

    public enum Kind {
        ALL,
        EXCELLENT,
        TOP_N
    }

    public EligibilityRule {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.TOP_N && n < 1) {
            throw new IllegalArgumentException("Top N needs N ≥ 1: " + n);
        }
        if (kind != Kind.TOP_N) {
            n = 0;
        }
    }

    public static EligibilityRule all() {
        return new EligibilityRule(Kind.ALL, 0);
    }

    public static EligibilityRule excellent() {
        return new EligibilityRule(Kind.EXCELLENT, 0);
    }

    public static EligibilityRule topN(int n) {
        return new EligibilityRule(Kind.TOP_N, n);
    }
}
