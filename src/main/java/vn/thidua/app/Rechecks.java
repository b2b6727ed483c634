package vn.thidua.app;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.BallotKeys;
import vn.thidua.domain.voting.Candidate;
import vn.thidua.domain.voting.DoubleEntry;

/** The blind double entry: a second operator types the papers again, by number; never counted. */
final class Rechecks {

    private final ElectionStore store;
    private final PaperEntry entry;

    Rechecks(ElectionStore store, PaperEntry entry) {
        this.store = store;
        this.entry = entry;
    }

    List<Ballot> rechecks(long electionId) {
        entry.election(electionId);
        return store.rechecks(electionId);
    }

    Ballot enter(long electionId, int number, String typed) {
        StoredElection e = entry.election(electionId);
        if (number < 1 || number > e.settings().ballotsIssued()) {
            throw new ValidationException(List.of(Problem.of("number", "election.error.recheckNumber", number,
                    e.settings().ballotsIssued())));
        }
        Ballot b = BallotKeys.parse(typed, e.settings().candidates()).toBallot(number);
        store.putRecheck(electionId, b);
        return b;
    }

    int importCsv(long electionId, String csv) {
        StoredElection e = entry.election(electionId);
        List<Ballot> ballots = BallotCsv.parse(csv, codes(e), 1);
        if (ballots.size() > e.settings().ballotsIssued()) {
            throw new ValidationException(List.of(Problem.of("ballots", "election.error.moreThanIssued",
                    ballots.size(), e.settings().ballotsIssued())));
        }
        store.putRechecks(electionId, ballots);
        return ballots.size();
    }

    DoubleEntry.Check check(long electionId) {
        entry.election(electionId);
        return DoubleEntry.check(store.ballots(electionId), store.rechecks(electionId));
    }

    void clear(long electionId) {
        entry.election(electionId);
        store.clearRechecks(electionId);
    }

    /** The candidates by code, as a ballots.csv names them. */
    static Map<String, Long> codes(StoredElection e) {
        Map<String, Long> ids = new HashMap<>();
        for (Candidate c : e.settings().candidates()) {
            ids.put(c.code().strip().toUpperCase(Locale.ROOT), c.unitId());
        }
        return ids;
    }
}
