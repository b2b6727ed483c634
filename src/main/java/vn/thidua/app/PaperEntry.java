package vn.thidua.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.app.ElectionStore.PaperCount;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.domain.bloc.Lengths;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.BallotCheck;
import vn.thidua.domain.voting.BallotKeys;
import vn.thidua.domain.voting.BallotKind;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.domain.voting.Seal;

/**
 * Papers entered, corrected and withdrawn in an open election (the count, as the papers are read
 * aloud). Entering a paper reads the election, its close lines and two figures of its papers, never
 * the papers themselves: its cost does not grow with the papers already in.
 */
final class PaperEntry {

    private final ElectionStore store;

    PaperEntry(ElectionStore store) {
        this.store = store;
    }

    StoredElection election(long electionId) {
        return store.election(electionId).orElseThrow(() -> new AppException("election.error.notFound", electionId));
    }

    /** The election, refused when closed, or set back to open in the file after its first close. */
    StoredElection openElection(long electionId) {
        StoredElection e = election(electionId);
        if (e.closed()) {
            throw new AppException("election.error.closed", e.settings().title());
        }
        // The first close is final: an election set back to open in the file takes no paper and no second close.
        List<ElectionStore.Closing> closings = store.closings(electionId);
        if (!closings.isEmpty()) {
            throw new ForgedElectionException(Seal.REOPENED, e.settings().title(), electionId,
                    closings.get(0).fingerprint());
        }
        return e;
    }

    /**
     * How often a paper is tried again after another program took the number first. Each miss means
     * another paper was committed in between, so the papers always move on; the bound only keeps a
     * fault from looping.
     */
    private static final int ATTEMPTS = 1000;

    Ballot enter(long electionId, String typed) {
        for (int attempt = 1; ; attempt++) {
            StoredElection e = openElection(electionId);
            PaperCount count = store.paperCount(electionId);
            try {
                return add(e, count, BallotKeys.parse(typed, e.settings().candidates()).toBallot(count.lastNumber() + 1));
            } catch (ElectionStore.CountMoved moved) {
                if (attempt == ATTEMPTS) {
                    throw moved;
                }
                // another program entered a paper meanwhile: this one takes the next number
            }
        }
    }

    Ballot enter(long electionId, int number, String typed) {
        for (int attempt = 1; ; attempt++) {
            try {
                return enterNumbered(electionId, number, typed);
            } catch (ElectionStore.CountMoved moved) {
                if (attempt == ATTEMPTS) {
                    throw moved;
                }
                // checked again on what is stored now: the same paper, a number taken, or not the next one
            }
        }
    }

    private Ballot enterNumbered(long electionId, int number, String typed) {
        StoredElection e = openElection(electionId);
        Ballot paper = BallotKeys.parse(typed, e.settings().candidates()).toBallot(number);
        Optional<Ballot> same = store.ballot(electionId, number);
        if (same.isPresent()) {
            if (same.get().equals(paper)) {
                return same.get();
            }
            throw new ValidationException(List.of(Problem.of("ballots", "election.error.numberTaken", number,
                    keysOrDash(e.settings(), same.get()), keysOrDash(e.settings(), paper))));
        }
        PaperCount count = store.paperCount(electionId);
        int next = count.lastNumber() + 1;
        if (number != next) {
            throw new ValidationException(List.of(Problem.of("ballots", "election.error.numberNotNext", number, next)));
        }
        return add(e, count, paper);
    }

    private Ballot add(StoredElection e, PaperCount count, Ballot ballot) {
        BallotCheck.checkAdd(e.settings(), count.count()).ifPresent(p -> {
            throw new ValidationException(List.of(p));
        });
        store.addBallot(e.id(), ballot);
        return ballot;
    }

    /** Adds a whole set of papers at once (an import), all or nothing. */
    void importAll(long electionId, List<Ballot> ballots) {
        StoredElection e = openElection(electionId);
        int already = store.paperCount(electionId).count();
        if (already + ballots.size() > e.settings().ballotsIssued()) {
            throw new ValidationException(List.of(Problem.of("ballots", "election.error.moreThanIssued",
                    already + ballots.size(), e.settings().ballotsIssued())));
        }
        try {
            store.addBallots(electionId, ballots);
        } catch (ElectionStore.CountMoved moved) {
            // Numbered by the caller (a file): another program's papers came first, so these are refused whole.
            openElection(electionId);
            PaperCount now = moved.now();
            if (now.count() + ballots.size() > e.settings().ballotsIssued()) {
                throw new ValidationException(List.of(Problem.of("ballots", "election.error.moreThanIssued",
                        now.count() + ballots.size(), e.settings().ballotsIssued())));
            }
            throw new ValidationException(List.of(Problem.of("ballots", "election.error.numberNotNext",
                    ballots.get(0).number(), now.lastNumber() + 1)));
        }
    }

    Ballot correct(long electionId, int number, String typed, String reason) {
        StoredElection e = openElection(electionId);
        Ballot before = existing(electionId, number);
        requireReason(reason);
        Ballot after = BallotKeys.parse(typed, e.settings().candidates()).toBallot(number);
        store.replaceBallot(electionId, after, describe(e.settings(), before), describe(e.settings(), after), reason.trim());
        return after;
    }

    void withdraw(long electionId, int number, String reason) {
        StoredElection e = openElection(electionId);
        Ballot before = existing(electionId, number);
        requireReason(reason);
        store.withdrawBallot(electionId, number, describe(e.settings(), before), reason.trim());
    }

    private Ballot existing(long electionId, int number) {
        return store.ballot(electionId, number).orElseThrow(() -> new AppException("election.error.noBallot", number));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(List.of(Problem.of("reason", "election.error.reasonRequired")));
        }
        List<Problem> tooLong = new ArrayList<>();
        Lengths.check(tooLong, "reason", "length.reason", reason.trim(), Lengths.REASON);
        if (!tooLong.isEmpty()) {
            throw new ValidationException(tooLong);
        }
    }

    /** A paper as the minutes and the change log write it: "13" by candidate key, or "H" for a spoiled one. */
    static String describe(ElectionSettings s, Ballot b) {
        if (b.kind() == BallotKind.SPOILED) {
            return "H";
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < s.candidates().size(); i++) {
            if (b.approved().contains(s.candidates().get(i).unitId())) {
                keys.add(BallotKeys.mark(i, s.candidates()));
            }
        }
        keys.addAll(b.unknownKeys());
        return String.join("", keys);
    }

    private static String keysOrDash(ElectionSettings s, Ballot b) {
        String keys = describe(s, b);
        return keys.isEmpty() ? "–" : keys;
    }
}
