package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import vn.thidua.domain.voting.ElectionArbitraries.Case;

class TallyPropertiesTest {

    @Provide
    Arbitrary<Case> elections() {
        return ElectionArbitraries.cases();
    }

    @Property(tries = 500)
    void theResultDoesNotDependOnTheOrderOfThePapers(@ForAll("elections") Case c, @ForAll Random random) {
        List<Ballot> shuffled = new ArrayList<>(c.ballots());
        Collections.shuffle(shuffled, random);
        assertThat(Tally.count(c.settings(), shuffled)).isEqualTo(Tally.count(c.settings(), c.ballots()));
    }

    @Property(tries = 500)
    void outcomesDoNotDependOnCandidateOrderOrNames(@ForAll("elections") Case c, @ForAll Random random) {
        ElectionSettings s = c.settings();
        List<Candidate> renamed = new ArrayList<>();
        for (Candidate x : s.candidates()) {
            renamed.add(new Candidate(x.unitId(), x.code(), Integer.toString(random.nextInt(1000))));
        }
        Collections.shuffle(renamed, random);
        ElectionSettings other = new ElectionSettings(s.title(), s.seats(), renamed, s.operator(), s.percent(),
                s.base(), s.ballotsIssued(), s.members(), s.parentElectionId(), s.round());
        assertThat(perUnit(Tally.count(other, c.ballots()))).isEqualTo(perUnit(Tally.count(s, c.ballots())));
    }

    @Property(tries = 500)
    void theLiveCountEqualsARecountAfterEveryPaper(@ForAll("elections") Case c) {
        LiveTally live = LiveTally.start(c.settings());
        assertThat(live.result()).isEqualTo(Tally.count(c.settings(), List.of()));
        for (int i = 0; i < c.ballots().size(); i++) {
            live = live.add(c.ballots().get(i));
            assertThat(live.result()).isEqualTo(Tally.count(c.settings(), c.ballots().subList(0, i + 1)));
        }
    }

    @Property(tries = 300)
    void undoingAPaperIsAsIfItWasNeverEntered(@ForAll("elections") Case c, @ForAll Random random) {
        LiveTally live = LiveTally.start(c.settings());
        for (Ballot b : c.ballots()) {
            live = live.add(b);
        }
        List<Ballot> kept = new ArrayList<>(c.ballots());
        while (!kept.isEmpty() && random.nextBoolean()) {
            live = live.remove(kept.remove(random.nextInt(kept.size())));
        }
        assertThat(live.result()).isEqualTo(Tally.count(c.settings(), kept));
    }

    /**
     * Papers entered, withdrawn and corrected in any order: the running count (started from a recount of
     * what is in, then moved on by each change) equals a recount of the papers as they stand, every step.
     */
    @Property(tries = 300)
    void theRunningCountFollowsPapersEnteredWithdrawnAndCorrected(@ForAll("elections") Case c, @ForAll Random random) {
        List<Ballot> stored = new ArrayList<>();
        LiveTally live = LiveTally.of(c.settings(), stored);
        for (Ballot next : c.ballots()) {
            int what = random.nextInt(10);
            if (what < 2 && !stored.isEmpty()) {
                live = live.remove(stored.remove(stored.size() - 1));
            } else if (what < 4 && !stored.isEmpty()) {
                int i = random.nextInt(stored.size());
                Ballot corrected = next.withNumber(stored.get(i).number());
                live = live.remove(stored.get(i)).add(corrected);
                stored.set(i, corrected);
            } else {
                Ballot b = next.withNumber(stored.isEmpty() ? 1 : stored.get(stored.size() - 1).number() + 1);
                live = live.add(b);
                stored.add(b);
            }
            assertThat(live.result()).isEqualTo(Tally.count(c.settings(), stored));
            assertThat(LiveTally.of(c.settings(), stored).result()).isEqualTo(live.result());
        }
    }

    @Property(tries = 500)
    void aCandidateQualifiesExactlyWhenItHasTheVotesNeeded(@ForAll("elections") Case c) {
        TallyResult r = Tally.count(c.settings(), c.ballots());
        for (CandidateResult row : r.rows()) {
            assertThat(row.qualifies()).isEqualTo(r.base() > 0 && row.votes() >= r.votesNeeded());
        }
    }

    @Property(tries = 500)
    void seatsAreNeverOverfilledAndATieIsNeverBroken(@ForAll("elections") Case c) {
        TallyResult r = Tally.count(c.settings(), c.ballots());
        int seats = c.settings().seats();
        List<CandidateResult> elected = withOutcome(r, Outcome.ELECTED);
        List<CandidateResult> tied = withOutcome(r, Outcome.TIE);
        assertThat(elected.size()).isLessThanOrEqualTo(seats);
        assertThat(elected).allMatch(CandidateResult::qualifies);
        assertThat(tied).allMatch(CandidateResult::qualifies);
        if (!tied.isEmpty()) {
            assertThat(elected.size()).isLessThan(seats);
            assertThat(elected.size() + tied.size()).isGreaterThan(seats);
            assertThat(tied).extracting(CandidateResult::votes).containsOnly(tied.get(0).votes());
            assertThat(elected).allMatch(e -> e.votes() > tied.get(0).votes());
        }
        int lowestIn = r.rows().stream().filter(x -> x.outcome() != Outcome.NOT_ELECTED)
                .mapToInt(CandidateResult::votes).min().orElse(Integer.MAX_VALUE);
        for (CandidateResult out : withOutcome(r, Outcome.NOT_ELECTED)) {
            assertThat(!out.qualifies() || out.votes() < lowestIn || elected.size() == seats)
                    .as("%s qualifies yet is left out", out).isTrue();
        }
        if (tied.isEmpty() && elected.size() < seats) {
            assertThat(withOutcome(r, Outcome.NOT_ELECTED)).noneMatch(CandidateResult::qualifies);
        }
        // The generator must keep producing the interesting cases, or this property proves little.
        Statistics.label("tie").collect(r.hasTie());
        Statistics.label("tie").coverage(cov -> cov.check(true).percentage(p -> p >= 3));
        Statistics.label("seat left for a qualifier").collect(
                !withOutcome(r, Outcome.NOT_ELECTED).stream().filter(CandidateResult::qualifies).toList().isEmpty());
        Statistics.label("seat left for a qualifier").coverage(cov -> cov.check(true).percentage(p -> p >= 3));
    }

    @Property(tries = 300)
    void papersTypedWithTheKeysApproveTheCandidatesOfThoseKeys(@ForAll("elections") Case c, @ForAll Random random) {
        List<Candidate> list = c.settings().candidates();
        StringBuilder typed = new StringBuilder();
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (random.nextBoolean()) {
                String key = BallotKeys.keyOf(i);
                typed.append(random.nextBoolean() ? key : key.toLowerCase(Locale.ROOT)).append(random.nextBoolean() ? " " : "");
                expected.add(list.get(i).unitId());
            }
        }
        BallotDraft d = BallotKeys.parse(typed.toString(), list);
        assertThat(d.approved()).containsExactlyElementsOf(expected);
        assertThat(d.unknownKeys()).isEmpty();
        assertThat(d.spoiled()).isFalse();
    }

    private static List<CandidateResult> withOutcome(TallyResult r, Outcome outcome) {
        return r.rows().stream().filter(x -> x.outcome() == outcome).toList();
    }

    /** What must not move when names or list order change: everything but the row order and number. */
    private static Map<Long, List<Object>> perUnit(TallyResult r) {
        Map<Long, List<Object>> out = new HashMap<>();
        for (CandidateResult row : r.rows()) {
            out.put(row.unitId(), List.of(row.votes(), row.percent(), row.qualifies(), row.outcome(), row.reason()));
        }
        return out;
    }
}
