package vn.thidua.domain.scoring;

import java.math.BigDecimal;
import java.util.Optional;

import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.text.VnFormat;

/** Checks a score as it is entered, so that nothing out of range reaches the scoreboard. */
public final class ScoreRules {

    public static final String ABOVE_MAX = "score.error.aboveMax";
    public static final String NEGATIVE = "score.error.negative";

    private ScoreRules() {
    }

    /**
     * A value above the criterion's maximum or below 0 is refused. The problem's arguments are
     * the criterion's code, its name, its maximum and the value, written the Vietnamese way.
     * No value (not entered yet) is fine.
     */
    public static Optional<Problem> check(Criterion criterion, BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        String key = value.signum() < 0 ? NEGATIVE : value.compareTo(criterion.max()) > 0 ? ABOVE_MAX : null;
        return Optional.ofNullable(key).map(k -> Problem.of("score", k, criterion.code(), criterion.name(),
                VnFormat.formatNumber(criterion.max()), VnFormat.formatNumber(value)));
    }
}
