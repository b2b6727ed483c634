package vn.thidua.domain.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One unit's line of the scoreboard.
 *
 * @param groupSubtotals         regular points per group code, in table order
 * @param provisional            some score counted is a self score, or missing and counted as 0
 * @param criteriaBelowMinimum   why the unit is not one class higher although its total would
 *                               allow it: the codes of the regular criteria below that band's
 *                               minimum percent. Empty when the total alone decides.
 */
public record ScoreboardRow(long unitId, String unitName, Map<String, BigDecimal> groupSubtotals,
                            BigDecimal bonus, BigDecimal deduction, BigDecimal total, int rank,
                            Classification classification, boolean provisional,
                            List<String> criteriaBelowMinimum) {

    public ScoreboardRow {
        groupSubtotals = Collections.unmodifiableMap(new LinkedHashMap<>(groupSubtotals));
        criteriaBelowMinimum = List.copyOf(criteriaBelowMinimum);
    }

    ScoreboardRow withRank(int newRank) {
        return new ScoreboardRow(unitId, unitName, groupSubtotals, bonus, deduction, total, newRank,
                classification, provisional, criteriaBelowMinimum);
    }

    /** The sum over regular criteria, before bonus and deduction. */
    public BigDecimal regularTotal() {
        return groupSubtotals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
