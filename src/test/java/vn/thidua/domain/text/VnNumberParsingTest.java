package vn.thidua.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.thidua.domain.bloc.Problem;

class VnNumberParsingTest {

    @ParameterizedTest(name = "\"{0}\" → {1}, percent {2}")
    @CsvSource(delimiter = '|', value = {
            "108.500          | 108500     | false",
            "1.234.567,89     | 1234567.89 | false",
            "16,3             | 16.3       | false",
            "1,7%             | 1.7        | true",
            "'1,7 %'          | 1.7        | true",
            "100%             | 100        | true",
            "-0,5%            | -0.5       | true",
            "-5               | -5         | false",
            "+5               | 5          | false",
            "−5               | -5         | false",
            "108500           | 108500     | false",
            "16.3             | 16.3       | false",
            "16.30            | 16.30      | false",
            "1.2345           | 1.2345     | false",
            "1234.5           | 1234.5     | false",
            "1.500            | 1500       | false",
            "1.000.000        | 1000000    | false",
            "-1.234,5         | -1234.5    | false",
            "0,5              | 0.5        | false",
            "0                | 0          | false",
            "007              | 7          | false",
            "1,234            | 1.234      | false",
            "'   16,3   '     | 16.3       | false",
            "'\u00A016,3\u00A0' | 16.3     | false"})
    void readsWhatVietnameseUsersType(String input, BigDecimal expected, boolean percent) {
        ParseResult result = VnFormat.parseNumber(input);

        assertThat(result).isInstanceOf(ParseResult.Ok.class);
        ParseResult.Ok ok = (ParseResult.Ok) result;
        assertThat(ok.value()).isEqualByComparingTo(expected);
        assertThat(ok.wasPercent()).isEqualTo(percent);
    }

    @Test
    void keepsTheDecimalsAsTyped() {
        assertThat(((ParseResult.Ok) VnFormat.parseNumber("16,30")).value()).isEqualTo(new BigDecimal("16.30"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "1,234,567     | number.error.englishSeparators",
            "1,234.5       | number.error.englishSeparators",
            "1,234,567.89  | number.error.englishSeparators",
            "0.500         | number.error.ambiguousDot",
            "1234.500      | number.error.ambiguousDot",
            "012.500       | number.error.ambiguousDot",
            "1,2,3         | number.error.tooManyCommas",
            "16,3,5        | number.error.tooManyCommas",
            "12.34.567     | number.error.badGrouping",
            "1.234.56      | number.error.badGrouping",
            "1.2.3         | number.error.badGrouping",
            "1.2,5         | number.error.badGrouping",
            "abc           | number.error.unreadable",
            "12a           | number.error.unreadable",
            "1e5           | number.error.unreadable",
            "mười          | number.error.unreadable",
            ",5            | number.error.unreadable",
            "5,            | number.error.unreadable",
            ".             | number.error.unreadable",
            "%             | number.error.unreadable",
            "--5           | number.error.unreadable",
            "5-            | number.error.unreadable",
            "'- 5'         | number.error.unreadable",
            "'1 000'       | number.error.unreadable",
            "1,2.3         | number.error.unreadable",
            "%5            | number.error.unreadable"})
    void refusesWhatIsAmbiguousOrUnreadable(String input, String key) {
        ParseResult result = VnFormat.parseNumber(input);

        assertThat(result).isEqualTo(ParseResult.refused(key, input.strip()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0", "\t"})
    void nothingTypedIsRefusedAsEmpty(String input) {
        assertThat(VnFormat.parseNumber(input)).isEqualTo(ParseResult.refused("number.error.empty"));
    }

    @Test
    void aRefusalNamesTheInputAsTypedWithoutTheSurroundingSpaces() {
        ParseResult.Refused refused = (ParseResult.Refused) VnFormat.parseNumber("  1,234,567 ");

        assertThat(refused.args()).containsExactly("1,234,567");
    }

    @Test
    void aRefusalBecomesAProblemOfTheField() {
        ParseResult.Refused refused = (ParseResult.Refused) VnFormat.parseNumber("1,2,3");

        assertThat(refused.toProblem("actual"))
                .isEqualTo(Problem.of("actual", "number.error.tooManyCommas", "1,2,3"));
    }
}
