package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdOperatorAndBaseTest {

    @Test
    void operatorsReadAsTheRulesWriteThem() {
        assertThat(ThresholdOperator.parse(">")).isEqualTo(ThresholdOperator.GT);
        assertThat(ThresholdOperator.parse(">=")).isEqualTo(ThresholdOperator.GE);
        assertThat(ThresholdOperator.parse(" ≥ ")).isEqualTo(ThresholdOperator.GE);
        assertThat(ThresholdOperator.GT.symbol()).isEqualTo(">");
        assertThat(ThresholdOperator.GE.symbol()).isEqualTo(">=");
    }

    @ParameterizedTest
    @EnumSource(ThresholdOperator.class)
    void operatorSymbolParsesBackToTheOperator(ThresholdOperator op) {
        assertThat(ThresholdOperator.parse(op.symbol())).isEqualTo(op);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<", "=", "=>", ">>", "gt"})
    void anythingElseIsNotAnOperator(String text) {
        assertThatThrownBy(() -> ThresholdOperator.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullIsNotAnOperator() {
        assertThatThrownBy(() -> ThresholdOperator.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void baseCodesAreStable() {
        assertThat(Base.VALID.code()).isEqualTo("valid");
        assertThat(Base.RETURNED.code()).isEqualTo("returned");
        assertThat(Base.MEMBERS.code()).isEqualTo("members");
    }

    @ParameterizedTest
    @EnumSource(Base.class)
    void baseCodeReadsBackToTheBase(Base base) {
        assertThat(Base.fromCode(base.code())).isEqualTo(base);
    }

    @Test
    void unknownBaseCodeIsRefused() {
        assertThatThrownBy(() -> Base.fromCode("VALID")).isInstanceOf(IllegalArgumentException.class);
    }
}
