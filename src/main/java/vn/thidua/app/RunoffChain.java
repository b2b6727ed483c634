package vn.thidua.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.domain.voting.FinalOutcome;
import vn.thidua.domain.voting.Runoff;
import vn.thidua.domain.voting.TallyResult;

/**
 * An election and its runoffs: a tie at the last seat is settled by a new round among the tied, and
 * the chain's final result counts the closed rounds. A business rule, kept out of the screens.
 */
final class RunoffChain {

    private final ElectionStore store;
    private final PaperEntry entry;
    /** The sealed count of one election (refused when forged). */
    private final LongFunction<TallyResult> tally;

    RunoffChain(ElectionStore store, PaperEntry entry, LongFunction<TallyResult> tally) {
        this.store = store;
        this.entry = entry;
        this.tally = tally;
    }

    /** Starts the runoff among the tied for the seats left; returns its id. */
    long start(long electionId) {
        StoredElection e = entry.election(electionId);
        if (!e.closed()) {
            throw new AppException("election.error.notClosed", e.settings().title());
        }
        if (!runoffs(electionId).isEmpty()) {
            throw new AppException("election.error.runoffExists", e.settings().title());
        }
        var next = Runoff.settingsFor(electionId, tally.apply(electionId))
                .orElseThrow(() -> new AppException("election.error.noTie", e.settings().title()));
        return store.insertElection(e.seasonId(), next, "runoff", e.excludePutForward());
    }

    /** The runoffs of an election, in order. */
    List<StoredElection> runoffs(long electionId) {
        return runoffs(electionId, store.elections(entry.election(electionId).seasonId()));
    }

    /** The runoffs of an election, in order, among {@code all} the elections of its year. */
    static List<StoredElection> runoffs(long electionId, List<StoredElection> all) {
        List<StoredElection> chain = new ArrayList<>();
        long current = electionId;
        boolean found = true;
        while (found) {
            found = false;
            for (StoredElection s : all) {
                if (Long.valueOf(current).equals(s.settings().parentElectionId())) {
                    chain.add(s);
                    current = s.id();
                    found = true;
                    break;
                }
            }
        }
        return chain;
    }

    /** The first round of the chain the election belongs to (the election itself when it is not a runoff). */
    StoredElection root(StoredElection e) {
        StoredElection root = e;
        while (root.settings().parentElectionId() != null) {
            root = entry.election(root.settings().parentElectionId());
        }
        return root;
    }

    /** Who the election puts forward, counting its closed runoffs. */
    FinalOutcome finalOutcome(long electionId) {
        List<TallyResult> runoffResults = runoffs(electionId).stream().filter(StoredElection::closed)
                .map(r -> tally.apply(r.id())).toList();
        return Runoff.finalOutcome(tally.apply(electionId), runoffResults);
    }

    /**
     * The chain's result to tell on the count page of {@code e}, or null while nothing beyond a single
     * round is settled: once one of its runoffs is closed, or it is a closed runoff without a tie.
     */
    FinalOutcome settled(StoredElection e, TallyResult count, List<StoredElection> runoffs) {
        if (runoffs.stream().anyMatch(StoredElection::closed)
                || (e.closed() && e.settings().isRunoff() && !count.hasTie())) {
            return finalOutcome(root(e).id());
        }
        return null;
    }
}
