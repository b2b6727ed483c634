package vn.thidua.domain.voting;

import java.math.BigDecimal;

/**
 * One candidate's line in the result.
 *
 * @param number    the candidate's number in the room (1-based place in the list)
 * @param percent   100·votes/base, 2 decimals, for display; {@code qualifies} was decided exactly
 * @param reason    the one-line explanation of the outcome
 */
public record CandidateResult(
        int number,
        Candidate candidate,
        int votes,
        BigDecimal percent,
        boolean qualifies,
        Outcome outcome,
        Reason reason) {

    public long unitId() {
        return candidate.unitId();
    }
}
