package vn.thidua.domain.scoring;

import java.util.Locale;

/** A line of the scoring table adds to the total, is a bonus on top, or is taken off. */
public enum CriterionKind {
    REGULAR,
    BONUS,
    DEDUCTION;

    /** Message key of the kind's name, e.g. {@code criterionKind.bonus}. */
    public String key() {
        return "criterionKind." + name().toLowerCase(Locale.ROOT);
    }
}
