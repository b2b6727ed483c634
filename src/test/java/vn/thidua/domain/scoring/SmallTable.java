package vn.thidua.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Two regular criteria of 50 points each (so points equal percent × 2), a bonus and a deduction line. */
final class SmallTable {

    static final Criterion A = new Criterion(1, "I", "1.1", "Nhiệm vụ chuyên môn", new BigDecimal("50"), CriterionKind.REGULAR, 1);
    static final Criterion B = new Criterion(2, "II", "2.1", "Cải cách hành chính", new BigDecimal("50"), CriterionKind.REGULAR, 1);
    static final Criterion BONUS = new Criterion(3, "III", "3.1", "Điểm thưởng", new BigDecimal("10"), CriterionKind.BONUS, 1);
    static final Criterion DEDUCTION = new Criterion(4, "III", "3.2", "Điểm trừ", new BigDecimal("10"), CriterionKind.DEDUCTION, 2);

    static final ScoringTable TABLE = new ScoringTable(
            List.of(new CriterionGroup("I", "Chuyên môn", 1), new CriterionGroup("II", "Cải cách hành chính", 2),
                    new CriterionGroup("III", "Thưởng, trừ", 3)),
            List.of(A, B, BONUS, DEDUCTION));

    private SmallTable() {
    }

    /** Bloc scores on all four lines; bonus and deduction 0. */
    static List<Score> bloc(long unitId, String a, String b) {
        return bloc(unitId, a, b, "0", "0");
    }

    static List<Score> bloc(long unitId, String a, String b, String bonus, String deduction) {
        List<Score> scores = new ArrayList<>();
        scores.add(new Score(unitId, A.id(), null, new BigDecimal(a), null));
        scores.add(new Score(unitId, B.id(), null, new BigDecimal(b), null));
        scores.add(new Score(unitId, BONUS.id(), null, new BigDecimal(bonus), null));
        scores.add(new Score(unitId, DEDUCTION.id(), null, new BigDecimal(deduction), null));
        return scores;
    }

    static ScoreboardRow onlyRow(List<Score> scores) {
        return Scoreboard.compute(TABLE, List.of(new UnitRef(1, "Sở Công Thương")), scores,
                ClassificationBands.defaults()).get(0);
    }
}
