package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.domain.voting.Elections.CT;
import static vn.thidua.domain.voting.Elections.GTVT;
import static vn.thidua.domain.voting.Elections.SAMPLE_UNITS;
import static vn.thidua.domain.voting.Elections.XD;
import static vn.thidua.domain.voting.Elections.election;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.domain.bloc.Problem;

class ElectionSettingsTest {

    private static List<String> keys(ElectionSettings s) {
        return s.problems().stream().map(Problem::key).toList();
    }

    @Test
    void theSampleGovernmentFlagElectionIsUsable() {
        ElectionSettings s = election(1, ">", "50", Base.VALID, 8, SAMPLE_UNITS);
        assertThat(s.problems()).isEmpty();
        assertThat(s.isRunoff()).isFalse();
        assertThat(s.round()).isEqualTo(1);
    }

    @Test
    void atLeastOneSeat() {
        assertThat(keys(election(0, ">", "50", Base.VALID, 8, SAMPLE_UNITS))).containsExactly("voting.error.seatsMin");
    }

    @Test
    void noMoreSeatsThanCandidates() {
        ElectionSettings s = election(3, ">", "50", Base.VALID, 8, List.of(GTVT, CT));
        assertThat(s.problems()).containsExactly(Problem.of("seats", "voting.error.seatsOverCandidates", 3, 2));
    }

    @Test
    void seatsEqualToCandidatesIsAllowed() {
        assertThat(election(2, ">", "50", Base.VALID, 8, List.of(GTVT, CT)).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "50", "66.67", "100", "100.00"})
    void percentFromZeroToHundredIsAllowed(String percent) {
        assertThat(election(1, ">=", percent, Base.VALID, 8, SAMPLE_UNITS).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-1", "100.01", "150"})
    void percentOutsideZeroToHundredIsRefused(String percent) {
        assertThat(keys(election(1, ">=", percent, Base.VALID, 8, SAMPLE_UNITS))).containsExactly("voting.error.percentRange");
    }

    @Test
    void fiftyAndFiftyPointZeroZeroAreTheSameSetting() {
        assertThat(election(1, ">", "50.00", Base.VALID, 8, SAMPLE_UNITS))
                .isEqualTo(election(1, ">", "50", Base.VALID, 8, SAMPLE_UNITS));
    }

    @Test
    void atLeastOneBallotIssued() {
        assertThat(keys(election(1, ">", "50", Base.VALID, 0, SAMPLE_UNITS))).containsExactly("voting.error.issuedMin");
    }

    @Test
    void aUnitStandsOnlyOnce() {
        Candidate sameUnitAgain = new Candidate(GTVT.unitId(), "GTVT2", "Sở GTVT");
        Candidate sameCodeOtherCase = new Candidate(99, "xd", "Sở Xây dựng (trùng)");
        ElectionSettings s = election(1, ">", "50", Base.VALID, 8, List.of(GTVT, XD, sameUnitAgain, sameCodeOtherCase));
        assertThat(keys(s)).containsExactly("voting.error.candidateDuplicate", "voting.error.candidateDuplicate");
    }

    @Test
    void aCandidateNeedsACode() {
        ElectionSettings s = election(1, ">", "50", Base.VALID, 8, List.of(GTVT, new Candidate(9, " ", "Không mã")));
        assertThat(keys(s)).containsExactly("voting.error.candidateCodeEmpty");
    }

    @Test
    void anElectionNeedsCandidates() {
        assertThat(keys(election(1, ">", "50", Base.VALID, 8, List.of()))).containsExactly("voting.error.noCandidates");
    }

    @Test
    void theKeysDoNotLimitTheCandidatesOfAnElection() {
        // Papers imported by unit codes reach any candidate; only counting on screen needs a key each.
        List<Candidate> forty = new ArrayList<>();
        LongStream.rangeClosed(1, 40).forEach(i -> forty.add(new Candidate(i, "U" + i, "Đơn vị " + i)));
        assertThat(election(1, ">", "50", Base.VALID, 8, forty).problems()).isEmpty();
    }

    @Test
    void aMembersBaseNeedsMembers() {
        ElectionSettings s = ElectionSettings.firstRound("Cờ", 1, SAMPLE_UNITS, ThresholdOperator.GT,
                BigDecimal.valueOf(50), Base.MEMBERS, 8, 0);
        assertThat(keys(s)).containsExactly("voting.error.membersMin");
    }

    @Test
    void aTitleIsRequired() {
        ElectionSettings s = ElectionSettings.firstRound("  ", 1, SAMPLE_UNITS, ThresholdOperator.GT,
                BigDecimal.valueOf(50), Base.VALID, 8, 8);
        assertThat(keys(s)).containsExactly("voting.error.titleEmpty");
    }

    @Test
    void aRunoffHasAParentAndAFirstRoundHasNone() {
        ElectionSettings orphanRunoff = new ElectionSettings("Cờ", 1, SAMPLE_UNITS, ThresholdOperator.GT,
                BigDecimal.valueOf(50), Base.VALID, 8, 8, null, 2);
        ElectionSettings firstWithParent = new ElectionSettings("Cờ", 1, SAMPLE_UNITS, ThresholdOperator.GT,
                BigDecimal.valueOf(50), Base.VALID, 8, 8, 7L, 1);
        ElectionSettings runoff = new ElectionSettings("Cờ", 1, SAMPLE_UNITS, ThresholdOperator.GT,
                BigDecimal.valueOf(50), Base.VALID, 8, 8, 7L, 2);
        assertThat(keys(orphanRunoff)).containsExactly("voting.error.roundParent");
        assertThat(keys(firstWithParent)).containsExactly("voting.error.roundParent");
        assertThat(runoff.problems()).isEmpty();
        assertThat(runoff.isRunoff()).isTrue();
    }
}
