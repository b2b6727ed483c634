package vn.thidua.domain.voting;

import java.util.List;

/** A message key with its arguments; the ui layer turns it into words. */
public record Reason(String key, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, List.of(args));
    }
}
