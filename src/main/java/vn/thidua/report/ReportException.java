package vn.thidua.report;

import java.util.List;

/**
 * A document could not be written, for a reason the user can act on (a template that cannot be
 * read, a placeholder the data does not have). Carries a message key of the bundles (report.*) and its
 * arguments, never finished text, so the app says it in the user's language.
 */
public class ReportException extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    public ReportException(String key, Object... args) {
        this(null, key, args);
    }

    public ReportException(Throwable cause, String key, Object... args) {
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
