package vn.thidua.domain.text;

import java.util.List;

/**
 * A failure said by a message key of the bundles and its arguments, never finished text, so the
 * window and the command line say it in the user's language. The app's errors and the documents'
 * errors are both of this kind.
 */
public abstract class KeyedException extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    protected KeyedException(Throwable cause, String key, Object... args) {
        super(key + " " + List.of(args), cause);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
