package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.domain.voting.Elections.CT;
import static vn.thidua.domain.voting.Elections.GTVT;
import static vn.thidua.domain.voting.Elections.ballots;
import static vn.thidua.domain.voting.Elections.concat;
import static vn.thidua.domain.voting.Elections.repeat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.domain.bloc.Problem;

/** Thresholds as written, to every decimal or as a fraction, judged without rounding. */
class ExactThresholdTest {

    private static ElectionSettings settings(String op, ThresholdLevel level, int valid) {
        return ElectionSettings.firstRound("Cờ thi đua của Chính phủ", 1, List.of(GTVT, CT),
                ThresholdOperator.parse(op), level, Base.VALID, valid, 8);
    }

    private static boolean qualifies(String op, ThresholdLevel level, int valid, int votes) {
        ElectionSettings s = settings(op, level, valid);
        TallyResult t = Tally.count(s, ballots(s, concat(repeat("1", votes), repeat("", valid - votes))));
        return t.rows().stream().filter(r -> r.candidate().equals(GTVT)).findFirst().orElseThrow().qualifies();
    }

    @ParameterizedTest(name = "{0} {1}: {3} of {2} → {4}")
    @CsvSource({
        // 2 of 3 is 66.666…%: above 66.666666, not above two thirds, not above 66.67
        ">,  66.666666, 3, 2, true",
        ">,  2/3,       3, 2, false",
        ">=, 2/3,       3, 2, true",
        ">,  66.67,     3, 2, false",
        // 200 of 300 exactly two thirds; 201 above
        ">,  2/3,     300, 200, false",
        ">,  2/3,     300, 201, true",
        // 50.555 % of 1000 is 505.55
        ">=, 50.555, 1000, 505, false",
        ">=, 50.555, 1000, 506, true",
        ">,  3/4,       8, 6, false",
        ">=, 3/4,       8, 6, true",
    })
    void aThresholdIsJudgedAsWrittenNeverRounded(String op, String level, int valid, int votes, boolean expected) {
        assertThat(qualifies(op, ThresholdLevel.parse(level), valid, votes)).isEqualTo(expected);
    }

    @Test
    void aPercentageKeepsEveryDecimalGiven() {
        ThresholdLevel level = ThresholdLevel.parse("66.666666");
        assertThat(level.written()).isEqualTo("66.666666");
        assertThat(settings(">", level, 3).percent()).isEqualByComparingTo("66.666666");
        assertThat(ThresholdLevel.parse("50.50").written()).isEqualTo("50.5");
        assertThat(ThresholdLevel.parse("2/3").written()).isEqualTo("2/3");
        assertThat(ThresholdLevel.parse("50,5")).isNull();
        assertThat(ThresholdLevel.parse("2/")).isNull();
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        ">,  100,  voting.error.thresholdUnreachable",
        ">,  1/1,  voting.error.thresholdUnreachable",
        ">,  3/3,  voting.error.thresholdUnreachable",
        ">=, 4/3,  voting.error.thresholdUnreachable",
        ">=, 100.5, voting.error.percentRange",
        ">=, 0/3,  voting.error.fractionTerms",
        ">=, 2/0,  voting.error.fractionTerms",
        ">=, 2/101, voting.error.fractionTerms",
        ">, 50.12345678901, voting.error.percentDecimals",
    })
    void aThresholdNobodyCouldMeetIsRefused(String op, String level, String key) {
        assertThat(settings(op, ThresholdLevel.parse(level), 8).problems()).extracting(Problem::key).containsExactly(key);
    }

    @ParameterizedTest
    @CsvSource({">=, 100", ">, 99.99", ">=, 1/1", ">, 2/3", ">, 0", ">, 50.1234567891"})
    void aThresholdSomeoneCanMeetIsAccepted(String op, String level) {
        assertThat(settings(op, ThresholdLevel.parse(level), 8).problems()).isEmpty();
    }

    @Property
    void aPercentageComparesAsIntegerCrossMultiplication(@ForAll @IntRange(min = 0, max = 100_000) int unscaled,
            @ForAll @IntRange(min = 0, max = 4) int scale, @ForAll @IntRange(min = 0, max = 500) int votes,
            @ForAll @IntRange(min = 1, max = 500) int base) {
        ThresholdLevel level = ThresholdLevel.percent(BigDecimal.valueOf(unscaled, scale));
        // votes/base against unscaled / (100·10^scale)
        long have = votes * 100L * BigInteger.TEN.pow(scale).longValueExact();
        long need = (long) unscaled * base;
        assertThat(Integer.signum(level.compareShare(votes, base))).isEqualTo(Long.signum(have - need));
    }

    @Property
    void aFractionComparesAsIntegerCrossMultiplication(@ForAll @IntRange(min = 1, max = 100) int numerator,
            @ForAll @IntRange(min = 1, max = 100) int denominator, @ForAll @IntRange(min = 0, max = 500) int votes,
            @ForAll @IntRange(min = 1, max = 500) int base) {
        ThresholdLevel level = ThresholdLevel.fraction(numerator, denominator);
        long cross = (long) votes * denominator - (long) numerator * base;
        assertThat(Integer.signum(level.compareShare(votes, base))).isEqualTo(Long.signum(cross));
        assertThat(Threshold.meets(ThresholdOperator.GT, level, votes, base)).isEqualTo(cross > 0);
        assertThat(Threshold.meets(ThresholdOperator.GE, level, votes, base)).isEqualTo(cross >= 0);
    }

    @Property
    void votesNeededIsTheFewestThatMeetTheThreshold(@ForAll @IntRange(min = 1, max = 100) int numerator,
            @ForAll @IntRange(min = 1, max = 100) int denominator, @ForAll @IntRange(min = 1, max = 300) int base,
            @ForAll boolean atLeast) {
        ThresholdLevel level = ThresholdLevel.fraction(numerator, denominator);
        ThresholdOperator op = atLeast ? ThresholdOperator.GE : ThresholdOperator.GT;
        int needed = Threshold.votesNeeded(op, level, base);
        assertThat(Threshold.meets(op, level, needed, base)).isTrue();
        assertThat(needed == 0 || !Threshold.meets(op, level, needed - 1, base)).isTrue();
    }
}
