package vn.thidua.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.domain.scoring.SmallTable.bloc;
import static vn.thidua.domain.scoring.SmallTable.onlyRow;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassificationBandsInScoreboardTest {

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "44.99 | 45    | GOOD",
            "45    | 45    | EXCELLENT",
            "45.01 | 45    | EXCELLENT",
            "39.99 | 40    | COMPLETED",
            "40    | 40    | GOOD",
            "40.01 | 40    | GOOD",
            "34.99 | 35    | NOT_COMPLETED",
            "35    | 35    | COMPLETED",
            "35.01 | 35    | COMPLETED",
            "50    | 50    | EXCELLENT",
            "0     | 0     | NOT_COMPLETED"})
    void eachBandStartsExactlyAtItsMinimumTotal(String a, String b, Classification expected) {
        assertThat(onlyRow(bloc(1, a, b)).classification()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "42.5  | 50 | EXCELLENT",
            "42.49 | 50 | GOOD",
            "40    | 50 | GOOD",
            "39.99 | 50 | COMPLETED",
            "35    | 50 | COMPLETED",
            "34.99 | 50 | NOT_COMPLETED"})
    void eachBandAlsoNeedsEveryCriterionAtItsMinimumPercent(String a, String b, Classification expected) {
        assertThat(onlyRow(bloc(1, a, b)).classification()).isEqualTo(expected);
    }

    @Test
    void oneWeakCriterionPushesAnOtherwiseExcellentUnitDown() {
        ScoreboardRow row = onlyRow(bloc(1, "42", "50"));

        assertThat(row.total()).isEqualByComparingTo("92");
        assertThat(row.classification()).isEqualTo(Classification.GOOD);
        assertThat(row.criteriaBelowMinimum()).containsExactly("1.1");
    }

    @Test
    void aVeryWeakCriterionCanLeaveAHighTotalNotCompleted() {
        ScoreboardRow row = onlyRow(bloc(1, "30", "50", "10", "0"));

        assertThat(row.total()).isEqualByComparingTo("90");
        assertThat(row.classification()).isEqualTo(Classification.NOT_COMPLETED);
        assertThat(row.criteriaBelowMinimum()).containsExactly("1.1");
    }

    @Test
    void theExplanationNamesWhatKeptTheUnitFromTheNextBandUp() {
        ScoreboardRow row = onlyRow(bloc(1, "39", "39", "5", "0"));

        assertThat(row.total()).isEqualByComparingTo("83");
        assertThat(row.classification()).isEqualTo(Classification.COMPLETED);
        assertThat(row.criteriaBelowMinimum()).containsExactly("1.1", "2.1");
    }

    @Test
    void noCriterionIsBlamedWhenTheTotalAloneDecides() {
        ScoreboardRow row = onlyRow(bloc(1, "40", "41"));

        assertThat(row.classification()).isEqualTo(Classification.GOOD);
        assertThat(row.criteriaBelowMinimum()).isEmpty();
    }

    @Test
    void anExcellentUnitHasNothingToExplain() {
        assertThat(onlyRow(bloc(1, "50", "50")).criteriaBelowMinimum()).isEmpty();
    }

    @Test
    void aBonusCanLiftTheTotalIntoAHigherBand() {
        ScoreboardRow row = onlyRow(bloc(1, "45", "43", "2", "0"));

        assertThat(row.total()).isEqualByComparingTo("90");
        assertThat(row.classification()).isEqualTo(Classification.EXCELLENT);
    }

    @Test
    void aDeductionCanDropTheTotalIntoALowerBand() {
        ScoreboardRow row = onlyRow(bloc(1, "45", "45", "0", "0.5"));

        assertThat(row.total()).isEqualByComparingTo("89.5");
        assertThat(row.classification()).isEqualTo(Classification.GOOD);
    }

    @Test
    void bonusAndDeductionLinesAreOutsideTheCriterionTest() {
        ScoreboardRow row = onlyRow(bloc(1, "45", "45", "0", "0"));

        assertThat(row.classification()).isEqualTo(Classification.EXCELLENT);
    }

    @Test
    void otherBandsChangeTheClassification() {
        ClassificationBands lenient = new ClassificationBands(
                new ClassificationBands.Band(new BigDecimal("85"), new BigDecimal("80")),
                ClassificationBands.defaults().good(), ClassificationBands.defaults().completed());

        ScoreboardRow row = Scoreboard.compute(SmallTable.TABLE, List.of(new UnitRef(1, "Sở Xây dựng")),
                bloc(1, "43", "42"), lenient).get(0);

        assertThat(row.classification()).isEqualTo(Classification.EXCELLENT);
    }
}
