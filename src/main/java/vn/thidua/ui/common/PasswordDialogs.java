package vn.thidua.ui.common;

import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.thidua.app.Texts;

/** Asking for the data file's password, and for a new one. Outside any ballot entry. */
public final class PasswordDialogs {

    /** What the change-password dialog gives: the current password (if any) and the new one (null = remove). */
    public record Change(char[] current, char[] next) {
    }

    private PasswordDialogs() {
    }

    /** Asks for the data file's password with a message; empty when the secretary cancels. */
    public static Optional<char[]> ask(Window owner, Texts texts, String message) {
        return ask(owner, texts, texts.t("password.ask.title"), message);
    }

    /** Asks for a password (a file's, a server account's: the title says which); empty when cancelled. */
    public static Optional<char[]> ask(Window owner, Texts texts, String title, String message) {
        Dialog<char[]> d = dialog(owner, texts, title);
        PasswordField field = new PasswordField();
        field.setId("passwordField");
        GridPane grid = grid();
        grid.addRow(0, new Label(message));
        grid.addRow(1, field);
        d.getDialogPane().setContent(grid);
        ButtonType ok = ok(d, texts);
        d.setResultConverter(b -> b == ok ? field.getText().toCharArray() : null);
        // After the dialog has put the keyboard on its default button: typing goes into the field.
        d.setOnShown(e -> Platform.runLater(field::requestFocus));
        return d.showAndWait();
    }

    /** Current password (when the file has one), new password twice; empty new = remove the password. */
    public static Optional<Change> change(Window owner, Texts texts, boolean encrypted) {
        Dialog<Change> d = dialog(owner, texts, texts.t("password.change.title"));
        PasswordField current = new PasswordField();
        current.setId("passwordCurrent");
        PasswordField next = new PasswordField();
        next.setId("passwordNew");
        PasswordField repeat = new PasswordField();
        repeat.setId("passwordRepeat");
        Label error = new Label();
        error.getStyleClass().add("error-text");
        GridPane grid = grid();
        int row = 0;
        if (encrypted) {
            grid.addRow(row++, new Label(texts.t("password.current")), current);
        }
        grid.addRow(row++, new Label(texts.t("password.new")), next);
        grid.addRow(row++, new Label(texts.t("password.repeat")), repeat);
        grid.add(new Label(texts.t("password.hint")), 0, row++, 2, 1);
        grid.add(error, 0, row, 2, 1);
        d.getDialogPane().setContent(grid);
        ButtonType ok = ok(d, texts);
        d.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (!next.getText().equals(repeat.getText())) {
                error.setText(texts.t("password.error.mismatch"));
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ok ? new Change(encrypted ? current.getText().toCharArray() : null,
                next.getText().isEmpty() ? null : next.getText().toCharArray()) : null);
        return d.showAndWait();
    }

    private static <T> Dialog<T> dialog(Window owner, Texts texts, String title) {
        Dialog<T> d = new Dialog<>();
        d.setTitle(title);
        if (owner != null && owner.isShowing()) {
            d.initOwner(owner);
        }
        return d;
    }

    private static ButtonType ok(Dialog<?> d, Texts texts) {
        ButtonType ok = new ButtonType(texts.t("action.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(texts.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).setId("passwordOk");
        return ok;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        return g;
    }
}
