package vn.thidua.app.documents;

import java.util.List;

/**
 * A document could not be written, for a reason the user can act on (a template that cannot be
 * read, a placeholder the data does not have). Carries a message key of the bundles and its
 * arguments, never finished text; {@code ReportService} turns it into the app's own error.
 */
public class DocumentException extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    public DocumentException(Throwable cause, String key, Object... args) {
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
