package vn.thidua.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.domain.scoring.ScoreboardRow;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.BallotCheck;
import vn.thidua.domain.voting.BallotDraft;
import vn.thidua.domain.voting.BallotKeys;
import vn.thidua.domain.voting.BallotKind;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.Candidate;
import vn.thidua.domain.voting.DoubleEntry;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.domain.voting.Eligibility;
import vn.thidua.domain.voting.EligibilityRule;
import vn.thidua.domain.voting.FinalOutcome;
import vn.thidua.domain.voting.Fingerprint;
import vn.thidua.domain.voting.Member;
import vn.thidua.domain.voting.Runoff;
import vn.thidua.domain.voting.Tally;
import vn.thidua.domain.voting.TallyResult;
import vn.thidua.domain.voting.ThresholdOperator;

/**
 * Elections at the conference: set up, ballots entered one by one (each on disk before it is
 * shown as counted), corrections with a reason, close with a fingerprint, runoffs.
 */
public final class ElectionService {

    /** What the user asks for when setting up an election. Candidates by hand or by a rule. */
    public record Draft(String title, int seats, ThresholdOperator operator, BigDecimal percent, Base base,
                        int ballotsIssued, List<Long> candidateUnitIds, EligibilityRule rule,
                        boolean excludePutForward) {
    }

    private final ElectionStore store;
    private final BlocService blocs;
    private final ScoringService scoring;
    private final java.util.function.Consumer<String> beforeClose;

    /** @param beforeClose run before an election is locked (a backup of the data as it stands) */
    public ElectionService(ElectionStore store, BlocService blocs, ScoringService scoring,
                           java.util.function.Consumer<String> beforeClose) {
        this.store = store;
        this.blocs = blocs;
        this.scoring = scoring;
        this.beforeClose = beforeClose;
    }

    // ---- set-up

    /** The candidates a rule gives now (for the set-up form to show before creating). */
    public List<Candidate> eligible(Season season, EligibilityRule rule, boolean excludePutForward) {
        List<ScoreboardRow> rows = scoring.scoreboard(season).rows();
        List<Member> members = new ArrayList<>();
        for (Unit u : blocs.members(season)) {
            Optional<ScoreboardRow> row = rows.stream().filter(r -> r.unitId() == u.id()).findFirst();
            members.add(new Member(u.id(), u.code(), u.fullName(), row.map(ScoreboardRow::rank).orElse(null),
                    row.map(r -> r.classification() == Classification.EXCELLENT).orElse(false)));
        }
        return Eligibility.candidates(rule, members, putForward(season), excludePutForward);
    }

    public long create(Season season, Draft d) {
        List<Candidate> candidates;
        String eligibility;
        if (d.rule() != null) {
            candidates = eligible(season, d.rule(), d.excludePutForward());
            eligibility = switch (d.rule().kind()) {
                case ALL -> "all";
                case EXCELLENT -> "excellent";
                case TOP_N -> "top:" + d.rule().n();
            };
        } else {
            List<Unit> members = blocs.members(season);
            candidates = new ArrayList<>();
            for (Long id : d.candidateUnitIds()) {
                Unit u = members.stream().filter(m -> m.id() == id).findFirst()
                        .orElseThrow(() -> new AppException("election.error.notMember", id));
                candidates.add(new Candidate(u.id(), u.code(), u.fullName()));
            }
            eligibility = "manual";
        }
        ElectionSettings settings = ElectionSettings.firstRound(d.title() == null ? "" : d.title().trim(), d.seats(),
                candidates, d.operator(), d.percent(), d.base(), d.ballotsIssued(), blocs.members(season).size());
        List<Problem> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return store.insertElection(season.id(), settings, eligibility, d.excludePutForward());
    }

    public List<StoredElection> elections(Season season) {
        return store.elections(season.id());
    }

    public StoredElection election(long electionId) {
        return store.election(electionId).orElseThrow(() -> new AppException("election.error.notFound", electionId));
    }

    /** Units elected by the closed elections of the year (with their runoffs). */
    public Set<Long> putForward(Season season) {
        Set<Long> out = new HashSet<>();
        for (StoredElection e : store.elections(season.id())) {
            if (e.closed() && !e.settings().isRunoff()) {
                out.addAll(finalOutcome(e.id()).elected());
            }
        }
        return out;
    }

    // ---- ballots

    public List<Ballot> ballots(long electionId) {
        return store.ballots(electionId);
    }

    /** What typed keys would enter, shown back before Enter commits it. */
    public BallotDraft preview(long electionId, String typed) {
        return BallotKeys.parse(typed, election(electionId).settings().candidates());
    }

    /**
     * Enters the next paper from the keys typed for it. When this returns, the ballot is on disk.
     * Refused when the election is closed or every issued ballot is in.
     */
    public Ballot enterBallot(long electionId, String typed) {
        StoredElection e = openElection(electionId);
        BallotDraft draft = BallotKeys.parse(typed, e.settings().candidates());
        return enter(e, draft.toBallot(BallotCheck.nextNumber(store.ballots(electionId))));
    }

    private Ballot enter(StoredElection e, Ballot ballot) {
        List<Ballot> ballots = store.ballots(e.id());
        BallotCheck.checkAdd(e.settings(), ballots.size()).ifPresent(p -> {
            throw new ValidationException(List.of(p));
        });
        store.addBallot(e.id(), ballot);
        return ballot;
    }

    // ---- blind double entry

    /** The second entry of the papers, by number. */
    public List<Ballot> rechecks(long electionId) {
        election(electionId);
        return store.rechecks(electionId);
    }

    /**
     * Stores the second entry of paper {@code number}, typed by an operator who does not see the
     * first; typing a number again replaces its second entry. Never counted, so it is taken before
     * and after the election is closed alike. On disk when this returns.
     */
    public Ballot enterRecheck(long electionId, int number, String typed) {
        StoredElection e = election(electionId);
        if (number < 1 || number > e.settings().ballotsIssued()) {
            throw new ValidationException(List.of(Problem.of("number", "election.error.recheckNumber", number,
                    e.settings().ballotsIssued())));
        }
        Ballot b = BallotKeys.parse(typed, e.settings().candidates()).toBallot(number);
        store.putRecheck(electionId, b);
        return b;
    }

    /**
     * Stores a ballots.csv ({@link BallotCsv}, papers numbered from 1) as the second entry, all or
     * nothing; papers already in the second entry under the same numbers are replaced.
     *
     * @return how many papers were stored
     */
    public int importRecheckCsv(long electionId, String csv) {
        StoredElection e = election(electionId);
        Map<String, Long> ids = new HashMap<>();
        for (Candidate c : e.settings().candidates()) {
            ids.put(c.code().strip().toUpperCase(Locale.ROOT), c.unitId());
        }
        List<Ballot> ballots = BallotCsv.parse(csv, ids, 1);
        if (ballots.size() > e.settings().ballotsIssued()) {
            throw new ValidationException(List.of(Problem.of("ballots", "election.error.moreThanIssued",
                    ballots.size(), e.settings().ballotsIssued())));
        }
        store.putRechecks(electionId, ballots);
        return ballots.size();
    }

    /** The two entries compared: the papers that differ, by number, to read again. */
    public DoubleEntry.Check recheck(long electionId) {
        election(electionId);
        return DoubleEntry.check(store.ballots(electionId), store.rechecks(electionId));
    }

    public void clearRechecks(long electionId) {
        election(electionId);
        store.clearRechecks(electionId);
    }

    /** Corrects an entered paper, only with a reason; the change and the reason are logged. */
    public Ballot correctBallot(long electionId, int number, String typed, String reason) {
        StoredElection e = openElection(electionId);
        Ballot before = existing(electionId, number);
        requireReason(reason);
        Ballot after = BallotKeys.parse(typed, e.settings().candidates()).toBallot(number);
        store.replaceBallot(electionId, after, describe(e.settings(), before), describe(e.settings(), after), reason.trim());
        return after;
    }

    /** Withdraws an entered paper (entered twice, say), only with a reason, which is logged. */
    public void withdrawBallot(long electionId, int number, String reason) {
        StoredElection e = openElection(electionId);
        Ballot before = existing(electionId, number);
        requireReason(reason);
        store.withdrawBallot(electionId, number, describe(e.settings(), before), reason.trim());
    }

    public List<ElectionStore.BallotChange> changes(long electionId) {
        return store.changes(electionId);
    }

    /** Adds a whole set of papers at once (an import), all or nothing. */
    public void importBallots(long electionId, List<Ballot> ballots) {
        StoredElection e = openElection(electionId);
        int already = store.ballots(electionId).size();
        if (already + ballots.size() > e.settings().ballotsIssued()) {
            throw new ValidationException(List.of(Problem.of("ballots", "election.error.moreThanIssued",
                    already + ballots.size(), e.settings().ballotsIssued())));
        }
        store.addBallots(electionId, ballots);
    }

    /**
     * Imports a ballots.csv ({@link BallotCsv}) into an open election, all or nothing: a malformed
     * file, or more papers than were issued, changes nothing. Codes are read against the election's
     * candidates; any other code is kept as written, so its paper is counted invalid, never lost.
     *
     * @return how many papers were imported
     */
    public int importBallotsCsv(long electionId, String csv) {
        StoredElection e = openElection(electionId);
        Map<String, Long> ids = new HashMap<>();
        for (Candidate c : e.settings().candidates()) {
            ids.put(c.code().strip().toUpperCase(Locale.ROOT), c.unitId());
        }
        List<Ballot> ballots = BallotCsv.parse(csv, ids, BallotCheck.nextNumber(store.ballots(electionId)));
        importBallots(electionId, ballots);
        return ballots.size();
    }

    private Ballot existing(long electionId, int number) {
        return store.ballots(electionId).stream().filter(b -> b.number() == number).findFirst()
                .orElseThrow(() -> new AppException("election.error.noBallot", number));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(List.of(Problem.of("reason", "election.error.reasonRequired")));
        }
    }

    /** A paper as the minutes and the change log write it: "1, 3" by candidate number, or "Phiếu hỏng". */
    public static String describe(ElectionSettings s, Ballot b) {
        if (b.kind() == BallotKind.SPOILED) {
            return "H";
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < s.candidates().size(); i++) {
            if (b.approved().contains(s.candidates().get(i).unitId())) {
                keys.add(BallotKeys.keyOf(i));
            }
        }
        keys.addAll(b.unknownKeys());
        return String.join("", keys);
    }

    private StoredElection openElection(long electionId) {
        StoredElection e = election(electionId);
        if (e.closed()) {
            throw new AppException("election.error.closed", e.settings().title());
        }
        return e;
    }

    // ---- results

    /** When the election was set up, its first paper entered, and it was closed (null where not yet). */
    public ElectionStore.Times times(long electionId) {
        return store.times(electionId);
    }

    public TallyResult tally(long electionId) {
        return Tally.count(election(electionId).settings(), store.ballots(electionId));
    }

    /** Locks the election; returns its fingerprint (SHA-256, docs/fingerprint.md). */
    public String close(long electionId) {
        StoredElection e = openElection(electionId);
        beforeClose.accept("truoc-ket-thuc-bau-" + electionId);
        String fingerprint = Fingerprint.of(e.settings(), store.ballots(electionId));
        store.close(electionId, fingerprint);
        return fingerprint;
    }

    /** Recomputes the fingerprint from the stored data; true when it matches the one stored at closing. */
    public boolean verify(long electionId) {
        StoredElection e = election(electionId);
        if (!e.closed()) {
            throw new AppException("election.error.notClosed", e.settings().title());
        }
        return Fingerprint.of(e.settings(), store.ballots(electionId)).equals(e.fingerprint());
    }

    /** Starts the runoff among the tied for the seats left; returns its id. */
    public long runoff(long electionId) {
        StoredElection e = election(electionId);
        if (!e.closed()) {
            throw new AppException("election.error.notClosed", e.settings().title());
        }
        if (!runoffs(electionId).isEmpty() && runoffs(electionId).get(0).settings().parentElectionId() == electionId) {
            throw new AppException("election.error.runoffExists", e.settings().title());
        }
        ElectionSettings next = Runoff.settingsFor(electionId, tally(electionId))
                .orElseThrow(() -> new AppException("election.error.noTie", e.settings().title()));
        return store.insertElection(e.seasonId(), next, "runoff", e.excludePutForward());
    }

    /** The runoffs of an election, in order. */
    public List<StoredElection> runoffs(long electionId) {
        List<StoredElection> chain = new ArrayList<>();
        StoredElection parent = election(electionId);
        List<StoredElection> all = store.elections(parent.seasonId());
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

    /** Who the election puts forward, counting its closed runoffs. */
    public FinalOutcome finalOutcome(long electionId) {
        List<TallyResult> runoffResults = runoffs(electionId).stream().filter(StoredElection::closed)
                .map(r -> tally(r.id())).toList();
        return Runoff.finalOutcome(tally(electionId), runoffResults);
    }
}
