package vn.thidua.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.domain.text.VnFormat;

class IndicatorTest {

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static Indicator indicator(String plan, String actual, String previousYear) {
        return new Indicator(1, 2, "Giá trị sản xuất công nghiệp", "tỷ đồng",
                decimal(plan), decimal(actual), decimal(previousYear), null);
    }

    @ParameterizedTest(name = "actual {1} of plan {0} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "98     | 98     | 100,0%",
            "100000 | 108500 | 108,5%",
            "3      | 1      | 33,3%",
            "50     | 0      | 0,0%",
            "0      | 5      | -",
            "-      | 5      | -",
            "5      | -      | -"})
    void percentOfPlanIsEmptyWithoutAPlanOtherThanZeroOrAnActual(String plan, String actual, String expected) {
        assertThat(indicator(plan, actual, null).percentOfPlan().map(p -> VnFormat.formatPercent(p, 1)))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0} after {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "108500 | 93293  | 16,3%",
            "101.7  | 100    | 1,7%",
            "90     | 100    | -10,0%",
            "100    | 100    | 0,0%",
            "5      | 0      | -",
            "5      | -      | -",
            "-      | 100    | -"})
    void growthIsEmptyWithoutAPreviousYearOtherThanZeroOrAnActual(String actual, String previous, String expected) {
        assertThat(indicator(null, actual, previous).growth().map(g -> VnFormat.formatPercent(g, 1)))
                .isEqualTo(Optional.ofNullable(expected));
    }
}
