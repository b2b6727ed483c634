package vn.thidua.domain.voting;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One paper as entered. Whether it counts is derived ({@link BallotCheck#validity}), never stored,
 * so that a recount from the stored ballots can only agree with the live count.
 *
 * @param number      the paper's number, 1-based, in entry order
 * @param approved    unit ids the paper approves
 * @param unknownKeys keys typed that name no candidate; kept so the paper is counted invalid, not lost
 */
public record Ballot(int number, BallotKind kind, Set<Long> approved, Set<String> unknownKeys) {

    public Ballot {
        if (number < 1) {
            throw new IllegalArgumentException("Ballot numbers start at 1: " + number);
        }
        Objects.requireNonNull(kind, "kind");
        // Sorted copies: iteration order is the same in every run, whatever the caller passed.
        approved = Collections.unmodifiableSet(new TreeSet<>(approved));
        unknownKeys = Collections.unmodifiableSet(new TreeSet<>(unknownKeys));
        if (kind == BallotKind.SPOILED && (!approved.isEmpty() || !unknownKeys.isEmpty())) {
            throw new IllegalArgumentException("A spoiled ballot carries no marks");
        }
    }

    public static Ballot marked(int number, Collection<Long> approved) {
        return new Ballot(number, BallotKind.MARKED, Set.copyOf(approved), Set.of());
    }

    public static Ballot spoiled(int number) {
        return new Ballot(number, BallotKind.SPOILED, Set.of(), Set.of());
    }

    /** The same paper under another number, e.g. when undo frees the last number. */
    public Ballot withNumber(int newNumber) {
        return new Ballot(newNumber, kind, approved, unknownKeys);
    }
}
