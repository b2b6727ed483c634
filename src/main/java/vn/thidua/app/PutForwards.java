package vn.thidua.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.domain.voting.CandidateResult;
import vn.thidua.domain.voting.FinalOutcome;
import vn.thidua.domain.voting.Outcome;
import vn.thidua.domain.voting.Runoff;
import vn.thidua.domain.voting.TallyResult;

/** Who each election finally put forward, with the round that decided it. */
final class PutForwards {

    private final ElectionService elections;

    PutForwards(ElectionService elections) {
        this.elections = elections;
    }

    record PutForward(long unitId, String name, int votes, BigDecimal percent, int base) {
    }

    List<PutForward> putForward(StoredElection e) {
        List<TallyResult> rounds = new ArrayList<>();
        rounds.add(elections.tally(e.id()));
        for (StoredElection r : elections.runoffs(e.id())) {
            if (r.closed()) {
                rounds.add(elections.tally(r.id()));
            }
        }
        return of(rounds, elections.finalOutcome(e.id()));
    }

    /**
     * Who a chain put forward from its rounds' counts: the first round's, then its closed runoffs', in
     * order ({@link RunoffChain#finalOutcome}).
     */
    static List<PutForward> of(List<TallyResult> rounds) {
        return of(rounds, Runoff.finalOutcome(rounds.get(0), rounds.subList(1, rounds.size())));
    }

    private static List<PutForward> of(List<TallyResult> rounds, FinalOutcome outcome) {
        List<PutForward> out = new ArrayList<>();
        for (long unitId : outcome.elected()) {
            for (TallyResult t : rounds) {
                Optional<CandidateResult> row = t.row(unitId).filter(r -> r.outcome() == Outcome.ELECTED);
                if (row.isPresent()) {
                    CandidateResult r = row.get();
                    out.add(new PutForward(unitId, r.candidate().name(), r.votes(), r.percent(), t.base()));
                    break;
                }
            }
        }
        return out;
    }
}
