package vn.thidua.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** A score of sample data, keyed by unit and criterion code since ids are the store's to give. */
public record ScoreSeed(String unitCode, String criterionCode, BigDecimal self, BigDecimal bloc, String note) {

    public ScoreSeed {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(criterionCode, "criterionCode");
    }

    public Score toScore(long unitId, ScoringTable table) {
        Criterion criterion = table.criterionByCode(criterionCode)
                .orElseThrow(() -> new IllegalArgumentException("no criterion " + criterionCode + " in the table"));
        return new Score(unitId, criterion.id(), self, bloc, note);
    }
}
