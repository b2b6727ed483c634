package vn.thidua.ui.main;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.thidua.app.Rehearsal;
import vn.thidua.domain.bloc.Season;
import vn.thidua.ui.common.RehearsalBand;
import vn.thidua.ui.common.Session;

/**
 * "Diễn tập" in the main window's header: "Diễn tập…" starts a rehearsal on a copy of the data
 * file, and while rehearsing "Kết thúc diễn tập" discards the copy. Ctrl+Shift+T ("tập") does the one
 * that applies, from every screen. The window's owner ({@code Gui}) closes and opens the files.
 */
final class RehearsalMenu {

    static final KeyCombination KEY = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final Session session;
    private final Window owner;
    private final Consumer<OptionalInt> start;
    private final Runnable end;
    private final MenuButton button;

    /** @param start given the year whose elections the copy leaves out, if any */
    RehearsalMenu(Session session, Window owner, Consumer<OptionalInt> start, Runnable end) {
        this.session = session;
        this.owner = owner;
        this.start = start;
        this.end = end;
        boolean rehearsing = RehearsalBand.rehearsing(session);
        MenuItem item = new MenuItem(session.t(rehearsing ? "rehearsal.end" : "rehearsal.start"));
        item.setId(rehearsing ? "menuRehearsalEnd" : "menuRehearsalStart");
        item.setMnemonicParsing(false);
        item.setAccelerator(KEY);
        item.setOnAction(e -> run());
        button = new MenuButton(session.t("rehearsal.menu"), null, item);
        button.setId("rehearsalMenu");
        button.setMnemonicParsing(false);
    }

    Node node() {
        return button;
    }

    /** Ctrl+Shift+T from every screen, and from the room's window, which passes keys on (Ctrl+D is the count's second entry). */
    void installShortcut(Scene scene) {
        scene.getAccelerators().put(KEY, this::run);
    }

    private void run() {
        if (session.refusedOnServer()) {
            return; // a rehearsal copy is a data file's
        }
        if (RehearsalBand.rehearsing(session)) {
            String copy = session.workspace().dataFile().toString();
            if (session.dialogs().confirm(session.t("rehearsal.end"), session.t("rehearsal.end.confirm", copy))) {
                end.run();
            }
            return;
        }
        ask().ifPresent(start);
    }

    /** What the rehearsal starts with: the chosen year's elections left out of the copy, or not. */
    private Optional<OptionalInt> ask() {
        Dialog<OptionalInt> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(session.t("rehearsal.menu"));
        Label explain = new Label(session.t("rehearsal.start.explain",
                Rehearsal.copyOf(session.workspace().dataFile()).toString()));
        explain.setWrapText(true);
        explain.setPrefWidth(560);
        explain.setId("rehearsalExplain");
        Season season = session.season();
        CheckBox without = new CheckBox(season == null ? "" : session.t("rehearsal.start.withoutElections",
                String.valueOf(season.year())));
        without.setId("rehearsalWithoutElections");
        without.setMnemonicParsing(false);
        without.setWrapText(true);
        without.setVisible(season != null);
        VBox content = new VBox(12, explain, without);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(session.t("rehearsal.start.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(session.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).setId("rehearsalStart");
        // Enter starts, as in every dialog; on a focused check box it would tick it instead.
        without.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                ((Button) dialog.getDialogPane().lookupButton(ok)).fire();
            }
        });
        dialog.setResultConverter(b -> b != ok ? null
                : without.isSelected() && season != null ? OptionalInt.of(season.year()) : OptionalInt.empty());
        // After the dialog has placed the keyboard on its default button: Space ticks, Enter starts.
        dialog.setOnShown(e -> Platform.runLater(without::requestFocus));
        return dialog.showAndWait();
    }
}
