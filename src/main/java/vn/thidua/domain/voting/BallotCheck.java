package vn.thidua.domain.voting;

import java.util.List;
import java.util.Optional;
import vn.thidua.domain.bloc.Problem;

/** Whether a ballot counts, and whether another one may be entered. */
public final class BallotCheck {

    private BallotCheck() {
    }

    public static Validity validity(Ballot ballot, ElectionSettings settings) {
        if (ballot.kind() == BallotKind.SPOILED) {
            return Validity.invalid(InvalidReason.SPOILED);
        }
        boolean offList = !ballot.unknownKeys().isEmpty()
                || ballot.approved().stream().anyMatch(id -> settings.candidate(id).isEmpty());
        if (offList) {
            return Validity.invalid(InvalidReason.NOT_A_CANDIDATE);
        }
        if (ballot.approved().size() > settings.seats()) {
            return Validity.invalid(InvalidReason.TOO_MANY_MARKS);
        }
        return Validity.VALID;
    }

    /** Returned may not exceed issued: once every issued paper is in, the next one is refused. */
    public static Optional<Problem> checkAdd(ElectionSettings settings, int alreadyEntered) {
        if (alreadyEntered >= settings.ballotsIssued()) {
            return Optional.of(Problem.of("ballots", "voting.error.allBallotsEntered", settings.ballotsIssued()));
        }
        return Optional.empty();
    }

    public static boolean canAdd(ElectionSettings settings, List<Ballot> entered) {
        return checkAdd(settings, entered.size()).isEmpty();
    }

    /** The number the next paper gets: papers are numbered 1, 2, 3 … in entry order. */
    public static int nextNumber(List<Ballot> entered) {
        // After a paper in the middle was withdrawn, numbers go on after the highest, never reuse one.
        return entered.stream().mapToInt(Ballot::number).max().orElse(0) + 1;
    }
}
