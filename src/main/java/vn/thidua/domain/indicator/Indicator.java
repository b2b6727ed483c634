package vn.thidua.domain.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit's annual figure (chỉ tiêu): plan (kế hoạch), actual (thực hiện) and the previous
 * year's actual (cùng kỳ), each of which may be unknown.
 */
public record Indicator(long id, long unitId, String name, String measureUnit, BigDecimal plan,
                        BigDecimal actual, BigDecimal previousYear, String note) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Indicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(measureUnit, "measureUnit");
    }

    /** actual ÷ plan × 100; empty without an actual or a plan other than 0. */
    public Optional<BigDecimal> percentOfPlan() {
        return ratio(actual, plan);
    }

    /** (actual − previous year) ÷ previous year × 100; empty without both or when the base is 0. */
    public Optional<BigDecimal> growth() {
        return ratio(actual, previousYear).map(p -> p.subtract(HUNDRED));
    }

    // Sixteen digits: rounding happens once, when the figure is written out.
    private static Optional<BigDecimal> ratio(BigDecimal value, BigDecimal base) {
        if (value == null || base == null || base.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(value.multiply(HUNDRED).divide(base, MathContext.DECIMAL64));
    }
}
