package vn.thidua.ui.common;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;

/**
 * The screens' editing actions while the signed-in role may not change the chosen bloc (a server,
 * docs/decisions/0012-roles-per-bloc.md): fields shown but not editable, buttons disabled. Only the user's
 * hint; the database refuses the write itself.
 */
public final class WritableOnly {

    private WritableOnly() {
    }

    /** Fields that keep their text, selectable and copyable, but take no typing. */
    public static void fields(Session session, TextInputControl... fields) {
        for (TextInputControl f : fields) {
            f.editableProperty().bind(session.writableProperty());
        }
    }

    /** Buttons disabled while the bloc is read only. */
    public static void buttons(Session session, ButtonBase... buttons) {
        for (ButtonBase b : buttons) {
            b.disableProperty().bind(readOnly(session));
        }
    }

    /** A button disabled when {@code otherwise} holds or while the bloc is read only. */
    public static void button(Session session, ButtonBase b, ObservableBooleanValue otherwise) {
        b.disableProperty().bind(readOnly(session).or(otherwise));
    }

    public static BooleanBinding readOnly(Session session) {
        return session.writableProperty().not();
    }
}
