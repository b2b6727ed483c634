package vn.thidua.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import vn.thidua.app.ValidationException;

/**
 * A form's refusal of a save made on data another window (or program) saved since (issue 19): while it stands,
 * the form offers "Tải lại" ({@link StaleReload}), which reads the stored data again and clears it. The view
 * model's half; the words of the refusal stay in the form's own message.
 */
public final class StaleEdit {

    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);

    /**
     * Whether {@code refusal} is one of the "changed elsewhere" kind (the keys {@code *.error.stale}), or of the
     * "deleted elsewhere" kind ({@code *.error.gone}): either way the form must be read again.
     */
    public static boolean isStale(ValidationException refusal) {
        return refusal.problems().stream().anyMatch(p -> p.key().endsWith(".error.stale")
                || p.key().endsWith(".error.gone"));
    }

    /** A save was refused: the reload is offered when it was refused as stale, else withdrawn. */
    public void refused(ValidationException refusal) {
        stale.set(isStale(refusal));
    }

    /** A save was refused as changed elsewhere (the caller has told the kinds apart). */
    public void refused() {
        stale.set(true);
    }

    /** The form was read again, saved or closed: no reload on offer. */
    public void clear() {
        stale.set(false);
    }

    public boolean isSet() {
        return stale.get();
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }
}
