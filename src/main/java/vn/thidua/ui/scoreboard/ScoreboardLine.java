package vn.thidua.ui.scoreboard;

import java.math.BigDecimal;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.domain.scoring.ScoreboardRow;

/** A line of the scoreboard as shown: the computed row, its classification and note in words. */
public record ScoreboardLine(ScoreboardRow row, String classificationText, String note) {

    public int rank() {
        return row.rank();
    }

    public String unitName() {
        return row.unitName();
    }

    /** Regular points of the group; zero where the unit has none. */
    public BigDecimal subtotal(String groupCode) {
        return row.groupSubtotals().getOrDefault(groupCode, BigDecimal.ZERO);
    }

    public BigDecimal bonus() {
        return row.bonus();
    }

    public BigDecimal deduction() {
        return row.deduction();
    }

    public BigDecimal total() {
        return row.total();
    }

    public Classification classification() {
        return row.classification();
    }

    public boolean provisional() {
        return row.provisional();
    }
}
