package vn.thidua.ui.common;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.geometry.Pos;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import vn.thidua.app.AppException;
import vn.thidua.app.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The dialog service on JavaFX alerts, owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = Logger.getLogger(FxDialogService.class.getName());
    private static final double NOTICE_SECONDS = 4;
    private final Supplier<Texts> texts;
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Texts> texts, Supplier<Window> owner) {
        this.texts = texts;
        this.owner = owner;
    }

    @Override
    public String describe(Throwable error) {
        return ErrorText.of(texts.get(), error);
    }

    @Override
    public void showError(Throwable error) {
        LOG.log(error instanceof AppException ? Level.INFO : Level.SEVERE, "Shown to the user", error);
        Alert alert = alert(Alert.AlertType.ERROR, texts.get().t("error.title"), describe(error));
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String text) {
        alert(Alert.AlertType.INFORMATION, title, text).showAndWait();
    }

    @Override
    public void notice(String title, String text) {
        LOG.info(title + ": " + text);
        Window w = owner.get();
        if (w == null || !w.isShowing()) {
            return; // nothing to place it on yet (the data is still opening)
        }
        // Bottom right of the main window, above the status bar; it does not take the keyboard.
        Notifications.create().owner(w).title(title).text(text).position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(NOTICE_SECONDS)).styleClass("thidua-notice").showInformation();
    }

    @Override
    public boolean confirm(String title, String text) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, text);
        ButtonType yes = new ButtonType(texts.get().t("action.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(texts.get().t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    /**
     * Asks the user to choose one of {@code options} (button labels, the first the default);
     * returns its index, or empty when the dialog is closed without a choice.
     */
    public Optional<Integer> choose(String title, String text, List<String> options) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, text);
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            buttons.add(new ButtonType(options.get(i), i == 0 ? ButtonBar.ButtonData.OK_DONE
                    : i == options.size() - 1 ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER));
        }
        alert.getButtonTypes().setAll(buttons);
        for (int i = 0; i < buttons.size(); i++) {
            alert.getDialogPane().lookupButton(buttons.get(i)).setId("choice" + i);
        }
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i >= 0);
    }

    @Override
    public Optional<String> ask(String title, String label, String initial) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(title);
        initOwner(dialog);
        TextField field = new TextField(initial);
        field.setId("askField");
        VBox box = new VBox(8, new Label(label), field);
        dialog.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(texts.get().t("action.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get().t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId("askOk");
        dialog.setResultConverter(b -> b == ok ? field.getText() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setContentText(text);
        alert.getDialogPane().setId("dialog-" + type.name().toLowerCase(Locale.ROOT));
        alert.getDialogPane().setMinWidth(460);
        initOwner(alert);
        return alert;
    }

    private void initOwner(Dialog<?> dialog) {
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            dialog.initOwner(w);
        }
    }
}
