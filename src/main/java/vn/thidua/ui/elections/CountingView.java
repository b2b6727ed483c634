package vn.thidua.ui.elections;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.elections.CountingViewModel.BallotRow;
import vn.thidua.ui.projector.ProjectorControls;

/**
 * Kiểm phiếu. Keys: type the candidates' keys then Enter (H: spoiled; Enter twice: a paper that
 * approves nobody), Ctrl+Z withdraw the last paper, Ctrl+R correct a paper, Ctrl+K close,
 * Esc drop what is asked, Alt+Left back to the list. Nothing here opens a dialog.
 */
final class CountingView {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CORRECT = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    private final CountingViewModel vm;
    private final Session session;
    private final Runnable back;
    private final BorderPane root = new BorderPane();
    private final TextField input = new TextField();
    private final TextField undoReason = field("undoReason");
    private final TextField correctKeys = field("correctKeys");
    private final TextField correctReason = field("correctReason");
    private final ListView<BallotRow> list = new ListView<>();
    private final EntryParts parts;

    CountingView(CountingViewModel vm, Session session, ProjectorControls projector, Runnable back) {
        this.vm = vm;
        this.session = session;
        this.back = back;
        this.parts = new EntryParts(vm, session);
        root.setId("countingPage");
        root.setTop(CountParts.header(vm, session, back));
        VBox entry = entry();
        Region tally = new TallyView(vm, session).node();
        // The tally takes the room left: long reasons wrap instead of pushing the entry column aside.
        tally.setPrefWidth(420);
        tally.setMinWidth(300);
        HBox.setHgrow(tally, Priority.ALWAYS);
        Node side = projector.panel(256);
        HBox columns = new HBox(12, entry, tally, side);
        columns.setPadding(new Insets(8, 0, 0, 0));
        root.setCenter(columns);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        vm.promptProperty().addListener((o, a, asked) -> focus(() -> switch (asked) {
            case UNDO -> undoReason;
            case CORRECT -> correctKeys;
            case CLOSE -> parts.confirmYes();
            case NONE, BLANK -> input;
        }));
        vm.closedProperty().addListener((o, a, on) -> focus(this::home));
        root.sceneProperty().addListener((o, a, scene) -> focus(this::home));
    }

    Node node() {
        return root;
    }

    private VBox entry() {
        input.setId("ballotInput");
        input.getStyleClass().add("ballot-input");
        input.setPromptText(session.t("elections.entry.prompt"));
        // Keys are shown as printed on the key list: upper case.
        input.setTextFormatter(new TextFormatter<String>(c -> {
            c.setText(c.getText().toUpperCase(Locale.ROOT));
            return c;
        }));
        input.textProperty().bindBidirectional(vm.typedProperty());
        input.setOnAction(e -> vm.enter());
        input.disableProperty().bind(vm.closedProperty().or(session.writableProperty().not()));
        Label help = new Label(session.t("elections.entry.help"));
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.getStyleClass().add("hint");
        VBox entryBox = new VBox(4, help, input, parts.echo(), parts.warning(), parts.blankConfirm());
        shownWhen(entryBox, vm.closedProperty().not());

        undoReason.textProperty().bindBidirectional(vm.changes().undoReasonProperty());
        undoReason.setOnAction(e -> vm.changes().confirmUndo());
        correctKeys.setTextFormatter(new TextFormatter<String>(c -> {
            c.setText(c.getText().toUpperCase(Locale.ROOT));
            return c;
        }));
        correctKeys.textProperty().bindBidirectional(vm.changes().correctKeysProperty());
        correctKeys.setOnAction(e -> correctReason.requestFocus());
        correctReason.textProperty().bindBidirectional(vm.changes().correctReasonProperty());
        correctReason.setOnAction(e -> vm.changes().confirmCorrect());

        CountParts.ballotList(list, vm, session, this::startCorrect);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setPrefHeight(120);
        list.setMinHeight(80);
        Label listTitle = new Label(session.t("elections.ballots.heading"));
        listTitle.getStyleClass().add("section-title");

        VBox box = new VBox(6, entryBox, parts.message(), parts.lastBallot(),
                parts.undoRow(undoReason), parts.correctRow(correctKeys, correctReason), parts.closeRow(),
                listTitle, list, parts.actions(this::startCorrect), parts.result());
        box.setId("entryColumn");
        box.setPrefWidth(350);
        box.setMinWidth(350);
        box.setMaxWidth(350);
        flashOnNewBallot(parts.lastBallot());
        return box;
    }

    private void startCorrect() {
        BallotRow selected = list.getSelectionModel().getSelectedItem();
        vm.changes().startCorrect(selected == null ? null : selected.number());
    }

    private void flashOnNewBallot(Label strip) {
        PauseTransition fade = new PauseTransition(Duration.seconds(1.5));
        fade.setOnFinished(e -> strip.getStyleClass().remove("flash"));
        vm.messages().lastBallotSerialProperty().addListener((o, a, b) -> {
            if (!strip.getStyleClass().contains("flash")) {
                strip.getStyleClass().add("flash");
            }
            fade.playFromStart();
        });
    }

    private void keys(KeyEvent e) {
        if (UNDO.match(e)) {
            vm.changes().startUndo();
        } else if (CORRECT.match(e)) {
            startCorrect();
        } else if (CLOSE.match(e)) {
            vm.closing().requestClose();
        } else if (BACK.match(e)) {
            back.run();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            vm.cancelInline();
            focus(this::home);
        } else if (e.getCode() == KeyCode.ENTER && vm.promptProperty().get() == CountingViewModel.Prompt.CLOSE) {
            vm.closing().confirmClose();
        } else {
            return;
        }
        e.consume();
    }

    /** Where the keyboard rests: the ballot field, or once closed the next action. */
    private Node home() {
        return vm.closedProperty().get() ? parts.afterClose() : input;
    }

    /** Decided after the current change has been applied whole (the runoff button shows after "closed"). */
    private void focus(Supplier<Node> target) {
        Platform.runLater(() -> {
            Node node = target.get();
            if (node.getScene() != null && root.getScene() != null && !node.isDisabled()) {
                node.requestFocus();
            }
        });
    }

    static void shownWhen(Region node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(shown::get, shown));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}
