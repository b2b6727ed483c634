package vn.thidua.domain.voting;

import java.util.List;

/**
 * Who an election finally puts forward once its runoffs are counted.
 *
 * @param elected   the first round's elected, then each runoff's, in result order
 * @param tied      still tied after the last round; empty when settled
 * @param seatsLeft seats not filled: those the tied compete for, or seats left empty when nobody reached the threshold
 */
public record FinalOutcome(List<Long> elected, List<Long> tied, int seatsLeft) {

    public FinalOutcome {
        elected = List.copyOf(elected);
        tied = List.copyOf(tied);
    }

    public boolean isSettled() {
        return tied.isEmpty();
    }
}
