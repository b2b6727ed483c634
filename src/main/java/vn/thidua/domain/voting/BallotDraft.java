package vn.thidua.domain.voting;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the secretary typed for one paper, before it becomes a {@link Ballot}.
 * The sets keep the typed order so the operator screen can echo the keys back as typed.
 */
public record BallotDraft(Set<Long> approved, Set<String> unknownKeys, boolean spoiled) {

    public BallotDraft {
        approved = Collections.unmodifiableSet(new LinkedHashSet<>(approved));
        unknownKeys = Collections.unmodifiableSet(new LinkedHashSet<>(unknownKeys));
    }

    /** A spoiled paper's marks do not matter: the committee has set it aside as a whole. */
    public Ballot toBallot(int number) {
        return spoiled
                ? Ballot.spoiled(number)
                : new Ballot(number, BallotKind.MARKED, approved, unknownKeys);
    }

    public boolean isBlank() {
        return approved.isEmpty() && unknownKeys.isEmpty() && !spoiled;
    }
}
