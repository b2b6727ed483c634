package vn.thidua.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VnFormatTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "108500        | 108.500",
            "16.30         | 16,3",
            "1.7           | 1,7",
            "0             | 0",
            "0.000         | 0",
            "-5            | -5",
            "-1234.5       | -1.234,5",
            "1E+3          | 1.000",
            "1234567.89    | 1.234.567,89",
            "999           | 999",
            "1000          | 1.000",
            "100000        | 100.000",
            "0.05          | 0,05",
            "3100          | 3.100",
            "25580         | 25.580"})
    void numbersUseDotsForThousandsAndACommaForDecimals(BigDecimal value, String expected) {
        assertThat(VnFormat.formatNumber(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with {1} decimals → {2}")
    @CsvSource(delimiter = '|', value = {
            "16.3       | 2 | 16,30",
            "16.345     | 2 | 16,35",
            "16.344     | 2 | 16,34",
            "108500     | 0 | 108.500",
            "2.5        | 0 | 3",
            "-2.5       | 0 | -3",
            "-0.001     | 2 | 0,00",
            "1234.5678  | 1 | 1.234,6",
            "999.96     | 1 | 1.000,0",
            "92.5       | 1 | 92,5"})
    void decimalsAreRoundedHalfUpToExactlyTheCountAsked(BigDecimal value, int decimals, String expected) {
        assertThat(VnFormat.formatDecimal(value, decimals)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with {1} decimals → {2}")
    @CsvSource(delimiter = '|', value = {
            "1.7       | 1 | 1,7%",
            "16.3      | 1 | 16,3%",
            "100       | 0 | 100%",
            "116.3003  | 1 | 116,3%",
            "-4.25     | 2 | -4,25%"})
    void percentagesCarryTheSignWithoutASpace(BigDecimal percent, int decimals, String expected) {
        assertThat(VnFormat.formatPercent(percent, decimals)).isEqualTo(expected);
    }

    @Test
    void negativeDecimalCountIsRefused() {
        assertThatThrownBy(() -> VnFormat.formatDecimal(BigDecimal.ONE, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingValuesAreWrittenAsNothing() {
        assertThat(VnFormat.formatNumber(null)).isEmpty();
        assertThat(VnFormat.formatDecimal(null, 2)).isEmpty();
        assertThat(VnFormat.formatPercent(null, 1)).isEmpty();
        assertThat(VnFormat.formatDate(null)).isEmpty();
        assertThat(VnFormat.formatDateTime(null)).isEmpty();
        assertThat(VnFormat.formatLongDate(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2019-12-11 | 11/12/2019",
            "2020-02-05 | 05/02/2020",
            "2021-01-01 | 01/01/2021"})
    void datesAreDayMonthYear(LocalDate date, String expected) {
        assertThat(VnFormat.formatDate(date)).isEqualTo(expected);
    }

    @Test
    void dateTimesPutTheTimeFirst() {
        assertThat(VnFormat.formatDateTime(LocalDateTime.of(2019, 12, 11, 8, 15))).isEqualTo("08:15 11/12/2019");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2019-12-11 | ngày 11 tháng 12 năm 2019",
            "2020-02-05 | ngày 05 tháng 02 năm 2020",
            "2021-01-01 | ngày 01 tháng 01 năm 2021",
            "2020-03-09 | ngày 09 tháng 3 năm 2020",
            "2019-10-10 | ngày 10 tháng 10 năm 2019"})
    void longDatesPadDaysBelowTenAndOnlyTheMonthsJanuaryAndFebruary(LocalDate date, String expected) {
        assertThat(VnFormat.formatLongDate(date)).isEqualTo(expected);
    }
}
