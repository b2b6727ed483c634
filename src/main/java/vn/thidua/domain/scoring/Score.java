package vn.thidua.domain.scoring;

import java.math.BigDecimal;

/**
 * One unit's points on one criterion: its own (self) and the one the bloc agreed after the
 * cross-check (bloc), either of which may not be entered yet.
 */
public record Score(long unitId, long criterionId, BigDecimal self, BigDecimal bloc, String note) {

    /** The bloc score is final; until there is one, the self score stands in. */
    public BigDecimal effective() {
        return bloc != null ? bloc : self;
    }

    /** Counted on a score the bloc has not agreed yet. */
    public boolean isProvisional() {
        return bloc == null;
    }
}
