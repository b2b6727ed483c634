package vn.thidua.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScoringTableTest {

    private static Criterion criterion(long id, String group, String code, int order) {
        return new Criterion(id, group, code, "Tiêu chí " + code, BigDecimal.TEN, CriterionKind.REGULAR, order);
    }

    private static final List<CriterionGroup> GROUPS = List.of(
            new CriterionGroup("II", "Cải cách hành chính", 2), new CriterionGroup("I", "Chuyên môn", 1));

    @Test
    void groupsAndCriteriaComeInTheirOrderWhateverTheInputOrder() {
        ScoringTable table = new ScoringTable(GROUPS, List.of(
                criterion(4, "II", "2.2", 2), criterion(1, "I", "1.2", 2), criterion(3, "II", "2.1", 1), criterion(2, "I", "1.1", 1)));

        assertThat(table.groups()).extracting(CriterionGroup::code).containsExactly("I", "II");
        assertThat(table.criteria()).extracting(Criterion::code).containsExactly("1.1", "1.2", "2.1", "2.2");
        assertThat(table.criteriaOf("II")).extracting(Criterion::code).containsExactly("2.1", "2.2");
    }

    @Test
    void criteriaAreFoundByIdAndByCode() {
        ScoringTable table = new ScoringTable(GROUPS, List.of(criterion(7, "I", "1.1", 1)));

        assertThat(table.criterion(7)).map(Criterion::code).contains("1.1");
        assertThat(table.criterionByCode("1.1")).map(Criterion::id).contains(7L);
        assertThat(table.criterion(8)).isEmpty();
        assertThat(table.group("II")).map(CriterionGroup::name).contains("Cải cách hành chính");
    }

    @Test
    void aCriterionInAnUnknownGroupIsRefused() {
        assertThatThrownBy(() -> new ScoringTable(GROUPS, List.of(criterion(1, "III", "3.1", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("III");
    }

    @Test
    void twoCriteriaWithOneCodeOrIdAreRefused() {
        assertThatThrownBy(() -> new ScoringTable(GROUPS, List.of(criterion(1, "I", "1.1", 1), criterion(2, "II", "1.1", 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoringTable(GROUPS, List.of(criterion(1, "I", "1.1", 1), criterion(1, "II", "2.1", 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoGroupsWithOneCodeAreRefused() {
        assertThatThrownBy(() -> new ScoringTable(List.of(new CriterionGroup("I", "a", 1), new CriterionGroup("I", "b", 2)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCriterionNeedsAMaximumAboveZero() {
        assertThatThrownBy(() -> new Criterion(1, "I", "1.1", "x", BigDecimal.ZERO, CriterionKind.REGULAR, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void regularMaxLeavesOutBonusAndDeduction() {
        assertThat(SmallTable.TABLE.regularMax()).isEqualByComparingTo("100");
        assertThat(SmallTable.TABLE.ofKind(CriterionKind.BONUS)).containsExactly(SmallTable.BONUS);
    }
}
