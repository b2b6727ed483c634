package vn.thidua.app.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One indicator of a unit or a sector. Figures are numbers, never text, so that Word shows them
 * the Vietnamese way (108.500 / 16,3) and Excel can compute with them.
 *
 * @param percentOfPlan actual as a percentage of plan (108,5 means 108,5 %); null when unknown
 * @param growth        percentage change on the previous year (16,3 means +16,3 %); null when unknown
 */
public record IndicatorRow(String name, String measure, BigDecimal plan, BigDecimal actual, BigDecimal previous,
                           BigDecimal percentOfPlan, BigDecimal growth) {

    public IndicatorRow {
        Objects.requireNonNull(name, "name");
        measure = measure == null ? "" : measure;
    }

    /** A row whose percentage of plan and growth are derived here, to one decimal place. */
    public static IndicatorRow of(String name, String measure, BigDecimal plan, BigDecimal actual,
                                  BigDecimal previous) {
        return new IndicatorRow(name, measure, plan, actual, previous,
                ratioPercent(actual, plan, BigDecimal.ZERO), ratioPercent(actual, previous, BigDecimal.valueOf(100)));
    }

    private static BigDecimal ratioPercent(BigDecimal actual, BigDecimal base, BigDecimal minus) {
        if (actual == null || base == null || base.signum() == 0) {
            return null;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(base, 1, RoundingMode.HALF_UP).subtract(minus);
    }
}
