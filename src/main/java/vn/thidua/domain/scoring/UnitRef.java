package vn.thidua.domain.scoring;

import java.util.Objects;

/** The little of a unit the scoreboard needs: who it is, and the name it is listed under. */
public record UnitRef(long unitId, String name) {

    public UnitRef {
        Objects.requireNonNull(name, "name");
    }
}
