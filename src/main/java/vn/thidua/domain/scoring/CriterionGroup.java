package vn.thidua.domain.scoring;

import java.util.Objects;

/** A heading of the scoring table, e.g. "II. Cải cách hành chính". */
public record CriterionGroup(String code, String name, int order) {

    public CriterionGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
