package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.domain.voting.Elections.CT;
import static vn.thidua.domain.voting.Elections.GTVT;
import static vn.thidua.domain.voting.Elections.ballots;
import static vn.thidua.domain.voting.Elections.concat;
import static vn.thidua.domain.voting.Elections.repeat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values right at, just below and just above every threshold, for each operator and base. */
class TallyThresholdTest {

    /** GTVT gets {@code votes} of {@code valid} valid papers; {@code invalid} more are spoiled. */
    private static TallyResult count(String op, String percent, String base, int members,
            int valid, int invalid, int votes) {
        ElectionSettings s = ElectionSettings.firstRound("Cờ thi đua của Chính phủ", 1, List.of(GTVT, CT),
                ThresholdOperator.parse(op), new BigDecimal(percent), Base.fromCode(base), valid + invalid, members);
        return Tally.count(s, ballots(s, concat(repeat("1", votes), repeat("", valid - votes), repeat("H", invalid))));
    }

    @ParameterizedTest(name = "{0} {1} % of {2}: {6} votes of {4} valid + {5} invalid, {3} members → {7}")
    @CsvSource({
        // 4 of 8 is exactly 50 %
        ">,  50, valid, 8,  8, 0, 4, false, 5",
        ">=, 50, valid, 8,  8, 0, 4, true,  4",
        ">,  50, valid, 8,  8, 0, 5, true,  5",
        ">,  50, valid, 8,  8, 0, 3, false, 5",
        ">=, 50, valid, 8,  8, 0, 3, false, 4",
        // 70 % of 10 is exactly 7
        ">=, 70, valid, 8, 10, 0, 7, true,  7",
        ">=, 70, valid, 8, 10, 0, 6, false, 7",
        ">,  70, valid, 8, 10, 0, 7, false, 8",
        ">,  70, valid, 8, 10, 0, 8, true,  8",
        // 70 % of 8 is 5.6: both operators need 6
        ">=, 70, valid, 8,  8, 0, 6, true,  6",
        ">=, 70, valid, 8,  8, 0, 5, false, 6",
        ">,  70, valid, 8,  8, 0, 6, true,  6",
        // 80 % of 10 is exactly 8
        ">=, 80, valid, 8, 10, 0, 8, true,  8",
        ">=, 80, valid, 8, 10, 0, 7, false, 8",
        ">,  80, valid, 8, 10, 0, 8, false, 9",
        // 2 of 3 is 66.666… %: shown rounded as 66,67 yet below 66.67
        ">=, 66.67, valid, 8, 3, 0, 2, false, 3",
        ">=, 66.66, valid, 8, 3, 0, 2, true,  2",
        // returned = 8 valid + 2 spoiled: 5 is 62.5 % of valid but exactly 50 % of returned
        ">,  50, returned, 8, 8, 2, 5, false, 6",
        ">=, 50, returned, 8, 8, 2, 5, true,  5",
        ">,  50, returned, 8, 8, 2, 6, true,  6",
        ">=, 50, returned, 8, 8, 2, 4, false, 5",
        // 8 members, only 6 papers: the base is the bloc, not the papers
        ">,  50, members, 8, 6, 0, 4, false, 5",
        ">=, 50, members, 8, 6, 0, 4, true,  4",
        ">,  50, members, 8, 6, 0, 5, true,  5",
        ">=, 50, members, 8, 6, 0, 3, false, 4",
        // the ends of the range
        ">=, 100, valid, 8, 8, 0, 8, true,  8",
        ">=, 100, valid, 8, 8, 0, 7, false, 8",
        ">,  100, valid, 8, 8, 0, 8, false, 9",
        ">,    0, valid, 8, 8, 0, 1, true,  1",
        ">,    0, valid, 8, 8, 0, 0, false, 1",
        ">=,   0, valid, 8, 8, 0, 0, true,  0",
    })
    void thresholdIsComparedExactly(String op, String percent, String base, int members,
            int valid, int invalid, int votes, boolean qualifies, int needed) {
        TallyResult r = count(op, percent, base, members, valid, invalid, votes);
        assertThat(r.row(GTVT.unitId()).orElseThrow().qualifies()).isEqualTo(qualifies);
        assertThat(r.votesNeeded()).isEqualTo(needed);
    }

    @Test
    void fourOfEightIsExactlyHalfAndNotMoreThanHalf() {
        TallyResult r = count(">", "50", "valid", 8, 8, 0, 4);
        CandidateResult gtvt = r.row(GTVT.unitId()).orElseThrow();
        assertThat(gtvt.percent()).isEqualTo(new BigDecimal("50.00"));
        assertThat(gtvt.outcome()).isEqualTo(Outcome.NOT_ELECTED);
        // "needs more than 50 % of 8 valid ballots (at least 5), has 4 (50,00 %)"
        assertThat(gtvt.reason()).isEqualTo(Reason.of("voting.reason.gt.valid",
                new BigDecimal("50"), 8, 5, 4, new BigDecimal("50.00")));
    }

    @Test
    void atLeastHalfElectsFourOfEight() {
        CandidateResult gtvt = count(">=", "50", "valid", 8, 8, 0, 4).row(GTVT.unitId()).orElseThrow();
        assertThat(gtvt.outcome()).isEqualTo(Outcome.ELECTED);
        assertThat(gtvt.reason().key()).isEqualTo("voting.reason.ge.valid");
    }

    @Test
    void percentIsShownWithTwoDecimalsRoundedHalfUp() {
        TallyResult r = count(">", "50", "valid", 8, 3, 0, 2);
        assertThat(r.row(GTVT.unitId()).orElseThrow().percent()).isEqualTo(new BigDecimal("66.67"));
        assertThat(r.row(CT.unitId()).orElseThrow().percent()).isEqualTo(new BigDecimal("0.00"));
        TallyResult eighth = count(">", "50", "valid", 8, 8, 0, 1);
        assertThat(eighth.row(GTVT.unitId()).orElseThrow().percent()).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void theBaseFollowsTheSetting() {
        assertThat(count(">", "50", "valid", 8, 8, 2, 5).base()).isEqualTo(8);
        assertThat(count(">", "50", "returned", 8, 8, 2, 5).base()).isEqualTo(10);
        assertThat(count(">", "50", "members", 7, 8, 2, 5).base()).isEqualTo(7);
    }

    @Test
    void theRuleIsOneLineWithItsNumbers() {
        TallyResult r = count(">=", "70", "returned", 8, 8, 2, 5);
        assertThat(r.rule()).isEqualTo(Reason.of("voting.rule.ge.returned", new BigDecimal("70"), 1, 10));
    }
}
