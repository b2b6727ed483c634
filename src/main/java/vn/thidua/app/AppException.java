package vn.thidua.app;

import vn.thidua.domain.text.KeyedException;

/**
 * A failure the user must be told about. It carries a message key and its arguments, never
 * finished text, so the window and the command line say it in the user's language.
 */
public class AppException extends KeyedException {

    public AppException(String key, Object... args) {
        this(null, key, args);
    }

    public AppException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
