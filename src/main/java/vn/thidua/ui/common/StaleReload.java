package vn.thidua.ui.common;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The "Tải lại" (Alt+L) beside a form's refusal of a save made on data changed elsewhere ({@link StaleEdit}):
 * shown only while that refusal stands, inline, never a dialog. When it appears the keyboard goes to it (Enter
 * or Space reloads); once the form is read again the keyboard goes back to the form.
 */
public final class StaleReload {

    private StaleReload() {
    }

    /**
     * @param focusAfter where the keyboard goes after the reload, when it was on the button
     */
    public static Button button(Session session, String id, StaleEdit edit, Runnable reload, Node focusAfter) {
        Button button = Buttons.of(session, id, "stale.reload", reload);
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE); // a long message wraps; the button keeps its word
        ReadOnlyBooleanProperty stale = edit.staleProperty();
        button.visibleProperty().bind(stale);
        button.managedProperty().bind(stale);
        // A focused button takes Space; Enter too, as in the rest of the forms.
        button.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                button.fire();
                e.consume();
            }
        });
        boolean[] was = {stale.get()};
        Listening.whileShown(button, stale, () -> {
            boolean now = stale.get();
            if (now && !was[0]) {
                // Later: the button becomes visible with this same change, and a hidden node takes no focus.
                Platform.runLater(button::requestFocus);
            } else if (!now && was[0] && button.isFocused() && focusAfter != null) {
                Platform.runLater(focusAfter::requestFocus);
            }
            was[0] = now;
        });
        return button;
    }

    /** The refusal's words and the button, on one line; the words wrap. */
    public static HBox line(Label message, Button reload) {
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox line = new HBox(8, message, reload);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
