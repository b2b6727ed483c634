package vn.thidua.report;

import vn.thidua.app.documents.DocumentException;

/**
 * A document could not be written, for a reason the user can act on (a template that cannot be
 * read, a placeholder the data does not have). Carries a message key of the bundles (report.*) and its
 * arguments, never finished text, so the app says it in the user's language.
 */
public class ReportException extends DocumentException {

    public ReportException(String key, Object... args) {
        this(null, key, args);
    }

    public ReportException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
