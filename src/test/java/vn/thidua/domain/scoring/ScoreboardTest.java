package vn.thidua.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.domain.scoring.SmallTable.A;
import static vn.thidua.domain.scoring.SmallTable.B;
import static vn.thidua.domain.scoring.SmallTable.BONUS;
import static vn.thidua.domain.scoring.SmallTable.DEDUCTION;
import static vn.thidua.domain.scoring.SmallTable.TABLE;
import static vn.thidua.domain.scoring.SmallTable.bloc;
import static vn.thidua.domain.scoring.SmallTable.onlyRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScoreboardTest {

    private static List<ScoreboardRow> compute(List<UnitRef> units, List<Score> scores) {
        return Scoreboard.compute(TABLE, units, scores, ClassificationBands.defaults());
    }

    private static List<Score> all(List<List<Score>> perUnit) {
        return perUnit.stream().flatMap(List::stream).toList();
    }

    @Test
    void totalIsRegularPointsPlusBonusMinusDeduction() {
        ScoreboardRow row = onlyRow(bloc(1, "45.5", "44", "3", "1.5"));

        assertThat(row.groupSubtotals()).containsExactly(
                Map.entry("I", new BigDecimal("45.5")), Map.entry("II", new BigDecimal("44")));
        assertThat(row.regularTotal()).isEqualByComparingTo("89.5");
        assertThat(row.bonus()).isEqualByComparingTo("3");
        assertThat(row.deduction()).isEqualByComparingTo("1.5");
        assertThat(row.total()).isEqualByComparingTo("91");
    }

    @Test
    void groupsWithoutRegularCriteriaHaveNoSubtotal() {
        assertThat(onlyRow(bloc(1, "45", "45", "2", "1")).groupSubtotals()).containsOnlyKeys("I", "II");
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        List<UnitRef> units = List.of(new UnitRef(1, "Sở Công Thương"), new UnitRef(2, "Sở Giao thông Vận tải"),
                new UnitRef(3, "Sở Xây dựng"), new UnitRef(4, "Sở Khoa học và Công nghệ"));
        List<Score> scores = all(List.of(bloc(1, "45", "45"), bloc(2, "48", "47"), bloc(3, "44", "46"), bloc(4, "42", "43")));

        List<ScoreboardRow> rows = compute(units, scores);

        assertThat(rows).extracting(ScoreboardRow::unitId).containsExactly(2L, 1L, 3L, 4L);
        assertThat(rows).extracting(ScoreboardRow::rank).containsExactly(1, 2, 2, 4);
    }

    @Test
    void totalsEqualInValueButNotInScaleAreATie() {
        List<UnitRef> units = List.of(new UnitRef(1, "Sở Xây dựng"), new UnitRef(2, "Sở Công Thương"));
        List<Score> scores = all(List.of(bloc(1, "45.50", "45"), bloc(2, "45.5", "45.00")));

        assertThat(compute(units, scores)).extracting(ScoreboardRow::rank).containsExactly(1, 1);
    }

    @Test
    void withinASharedRankUnitsFollowVietnameseCollation() {
        List<UnitRef> units = List.of(new UnitRef(1, "Sở Xây dựng"), new UnitRef(2, "Ban Đối ngoại"),
                new UnitRef(3, "Sở Giao thông Vận tải"), new UnitRef(4, "Ban Dân tộc"), new UnitRef(5, "Sở Công Thương"));
        List<Score> scores = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            scores.addAll(bloc(id, "45", "45"));
        }

        List<ScoreboardRow> rows = compute(units, scores);

        assertThat(rows).extracting(ScoreboardRow::unitName).containsExactly(
                "Ban Dân tộc", "Ban Đối ngoại", "Sở Công Thương", "Sở Giao thông Vận tải", "Sở Xây dựng");
        assertThat(rows).extracting(ScoreboardRow::rank).containsOnly(1);
    }

    @Test
    void theBlocScoreIsFinal() {
        List<Score> scores = new ArrayList<>(bloc(1, "40", "45"));
        scores.set(0, new Score(1, A.id(), new BigDecimal("50"), new BigDecimal("40"), "chấm chéo"));

        ScoreboardRow row = onlyRow(scores);

        assertThat(row.total()).isEqualByComparingTo("85");
        assertThat(row.provisional()).isFalse();
    }

    @Test
    void aSelfScoreStandsInAndMarksTheRowProvisional() {
        List<Score> scores = new ArrayList<>(bloc(1, "0", "45"));
        scores.set(0, new Score(1, A.id(), new BigDecimal("46"), null, null));

        ScoreboardRow row = onlyRow(scores);

        assertThat(row.total()).isEqualByComparingTo("91");
        assertThat(row.classification()).isEqualTo(Classification.EXCELLENT);
        assertThat(row.provisional()).isTrue();
    }

    @Test
    void aMissingScoreCountsAsZeroAndMarksTheRowProvisional() {
        List<Score> scores = new ArrayList<>(bloc(1, "50", "45"));
        scores.remove(0);

        ScoreboardRow row = onlyRow(scores);

        assertThat(row.total()).isEqualByComparingTo("45");
        assertThat(row.classification()).isEqualTo(Classification.NOT_COMPLETED);
        assertThat(row.provisional()).isTrue();
    }

    @Test
    void aScoreWithNeitherValueCountsAsMissing() {
        List<Score> scores = new ArrayList<>(bloc(1, "50", "45"));
        scores.set(0, new Score(1, A.id(), null, null, "chưa chấm"));

        ScoreboardRow row = onlyRow(scores);

        assertThat(row.total()).isEqualByComparingTo("45");
        assertThat(row.provisional()).isTrue();
    }

    @Test
    void anEmptyBonusOrDeductionLineMeansNoneAndIsNotProvisional() {
        List<Score> scores = new ArrayList<>(bloc(1, "50", "45"));
        scores.removeIf(s -> s.criterionId() == BONUS.id() || s.criterionId() == DEDUCTION.id());

        ScoreboardRow row = onlyRow(scores);

        assertThat(row.total()).isEqualByComparingTo("95");
        assertThat(row.provisional()).isFalse();
    }

    @Test
    void aBonusWithOnlyASelfScoreLeavesTheRowProvisional() {
        List<Score> scores = new ArrayList<>(bloc(1, "50", "45"));
        scores.removeIf(s -> s.criterionId() == BONUS.id());
        scores.add(new Score(1, BONUS.id(), new BigDecimal("5"), null, "tự chấm"));

        ScoreboardRow row = onlyRow(scores);

        assertThat(row.provisional()).isTrue();
    }

    @Test
    void aUnitWithNoScoresAtAllIsListedLastWithZero() {
        List<UnitRef> units = List.of(new UnitRef(1, "Sở Công Thương"), new UnitRef(2, "Sở Xây dựng"));

        List<ScoreboardRow> rows = compute(units, bloc(1, "45", "45"));

        assertThat(rows.get(1).unitId()).isEqualTo(2L);
        assertThat(rows.get(1).total()).isEqualByComparingTo("0");
        assertThat(rows.get(1).provisional()).isTrue();
        assertThat(rows.get(1).classification()).isEqualTo(Classification.NOT_COMPLETED);
    }

    @Test
    void scoresOfUnitsNotListedAreLeftOut() {
        List<Score> scores = all(List.of(bloc(1, "45", "45"), bloc(9, "50", "50")));

        assertThat(compute(List.of(new UnitRef(1, "Sở Công Thương")), scores))
                .extracting(ScoreboardRow::unitId).containsExactly(1L);
    }

    @Test
    void twoScoresForOneUnitAndCriterionAreRefused() {
        List<Score> scores = new ArrayList<>(bloc(1, "45", "45"));
        scores.add(new Score(1, B.id(), null, BigDecimal.ONE, null));

        assertThatThrownBy(() -> onlyRow(scores)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScoreOnACriterionOutsideTheTableIsRefused() {
        List<Score> scores = new ArrayList<>(bloc(1, "45", "45"));
        scores.add(new Score(1, 99, null, BigDecimal.ONE, null));

        assertThatThrownBy(() -> onlyRow(scores)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUnitListedTwiceIsRefused() {
        List<UnitRef> units = List.of(new UnitRef(1, "Sở Công Thương"), new UnitRef(1, "Sở Công Thương"));

        assertThatThrownBy(() -> compute(units, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noUnitsGiveAnEmptyScoreboard() {
        assertThat(compute(List.of(), List.of())).isEmpty();
    }
}
