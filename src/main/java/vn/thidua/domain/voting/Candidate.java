package vn.thidua.domain.voting;

import java.util.Objects;

/** A unit on an election's list. Its place in the list gives the number shown in the room. */
public record Candidate(long unitId, String code, String name) {

    public Candidate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
