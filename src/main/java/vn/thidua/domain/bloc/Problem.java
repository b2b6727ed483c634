package vn.thidua.domain.bloc;

import java.util.List;

/**
 * One thing wrong with an input: which field, and a message key with its arguments.
 * The domain names the problem; the app and ui layers turn the key into words.
 */
public record Problem(String field, String key, List<Object> args) {

    public static Problem of(String field, String key, Object... args) {
        return new Problem(field, key, List.of(args));
    }
}
