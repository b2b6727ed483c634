package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.domain.voting.Elections.CT;
import static vn.thidua.domain.voting.Elections.GTVT;
import static vn.thidua.domain.voting.Elections.NNPTNT;
import static vn.thidua.domain.voting.Elections.TNMT;
import static vn.thidua.domain.voting.Elections.ballots;
import static vn.thidua.domain.voting.Elections.concat;
import static vn.thidua.domain.voting.Elections.election;
import static vn.thidua.domain.voting.Elections.repeat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunoffTest {

    private static final List<Candidate> FOUR = List.of(GTVT, CT, NNPTNT, TNMT);

    /** Two seats: GTVT 5 is elected; CT, NNPTNT and TNMT tie at 4 for the second. */
    private final ElectionSettings first = election(2, ">=", "40", Base.VALID, 9, FOUR);
    private final TallyResult tied = Tally.count(first, ballots(first, "12", "12", "13", "13", "14", "23", "24", "34", "4"));

    private ElectionSettings runoff() {
        return Runoff.settingsFor(41L, tied).orElseThrow();
    }

    @Test
    void aRunoffIsAmongTheTiedOnlyForTheSeatsLeft() {
        ElectionSettings r = runoff();
        assertThat(r.candidates()).containsExactly(CT, NNPTNT, TNMT);
        assertThat(r.seats()).isEqualTo(1);
        assertThat(r.parentElectionId()).isEqualTo(41L);
        assertThat(r.round()).isEqualTo(2);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aRunoffKeepsTheRuleAndThePapers() {
        ElectionSettings r = runoff();
        assertThat(r.operator()).isEqualTo(first.operator());
        assertThat(r.percent()).isEqualTo(first.percent());
        assertThat(r.base()).isEqualTo(first.base());
        assertThat(r.ballotsIssued()).isEqualTo(first.ballotsIssued());
        assertThat(r.members()).isEqualTo(first.members());
        assertThat(r.title()).isEqualTo(first.title());
    }

    @Test
    void withoutATieThereIsNoRunoff() {
        TallyResult clear = Tally.count(first, ballots(first, concat(repeat("12", 5), repeat("3", 4))));
        assertThat(Runoff.settingsFor(41L, clear)).isEmpty();
        assertThat(Runoff.finalOutcome(clear, List.of()))
                .isEqualTo(new FinalOutcome(List.of(CT.unitId(), GTVT.unitId()), List.of(), 0));
    }

    @Test
    void theRunoffWinnerJoinsTheFirstRoundsElected() {
        ElectionSettings r = runoff();
        TallyResult second = Tally.count(r, ballots(r, concat(repeat("2", 6), repeat("1", 3))));
        FinalOutcome result = Runoff.finalOutcome(tied, second);
        assertThat(result.elected()).containsExactly(GTVT.unitId(), NNPTNT.unitId());
        assertThat(result.isSettled()).isTrue();
        assertThat(result.seatsLeft()).isZero();
    }

    @Test
    void aTieInTheRunoffIsStillReported() {
        ElectionSettings r = runoff();
        TallyResult second = Tally.count(r, ballots(r, concat(repeat("1", 4), repeat("2", 4), repeat("3", 1))));
        FinalOutcome result = Runoff.finalOutcome(tied, second);
        assertThat(result.elected()).containsExactly(GTVT.unitId());
        assertThat(result.tied()).containsExactlyInAnyOrder(CT.unitId(), NNPTNT.unitId());
        assertThat(result.isSettled()).isFalse();
        assertThat(result.seatsLeft()).isEqualTo(1);
    }

    @Test
    void aSecondRunoffSettlesTheRemainingTie() {
        ElectionSettings r = runoff();
        TallyResult second = Tally.count(r, ballots(r, concat(repeat("1", 4), repeat("2", 4), repeat("3", 1))));
        ElectionSettings third = Runoff.settingsFor(42L, second).orElseThrow();
        assertThat(third.candidates()).containsExactly(CT, NNPTNT);
        assertThat(third.round()).isEqualTo(3);
        TallyResult last = Tally.count(third, ballots(third, concat(repeat("1", 5), repeat("2", 4))));
        FinalOutcome result = Runoff.finalOutcome(tied, List.of(second, last));
        assertThat(result.elected()).containsExactly(GTVT.unitId(), CT.unitId());
        assertThat(result.isSettled()).isTrue();
    }

    @Test
    void aRunoffWhereNobodyQualifiesLeavesTheSeatEmpty() {
        ElectionSettings r = runoff();
        TallyResult second = Tally.count(r, ballots(r, concat(repeat("1", 3), repeat("2", 3), repeat("3", 3))));
        FinalOutcome result = Runoff.finalOutcome(tied, second);
        assertThat(result.elected()).containsExactly(GTVT.unitId());
        assertThat(result.tied()).isEmpty();
        assertThat(result.seatsLeft()).isEqualTo(1);
    }

    @Test
    void aRunoffAmongOtherCandidatesIsRefused() {
        ElectionSettings wrong = election(1, ">=", "40", Base.VALID, 9, List.of(CT, NNPTNT));
        TallyResult other = Tally.count(wrong, ballots(wrong, repeat("1", 9)));
        assertThatThrownBy(() -> Runoff.finalOutcome(tied, other)).isInstanceOf(IllegalArgumentException.class);
    }
}
