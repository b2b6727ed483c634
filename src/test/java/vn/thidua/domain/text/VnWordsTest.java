package vn.thidua.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers and fractions read aloud, as the minutes write a rule: "trên hai phần ba". */
class VnWordsTest {

    @ParameterizedTest
    @CsvSource({"2, 3, hai phần ba", "3, 4, ba phần tư", "1, 2, một phần hai", "4, 5, bốn phần năm",
        "15, 21, mười lăm phần hai mươi mốt", "24, 25, hai mươi tư phần hai mươi lăm", "11, 100, mười một phần một trăm",
        "14, 50, mười bốn phần năm mươi", "1, 105, một phần một trăm linh năm"})
    void aFractionIsWrittenInWords(int numerator, int denominator, String words) {
        assertThat(VnWords.fraction(numerator, denominator)).isEqualTo(words);
    }
}
