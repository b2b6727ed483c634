package vn.thidua.domain.voting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** A tie at the last seat is settled by a new round among the tied only, for the seats left. */
public final class Runoff {

    private Runoff() {
    }

    /**
     * Settings for the runoff of a tied election: the tied candidates in their original order,
     * the seats left, and otherwise the same rule and the same number of papers.
     *
     * @return empty when the election has no tie to settle
     */
    public static Optional<ElectionSettings> settingsFor(long parentElectionId, TallyResult parentResult) {
        if (!parentResult.hasTie()) {
            return Optional.empty();
        }
        ElectionSettings parent = parentResult.settings();
        List<Long> tied = parentResult.tied();
        List<Candidate> candidates = parent.candidates().stream().filter(c -> tied.contains(c.unitId())).toList();
        return Optional.of(new ElectionSettings(parent.title(), parentResult.seatsLeft(), candidates,
                parent.operator(), parent.level(), parent.base(), parent.ballotsIssued(), parent.members(),
                parentElectionId, parent.round() + 1));
    }

    /** The first round and one runoff. */
    public static FinalOutcome finalOutcome(TallyResult parentResult, TallyResult runoffResult) {
        return finalOutcome(parentResult, List.of(runoffResult));
    }

    /**
     * The first round and its runoffs in order, each among the previous round's tied.
     *
     * @throws IllegalArgumentException when a round's candidates are not exactly the previous round's tied
     */
    public static FinalOutcome finalOutcome(TallyResult first, List<TallyResult> runoffs) {
        List<Long> elected = new ArrayList<>(first.elected());
        TallyResult previous = first;
        for (TallyResult round : runoffs) {
            List<Long> running = round.settings().candidates().stream().map(Candidate::unitId).toList();
            if (!new HashSet<>(running).equals(new HashSet<>(previous.tied()))
                    || round.settings().seats() != previous.seatsLeft()) {
                throw new IllegalArgumentException("A runoff is among the previous round's tied, for the seats left");
            }
            elected.addAll(round.elected());
            previous = round;
        }
        return new FinalOutcome(elected, previous.tied(), first.settings().seats() - elected.size());
    }
}
