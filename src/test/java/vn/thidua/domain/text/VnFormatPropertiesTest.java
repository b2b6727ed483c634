package vn.thidua.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.StringLength;

class VnFormatPropertiesTest {

    @Property
    void aWrittenNumberReadsBackAsTheSameValue(
            @ForAll @BigRange(min = "-1000000000000", max = "1000000000000") @Scale(4) BigDecimal value) {
        ParseResult result = VnFormat.parseNumber(VnFormat.formatNumber(value));

        assertThat(result).isInstanceOfSatisfying(ParseResult.Ok.class, ok -> {
            assertThat(ok.value()).isEqualByComparingTo(value);
            assertThat(ok.wasPercent()).isFalse();
        });
    }

    @Property
    void aRoundedNumberReadsBackAsTheRoundedValue(
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(6) BigDecimal value,
            @ForAll @IntRange(max = 4) int decimals) {
        ParseResult result = VnFormat.parseNumber(VnFormat.formatDecimal(value, decimals));

        assertThat(result).isInstanceOfSatisfying(ParseResult.Ok.class, ok ->
                assertThat(ok.value()).isEqualByComparingTo(value.setScale(decimals, RoundingMode.HALF_UP)));
    }

    @Property
    void aWrittenPercentageReadsBackAsAPercentage(
            @ForAll @BigRange(min = "-1000", max = "1000") @Scale(2) BigDecimal percent) {
        ParseResult result = VnFormat.parseNumber(VnFormat.formatPercent(percent, 2));

        assertThat(result).isInstanceOfSatisfying(ParseResult.Ok.class, ok -> {
            assertThat(ok.value()).isEqualByComparingTo(percent);
            assertThat(ok.wasPercent()).isTrue();
        });
    }

    @Property
    void anyTypingGetsAnAnswerNeverAnException(
            @ForAll @StringLength(max = 16) @NumericChars @Chars({'.', ',', '%', '-', '+', ' ', 'a'}) String input) {
        assertThat(VnFormat.parseNumber(input)).isNotNull();
    }
}
