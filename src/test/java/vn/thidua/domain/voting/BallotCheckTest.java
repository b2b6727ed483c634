package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.domain.voting.Elections.SAMPLE_UNITS;
import static vn.thidua.domain.voting.Elections.ballots;
import static vn.thidua.domain.voting.Elections.moreThanHalf;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.domain.bloc.Problem;

class BallotCheckTest {

    private final ElectionSettings twoSeats = moreThanHalf(2, 8, SAMPLE_UNITS);

    private Validity validityOf(String typed) {
        return BallotCheck.validity(ballots(twoSeats, typed).get(0), twoSeats);
    }

    @Test
    void approvingUpToTheSeatsIsValid() {
        assertThat(validityOf("1")).isEqualTo(Validity.VALID);
        assertThat(validityOf("18")).isEqualTo(Validity.VALID);
    }

    @Test
    void approvingNobodyIsValid() {
        assertThat(validityOf("")).isEqualTo(Validity.VALID);
        assertThat(Validity.VALID.isValid()).isTrue();
        assertThat(Validity.VALID.invalidReason()).isEmpty();
    }

    @Test
    void approvingMoreThanTheSeatsIsTooManyMarks() {
        assertThat(validityOf("123").invalidReason()).contains(InvalidReason.TOO_MANY_MARKS);
    }

    @Test
    void aKeyWithNoCandidateIsNotACandidate() {
        assertThat(validityOf("9").invalidReason()).contains(InvalidReason.NOT_A_CANDIDATE);
        assertThat(validityOf("1G").invalidReason()).contains(InvalidReason.NOT_A_CANDIDATE);
    }

    @Test
    void aUnitIdNotOnTheListIsNotACandidate() {
        Ballot stored = Ballot.marked(1, Set.of(1L, 42L));
        assertThat(BallotCheck.validity(stored, twoSeats).invalidReason()).contains(InvalidReason.NOT_A_CANDIDATE);
    }

    @Test
    void aSpoiledPaperIsInvalid() {
        Validity v = validityOf("H");
        assertThat(v.isValid()).isFalse();
        assertThat(v.invalidReason()).contains(InvalidReason.SPOILED);
        assertThat(v.key()).isEqualTo("voting.invalid.spoiled");
    }

    @Test
    void aNameOffTheListOutweighsTooManyMarks() {
        assertThat(validityOf("129").invalidReason()).contains(InvalidReason.NOT_A_CANDIDATE);
    }

    @Test
    void aSpoiledPaperCarriesNoMarks() {
        assertThatThrownBy(() -> new Ballot(1, BallotKind.SPOILED, Set.of(1L), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void paperNumbersStartAtOne() {
        assertThatThrownBy(() -> Ballot.spoiled(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void papersAreNumberedInEntryOrder() {
        assertThat(BallotCheck.nextNumber(List.of())).isEqualTo(1);
        assertThat(BallotCheck.nextNumber(ballots(twoSeats, "1", "2"))).isEqualTo(3);
        assertThat(BallotCheck.nextNumber(List.of(Ballot.marked(1, List.of()), Ballot.marked(3, List.of()))))
                .as("after paper 2 was withdrawn").isEqualTo(4);
    }

    @Test
    void aPaperBeyondTheIssuedIsRefused() {
        ElectionSettings three = moreThanHalf(1, 3, SAMPLE_UNITS);
        List<Ballot> two = ballots(three, "1", "2");
        List<Ballot> all = ballots(three, "1", "2", "3");
        assertThat(BallotCheck.canAdd(three, two)).isTrue();
        assertThat(BallotCheck.checkAdd(three, two.size())).isEmpty();
        assertThat(BallotCheck.canAdd(three, all)).isFalse();
        assertThat(BallotCheck.checkAdd(three, all.size()))
                .contains(Problem.of("ballots", "voting.error.allBallotsEntered", 3));
    }

    @Test
    void aRecountOfMorePapersThanIssuedIsRefused() {
        ElectionSettings two = moreThanHalf(1, 2, SAMPLE_UNITS);
        assertThatThrownBy(() -> Tally.count(two, ballots(two, "1", "2", "3")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
