package vn.thidua.domain.indicator;

import java.math.BigDecimal;
import java.util.Objects;

/** An indicator of sample data, tied to its unit by code since ids are the store's to give. */
public record IndicatorSeed(String unitCode, String name, String measureUnit, BigDecimal plan,
                            BigDecimal actual, BigDecimal previousYear, String note) {

    public IndicatorSeed {
        Objects.requireNonNull(unitCode, "unitCode");
    }

    public Indicator toIndicator(long id, long unitId) {
        return new Indicator(id, unitId, name, measureUnit, plan, actual, previousYear, note);
    }
}
