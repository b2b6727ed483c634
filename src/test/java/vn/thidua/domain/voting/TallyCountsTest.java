package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.domain.voting.Elections.SAMPLE_UNITS;
import static vn.thidua.domain.voting.Elections.ballots;
import static vn.thidua.domain.voting.Elections.moreThanHalf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TallyCountsTest {

    @Test
    void papersAreCountedByKind() {
        ElectionSettings s = moreThanHalf(2, 10, SAMPLE_UNITS);
        TallyResult r = Tally.count(s, ballots(s, "12", "1", "", "123", "9", "H", "H"));
        assertThat(r.issued()).isEqualTo(10);
        assertThat(r.returned()).isEqualTo(7);
        assertThat(r.valid()).isEqualTo(3);
        assertThat(r.invalid()).isEqualTo(4);
        assertThat(r.invalidByReason()).isEqualTo(Map.of(
                InvalidReason.TOO_MANY_MARKS, 1, InvalidReason.NOT_A_CANDIDATE, 1, InvalidReason.SPOILED, 2));
        assertThat(r.isComplete()).isFalse();
    }

    @Test
    void invalidPapersCarryNoVotes() {
        ElectionSettings s = moreThanHalf(1, 4, SAMPLE_UNITS);
        TallyResult r = Tally.count(s, ballots(s, "1", "12", "19", "H"));
        assertThat(r.row(Elections.GTVT.unitId()).orElseThrow().votes()).isEqualTo(1);
        assertThat(r.row(Elections.CT.unitId()).orElseThrow().votes()).isZero();
    }

    @Test
    void aPaperApprovingNobodyCountsInTheBase() {
        ElectionSettings s = moreThanHalf(1, 4, SAMPLE_UNITS);
        TallyResult r = Tally.count(s, ballots(s, "1", "1", "", ""));
        assertThat(r.valid()).isEqualTo(4);
        assertThat(r.base()).isEqualTo(4);
        assertThat(r.elected()).isEmpty();
    }

    @Test
    void withNoBaseEveryPercentIsZeroAndNobodyQualifies() {
        ElectionSettings s = moreThanHalf(1, 3, SAMPLE_UNITS);
        TallyResult r = Tally.count(s, ballots(s, "H", "H", "9"));
        assertThat(r.base()).isZero();
        assertThat(r.rows()).allSatisfy(row -> {
            assertThat(row.percent()).isEqualTo(new BigDecimal("0.00"));
            assertThat(row.qualifies()).isFalse();
            assertThat(row.outcome()).isEqualTo(Outcome.NOT_ELECTED);
            assertThat(row.reason()).isEqualTo(Reason.of("voting.reason.noBase.valid"));
        });
    }

    @Test
    void beforeTheFirstPaperEveryoneHasNothing() {
        ElectionSettings s = moreThanHalf(1, 8, SAMPLE_UNITS);
        TallyResult r = Tally.count(s, List.of());
        assertThat(r.returned()).isZero();
        assertThat(r.rows()).hasSize(8).allSatisfy(row -> assertThat(row.votes()).isZero());
        assertThat(r.elected()).isEmpty();
    }

    @Test
    void theCountIsCompleteWhenEveryIssuedPaperIsIn() {
        ElectionSettings s = moreThanHalf(1, 3, SAMPLE_UNITS);
        assertThat(Tally.count(s, ballots(s, "1", "1", "2")).isComplete()).isTrue();
    }

    @Test
    void theSampleGovernmentFlagElectionPutsOneUnitForward() {
        ElectionSettings s = moreThanHalf(1, 8, SAMPLE_UNITS);
        TallyResult r = Tally.count(s, ballots(s, "2", "2", "2", "2", "2", "2", "1", "H"));
        assertThat(r.elected()).containsExactly(Elections.CT.unitId());
        CandidateResult ct = r.rows().get(0);
        assertThat(ct.percent()).isEqualTo(new BigDecimal("85.71"));
        assertThat(ct.reason()).isEqualTo(Reason.of("voting.reason.gt.valid",
                new BigDecimal("50"), 7, 4, 6, new BigDecimal("85.71")));
    }
}
