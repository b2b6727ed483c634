package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "108500 | 108.500", "16.3 | 16,3", "16.30 | 16,3", "25580.00 | 25.580", "1234567.891 | 1.234.567,891",
            "0 | 0", "-0.5 | -0,5", "-1700 | -1.700", "1E+3 | 1.000", "999 | 999"})
    void numbersUseDotsForThousandsAndCommaForDecimals(String value, String expected) {
        assertThat(VietnameseFormat.number(new BigDecimal(value))).isEqualTo(expected);
    }

    @Test
    void percentRoundsHalfUp() {
        assertThat(VietnameseFormat.percent(new BigDecimal("1.74"), 1)).isEqualTo("1,7%");
        assertThat(VietnameseFormat.percent(new BigDecimal("16.25"), 1)).isEqualTo("16,3%");
        assertThat(VietnameseFormat.number(new BigDecimal("85.714"), 2)).isEqualTo("85,71");
        assertThat(VietnameseFormat.number(null)).isEmpty();
    }

    @Test
    void datesFollowTheDecreeOnLeadingZeros() {
        assertThat(VietnameseFormat.longDate(LocalDate.of(2019, 12, 11))).isEqualTo("ngày 11 tháng 12 năm 2019");
        assertThat(VietnameseFormat.longDate(LocalDate.of(2020, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2020");
        assertThat(VietnameseFormat.longDate(LocalDate.of(2020, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2020");
        assertThat(VietnameseFormat.shortDate(LocalDate.of(2019, 12, 1))).isEqualTo("01/12/2019");
        assertThat(VietnameseFormat.time(LocalDateTime.of(2019, 12, 11, 9, 5))).isEqualTo("9 giờ 05 phút");
    }

    @Test
    void countsInProseHaveTwoDigitsBelowTen() {
        assertThat(VietnameseFormat.count(7)).isEqualTo("07");
        assertThat(VietnameseFormat.count(0)).isEqualTo("0");
        assertThat(VietnameseFormat.count(12)).isEqualTo("12");
    }

    @Test
    void aColumnOfFiguresKeepsOneCountOfDecimals() {
        Assertions.assertThat(VietnameseFormat.fixed(new BigDecimal("98"), 1)).isEqualTo("98,0");
        Assertions.assertThat(VietnameseFormat.fixed(new BigDecimal("92.5"), 2)).isEqualTo("92,50");
        Assertions.assertThat(VietnameseFormat.fixed(new BigDecimal("1085.25"), 0)).isEqualTo("1.085");
        Assertions.assertThat(VietnameseFormat.fixed(new BigDecimal("1234.5"), 1)).isEqualTo("1.234,5");
        Assertions.assertThat(VietnameseFormat.decimalsOf(new BigDecimal("92.50"), 2)).isEqualTo(1);
        Assertions.assertThat(VietnameseFormat.decimalsOf(new BigDecimal("98.00"), 2)).isZero();
    }
}
