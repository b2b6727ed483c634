package vn.thidua.app;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.Candidate;
import vn.thidua.domain.voting.DoubleEntry;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.domain.voting.Eligibility;
import vn.thidua.domain.voting.EligibilityRule;
import vn.thidua.domain.voting.FinalOutcome;
import vn.thidua.domain.voting.Fingerprint;
import vn.thidua.domain.voting.LiveTally;
import vn.thidua.domain.voting.Member;
import vn.thidua.domain.voting.Seal;
import vn.thidua.domain.voting.Tally;
import vn.thidua.domain.voting.TallyResult;
import vn.thidua.domain.voting.ThresholdLevel;
import vn.thidua.domain.voting.ThresholdOperator;

/**
 * Elections at the conference: set up, ballots entered one by one (each on disk before it is
 * shown as counted), corrections with a reason, close with a fingerprint, runoffs.
 */
public final class ElectionService {

    /** What the user asks for when setting up an election. Candidates by hand or by a rule. */
    public record Draft(String title, int seats, ThresholdOperator operator, ThresholdLevel level, Base base,
                        int ballotsIssued, List<Long> candidateUnitIds, EligibilityRule rule,
                        boolean excludePutForward) {

        /** A draft whose threshold is a percentage. */
        public Draft(String title, int seats, ThresholdOperator operator, BigDecimal percent, Base base,
                     int ballotsIssued, List<Long> candidateUnitIds, EligibilityRule rule, boolean excludePutForward) {
            this(title, seats, operator, percent == null ? null : ThresholdLevel.percent(percent), base, ballotsIssued,
                    candidateUnitIds, rule, excludePutForward);
        }
    }

    private final ElectionStore store;
    private final BlocService blocs;
    private final ScoringService scoring;
    private final Consumer<String> beforeClose;
    private final PaperEntry entry;
    private final Rechecks rechecks;
    private final RunoffChain chain;

    /** @param beforeClose run before an election is locked (a backup of the data as it stands) */
    public ElectionService(ElectionStore store, BlocService blocs, ScoringService scoring,
                           Consumer<String> beforeClose) {
        this.store = store;
        this.blocs = blocs;
        this.scoring = scoring;
        this.beforeClose = beforeClose;
        this.entry = new PaperEntry(store);
        this.rechecks = new Rechecks(store, entry);
        this.chain = new RunoffChain(store, entry, this::tally);
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
        return create(season, d, false);
    }

    /**
     * Creates an election. A second election for a title the year already has (the same words,
     * whatever the case and spaces) is refused unless {@code again}: the secretary said it is meant.
     */
    public long create(Season season, Draft d, boolean again) {
        // Who the year already put forward decides candidates and notes: a forged election refuses here, before any write.
        putForward(season);
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
                candidates, d.operator(), d.level(), d.base(), d.ballotsIssued(), blocs.members(season).size());
        List<Problem> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (!again) {
            sameTitle(season, settings.title()).ifPresent(e -> {
                throw new ValidationException(List.of(Problem.of("title", "election.error.sameTitle",
                        season.year(), e.settings().title())));
            });
        }
        return store.insertElection(season.id(), settings, eligibility, d.excludePutForward());
    }

    /** The year's first-round election for this title, if there is one (runoffs share their title). */
    public Optional<StoredElection> sameTitle(Season season, String title) {
        String wanted = titleKey(title);
        return store.elections(season.id()).stream()
                .filter(e -> !e.settings().isRunoff() && titleKey(e.settings().title()).equals(wanted)).findFirst();
    }

    /** A title as compared: composed, spaces collapsed, case ignored. */
    public static String titleKey(String title) {
        String t = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC);
        return t.strip().replaceAll("\\s+", " ").toLowerCase(new Locale("vi", "VN"));
    }

    public List<StoredElection> elections(Season season) {
        return store.elections(season.id());
    }

    public StoredElection election(long electionId) {
        return entry.election(electionId);
    }

    /**
     * Units elected by the closed elections of the year (with their runoffs). Refused
     * ({@link ForgedElectionException}) when one of them was changed after its close.
     */
    public Set<Long> putForward(Season season) {
        Set<Long> out = new HashSet<>();
        for (StoredElection e : store.elections(season.id())) {
            if (e.closed() && !e.settings().isRunoff()) {
                out.addAll(finalOutcome(e.id()).elected());
            }
        }
        // A unit put forward stays put forward, that year, in the units that succeed it by then (issue 16, 0008).
        out.addAll(blocs.successorsBy(out, season.year()));
        return out;
    }

    // ---- ballots (PaperEntry), the second entry (Rechecks)

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
        return entry.enter(electionId, typed);
    }

    /**
     * Enters paper {@code number} from the keys typed for it, at most once: when paper {@code number}
     * is already stored with the same content, this is a write that already happened (its answer was
     * lost), and the stored paper is returned without writing again. The same number with another
     * content is refused, and so is a number that is not the next one. On disk when this returns.
     */
    public Ballot enterBallot(long electionId, int number, String typed) {
        return entry.enter(electionId, number, typed);
    }

    /**
     * Enters paper {@code number} of the election {@code before} shows (as {@link #enterBallot(long, int,
     * String)}), and returns the count moved on by that paper: on disk when this returns, and no paper
     * read back (the count of the papers written is the count of the papers stored: a property test).
     */
    public CountState enterBallot(CountState before, int number, String typed) {
        Ballot paper = entry.enter(before.election().id(), number, typed);
        try {
            return before.withPaper(paper);
        } catch (IllegalStateException behind) {
            // The state shown was not the stored one (it cannot take this paper): the count is read whole.
            return countState(before.election().id());
        }
    }

    /** Corrects an entered paper, only with a reason; the change and the reason are logged. */
    public Ballot correctBallot(long electionId, int number, String typed, String reason) {
        return entry.correct(electionId, number, typed, reason);
    }

    /** Withdraws an entered paper (entered twice, say), only with a reason, which is logged. */
    public void withdrawBallot(long electionId, int number, String reason) {
        entry.withdraw(electionId, number, reason);
    }

    public List<ElectionStore.BallotChange> changes(long electionId) {
        return store.changes(electionId);
    }

    /** A paper as the minutes and the change log write it: "13" by candidate key, or "H" for a spoiled one. */
    public static String describe(ElectionSettings s, Ballot b) {
        return PaperEntry.describe(s, b);
    }

    /** The second entry of the papers, by number. */
    public List<Ballot> rechecks(long electionId) {
        return rechecks.rechecks(electionId);
    }

    /**
     * Stores the second entry of paper {@code number}, typed by an operator who does not see the
     * first; typing a number again replaces its second entry. Never counted, so it is taken before
     * and after the election is closed alike. On disk when this returns.
     */
    public Ballot enterRecheck(long electionId, int number, String typed) {
        return rechecks.enter(electionId, number, typed);
    }

    /**
     * Stores a ballots.csv ({@link BallotCsv}, papers numbered from 1) as the second entry, all or
     * nothing; papers already in the second entry under the same numbers are replaced.
     *
     * @return how many papers were stored
     */
    public int importRecheckCsv(long electionId, String csv) {
        return rechecks.importCsv(electionId, csv);
    }

    /** The two entries compared: the papers that differ, by number, to read again. */
    public DoubleEntry.Check recheck(long electionId) {
        return rechecks.check(electionId);
    }

    public void clearRechecks(long electionId) {
        rechecks.clear(electionId);
    }

    /** Adds a whole set of papers at once (an import), all or nothing. */
    public void importBallots(long electionId, List<Ballot> ballots) {
        entry.importAll(electionId, ballots);
    }

    /**
     * Imports a ballots.csv ({@link BallotCsv}) into an open election, all or nothing: a malformed
     * file, or more papers than were issued, changes nothing. Codes are read against the election's
     * candidates; any other code is kept as written, so its paper is counted invalid, never lost.
     *
     * @return how many papers were imported
     */
    public int importBallotsCsv(long electionId, String csv) {
        StoredElection e = entry.openElection(electionId);
        List<Ballot> ballots = BallotCsv.parse(csv, Rechecks.codes(e), store.paperCount(electionId).lastNumber() + 1);
        entry.importAll(electionId, ballots);
        return ballots.size();
    }

    // ---- results

    /** When the election was set up, its first paper entered, and it was closed (null where not yet). */
    public ElectionStore.Times times(long electionId) {
        return store.times(electionId);
    }

    /**
     * The count from the stored ballots. Refused ({@link ForgedElectionException}) when the election's
     * seal is broken: a forged count is never shown nor printed, so every screen, command and document
     * that shows a result goes through here.
     */
    public TallyResult tally(long electionId) {
        StoredElection e = election(electionId);
        List<Ballot> ballots = store.ballots(electionId);
        requireSealed(e, ballots);
        return Tally.count(e.settings(), ballots);
    }

    /** An election's count, or the refusal of a forged one ({@link #tally(long)}). */
    record Count(StoredElection election, TallyResult tally, ForgedElectionException forged) {
    }

    /**
     * {@link #tally(long)} of elections already read, their papers and close lines read in two queries
     * whatever their number (the province's view counts a year's elections at once).
     */
    Map<Long, Count> counts(List<StoredElection> elections) {
        List<Long> ids = elections.stream().map(StoredElection::id).toList();
        Map<Long, List<Ballot>> ballots = store.ballots(ids);
        Map<Long, List<ElectionStore.Closing>> closings = store.closings(ids);
        Map<Long, Count> out = new HashMap<>();
        for (StoredElection e : elections) {
            List<Ballot> papers = ballots.get(e.id());
            try {
                requireSealed(e, papers, closings.get(e.id()).stream().map(ElectionStore.Closing::fingerprint).toList());
                out.put(e.id(), new Count(e, Tally.count(e.settings(), papers), null));
            } catch (ForgedElectionException forged) {
                out.put(e.id(), new Count(e, null, forged));
            }
        }
        return out;
    }

    /** What the stored data says of the election's close (docs/fingerprint.md, "Forgery"). */
    public Seal seal(long electionId) {
        StoredElection e = election(electionId);
        List<Ballot> ballots = store.ballots(electionId);
        return Seal.of(e.closed() ? recompute(e, ballots) : null, e.closed(), e.fingerprint(), closings(electionId));
    }

    /** The fingerprint the stored data gives now, in the format that sealed the election. */
    private String recompute(StoredElection e, List<Ballot> ballots) {
        return e.format() == 1 ? Fingerprint.of(1, e.settings(), ballots, e.sealedIds())
                : Fingerprint.of(e.format(), e.settings(), ballots, outside(e, ballots));
    }

    /**
     * The election's fingerprint in format /2, which holds no database id: equal in two databases exactly when
     * the settings and papers are the same under the mapping of ids (what a copy checks, whatever format
     * sealed the election).
     */
    public String contentFingerprint(long electionId) {
        StoredElection e = election(electionId);
        List<Ballot> ballots = store.ballots(electionId);
        return Fingerprint.of(2, e.settings(), ballots, outside(e, ballots));
    }

    /** What a /2 text names outside the election: the fingerprint of the round it settles, the codes of units. */
    private Fingerprint.Outside outside(StoredElection e, List<Ballot> ballots) {
        String parent = "";
        if (e.settings().parentElectionId() != null) {
            StoredElection p = election(e.settings().parentElectionId());
            parent = p.fingerprint() == null ? "" : p.fingerprint();
        }
        Set<Long> others = new HashSet<>();
        for (Ballot b : ballots) {
            for (long id : b.approved()) {
                if (e.settings().candidate(id).isEmpty()) {
                    others.add(id);
                }
            }
        }
        return new Fingerprint.Outside(parent, store.unitCodes(others));
    }

    /** Throws {@link ForgedElectionException} naming the election when its seal is broken. */
    public void requireSealed(long electionId) {
        requireSealed(election(electionId), store.ballots(electionId));
    }

    private void requireSealed(StoredElection e, List<Ballot> ballots) {
        requireSealed(e, ballots, closings(e.id()));
    }

    private void requireSealed(StoredElection e, List<Ballot> ballots, List<String> closings) {
        Seal seal = Seal.of(e.closed() ? recompute(e, ballots) : null, e.closed(), e.fingerprint(), closings);
        if (seal.forged()) {
            throw new ForgedElectionException(seal, e.settings().title(), e.id(),
                    closings.isEmpty() ? e.fingerprint() : closings.get(0));
        }
    }

    /** Locks the election; returns its fingerprint (SHA-256, docs/fingerprint.md). */
    public String close(long electionId) {
        StoredElection e = entry.openElection(electionId);
        beforeClose.accept("truoc-ket-thuc-bau-" + electionId);
        List<Ballot> ballots = store.ballots(electionId);
        String fingerprint = Fingerprint.of(Fingerprint.CURRENT, e.settings(), ballots, outside(e, ballots));
        store.close(electionId, fingerprint, Fingerprint.CURRENT);
        return fingerprint;
    }

    /**
     * Recomputes the fingerprint from the stored data; true when it matches the one stored at
     * closing and the audit log holds no other close of the election.
     */
    public boolean verify(long electionId) {
        Seal seal = seal(electionId);
        if (seal == Seal.OPEN) {
            throw new AppException("election.error.notClosed", election(electionId).settings().title());
        }
        return seal == Seal.INTACT;
    }

    /** The fingerprint of the election's first close as the audit log has it, else the one stored. */
    public String firstFingerprint(long electionId) {
        List<String> closings = closings(electionId);
        return closings.isEmpty() ? election(electionId).fingerprint() : closings.get(0);
    }

    /**
     * The hash of the election's first close line in the audit log's chain, printed in the minutes
     * beside the fingerprint: it seals every line written up to the close. Empty when the log has none.
     */
    public String closeLineHash(long electionId) {
        return store.closings(electionId).stream().findFirst().map(ElectionStore.Closing::lineHash).orElse("");
    }

    private List<String> closings(long electionId) {
        return store.closings(electionId).stream().map(ElectionStore.Closing::fingerprint).toList();
    }

    /** Starts the runoff among the tied for the seats left; returns its id. */
    public long runoff(long electionId) {
        return chain.start(electionId);
    }

    /** The runoffs of an election, in order. */
    public List<StoredElection> runoffs(long electionId) {
        return chain.runoffs(electionId);
    }

    /** Everything a count page shows, read whole from the stored papers (a recount). */
    public CountState countState(long electionId) {
        StoredElection e = election(electionId);
        List<Ballot> papers = store.ballots(electionId);
        Seal seal = seal(electionId);
        if (seal.forged()) {
            return new CountState(e, papers, null, null, List.of(), e, null, false, seal, firstFingerprint(electionId));
        }
        LiveTally live = LiveTally.of(e.settings(), papers);
        TallyResult tally = live.result();
        List<StoredElection> runoffs = e.closed() ? runoffs(electionId) : List.of();
        return new CountState(e, papers, live, tally, runoffs, chain.root(e), chain.settled(e, tally, runoffs),
                e.closed() && tally.hasTie() && runoffs.isEmpty(), seal, null);
    }

    /** Who the election puts forward, counting its closed runoffs. */
    public FinalOutcome finalOutcome(long electionId) {
        return chain.finalOutcome(electionId);
    }
}
