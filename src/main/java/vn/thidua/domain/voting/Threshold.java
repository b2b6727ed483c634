package vn.thidua.domain.voting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The threshold test in exact arithmetic: {@code votes·q} against {@code p·base}, the level being
 * {@code p/q} of the base. A rounded percentage would let 49,995 % pass "at least 50 %", or judge
 * "more than 66.666666 %" by 66.67; whole numbers never do.
 */
final class Threshold {


    private Threshold() {
    }

    /** Nobody meets a threshold of nothing: with a base of 0 no candidate qualifies. */
    static boolean meets(ThresholdOperator operator, ThresholdLevel level, int votes, int base) {
        if (base <= 0) {
            return false;
        }
        return operator.accepts(level.compareShare(votes, base));
    }

    static boolean meets(ThresholdOperator operator, BigDecimal percent, int votes, int base) {
        return meets(operator, ThresholdLevel.percent(percent), votes, base);
    }

    /**
     * The fewest votes that meet the threshold; the room understands "at least 5 votes" at a glance.
     * May exceed the base: then nobody can meet it with this base.
     */
    static int votesNeeded(ThresholdOperator operator, ThresholdLevel level, int base) {
        BigInteger q = level.shareDenominator();
        if (q.signum() <= 0) {
            return Integer.MAX_VALUE;
        }
        BigInteger[] div = level.shareNumerator().multiply(BigInteger.valueOf(base)).divideAndRemainder(q);
        BigInteger floor = div[0];
        BigInteger needed = operator == ThresholdOperator.GE
                ? (div[1].signum() == 0 ? floor : floor.add(BigInteger.ONE))
                : floor.add(BigInteger.ONE);
        return needed.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValueExact();
    }

    static int votesNeeded(ThresholdOperator operator, BigDecimal percent, int base) {
        return votesNeeded(operator, ThresholdLevel.percent(percent), base);
    }

    /** 100·votes/base with 2 decimals, for display only; 0 when there is no base. */
    static BigDecimal displayPercent(int votes, int base) {
        if (base <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(100L * votes).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
    }
}
