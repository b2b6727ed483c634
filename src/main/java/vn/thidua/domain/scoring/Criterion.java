package vn.thidua.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A line of the scoring table (tiêu chí chấm điểm). Bonus and deduction lines carry a
 * maximum too: the points entered on them are positive and added or taken off.
 */
public record Criterion(long id, String groupCode, String code, String name, BigDecimal max,
                        CriterionKind kind, int order) {

    public Criterion {
        Objects.requireNonNull(groupCode, "groupCode");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (max == null || max.signum() <= 0) {
            throw new IllegalArgumentException("criterion " + code + " needs a maximum above 0, got " + max);
        }
    }

    public boolean isRegular() {
        return kind == CriterionKind.REGULAR;
    }
}
