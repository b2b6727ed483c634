package vn.thidua.domain.voting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The threshold test in exact arithmetic: {@code votes·100} against {@code percent·base}.
 * A rounded percentage would let 49,995 % pass "at least 50 %"; integers and BigDecimal never do.
 */
final class Threshold {


    private Threshold() {
    }

    /** Nobody meets a threshold of nothing: with a base of 0 no candidate qualifies. */
    static boolean meets(ThresholdOperator operator, BigDecimal percent, int votes, int base) {
        if (base <= 0) {
            return false;
        }
        BigDecimal have = BigDecimal.valueOf(100L * votes);
        BigDecimal need = percent.multiply(BigDecimal.valueOf(base));
        return operator.accepts(have.compareTo(need));
    }

    /** The fewest votes that meet the threshold; the room understands "at least 5 votes" at a glance. */
    static int votesNeeded(ThresholdOperator operator, BigDecimal percent, int base) {
        BigDecimal exact = percent.multiply(BigDecimal.valueOf(base)).movePointLeft(2);
        return operator == ThresholdOperator.GE
                ? exact.setScale(0, RoundingMode.CEILING).intValueExact()
                : exact.setScale(0, RoundingMode.FLOOR).intValueExact() + 1;
    }

    /** 100·votes/base with 2 decimals, for display only; 0 when there is no base. */
    static BigDecimal displayPercent(int votes, int base) {
        if (base <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(100L * votes).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
    }
}
