package vn.thidua.app;

import java.util.List;

/**
 * A failure the user must be told about. It carries a message key and its arguments, never
 * finished text, so the window and the command line say it in the user's language.
 */
public class AppException extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    public AppException(String key, Object... args) {
        this(null, key, args);
    }

    public AppException(Throwable cause, String key, Object... args) {
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
