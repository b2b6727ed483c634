package vn.thidua.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.thidua.domain.bloc.Problem;

class ScoreRulesTest {

    private static final Criterion ADMIN_REFORM = new Criterion(5, "II", "2.2",
            "Ứng dụng công nghệ thông tin", new BigDecimal("7.5"), CriterionKind.REGULAR, 2);

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "3.25", "7.5", "7.50"})
    void aValueFromZeroToTheMaximumIsAccepted(String value) {
        assertThat(ScoreRules.check(ADMIN_REFORM, new BigDecimal(value))).isEmpty();
    }

    @Test
    void aValueNotEnteredYetIsAccepted() {
        assertThat(ScoreRules.check(ADMIN_REFORM, null)).isEmpty();
    }

    @Test
    void aValueAboveTheMaximumIsRefusedNamingTheCriterionAndItsMaximum() {
        assertThat(ScoreRules.check(ADMIN_REFORM, new BigDecimal("7.51"))).contains(
                Problem.of("score", "score.error.aboveMax", "2.2", "Ứng dụng công nghệ thông tin", "7,5", "7,51"));
    }

    @Test
    void aNegativeValueIsRefusedNamingTheCriterionAndItsMaximum() {
        assertThat(ScoreRules.check(ADMIN_REFORM, new BigDecimal("-1"))).contains(
                Problem.of("score", "score.error.negative", "2.2", "Ứng dụng công nghệ thông tin", "7,5", "-1"));
    }

    @Test
    void bonusAndDeductionLinesAreCheckedAgainstTheirOwnMaximum() {
        assertThat(ScoreRules.check(SmallTable.DEDUCTION, new BigDecimal("10"))).isEmpty();
        assertThat(ScoreRules.check(SmallTable.DEDUCTION, new BigDecimal("10.5"))).isPresent();
    }
}
