package vn.thidua.domain.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import vn.thidua.domain.bloc.Problem;

/** What became of a number the user typed: a value, or a refusal the UI puts into words. */
public sealed interface ParseResult {

    /** @param wasPercent the input ended with {@code %}; the value is the number before it (1,7% → 1.7) */
    record Ok(BigDecimal value, boolean wasPercent) implements ParseResult {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** @param key a message key such as {@code number.error.ambiguousDot}; args fill its placeholders */
    record Refused(String key, List<Object> args) implements ParseResult {
        public Refused {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }

        /** The same refusal as a problem with one input field. */
        public Problem toProblem(String field) {
            return new Problem(field, key, args);
        }
    }

    static ParseResult ok(BigDecimal value, boolean wasPercent) {
        return new Ok(value, wasPercent);
    }

    static ParseResult refused(String key, Object... args) {
        return new Refused(key, List.of(args));
    }
}
