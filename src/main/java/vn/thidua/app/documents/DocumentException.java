package vn.thidua.app.documents;

import vn.thidua.domain.text.KeyedException;

/**
 * A document could not be written, for a reason the user can act on (a template that cannot be
 * read, a placeholder the data does not have). Carries a message key of the bundles and its
 * arguments, never finished text; {@code ReportService} turns it into the app's own error.
 */
public class DocumentException extends KeyedException {

    public DocumentException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
