package vn.thidua.ui.elections;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.thidua.ui.common.Buttons;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.WritableOnly;

/** The inline parts of the counting page: echoes, questions asked in place, and the result actions. */
final class EntryParts {

    private final CountingViewModel vm;
    private final Session session;
    private final Label lastBallot = new Label();
    private final Button confirmYes = new Button();
    private final Button verify = new Button();
    private final Button runoff = new Button();

    EntryParts(CountingViewModel vm, Session session) {
        this.vm = vm;
        this.session = session;
        lastBallot.setId("lastBallot");
        lastBallot.getStyleClass().add("last-ballot");
        lastBallot.setWrapText(true);
        lastBallot.setMaxWidth(Double.MAX_VALUE);
        lastBallot.setMinHeight(Region.USE_PREF_SIZE);
        lastBallot.textProperty().bind(vm.messages().lastBallotProperty());
        CountingView.shownWhen(lastBallot, vm.messages().lastBallotProperty().isNotEmpty());
    }

    Label echo() {
        return bound("ballotEcho", "ballot-echo", Bindings.createStringBinding(() -> vm.echoProperty().get().echo(), vm.echoProperty()));
    }

    Label warning() {
        return bound("ballotWarning", "warning-text", Bindings.createStringBinding(() -> vm.echoProperty().get().warning(), vm.echoProperty()));
    }

    Label blankConfirm() {
        Label l = new Label(session.t("elections.entry.blankConfirm"));
        l.setId("blankConfirm");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("inline-question");
        CountingView.shownWhen(l, asked(CountingViewModel.Prompt.BLANK));
        return l;
    }

    Label message() {
        Label l = bound("entryMessage", "entry-message", vm.messages().messageProperty());
        Listening.whileShown(l, vm.messages().messageIsErrorProperty(), () -> mark(l, vm.messages().messageIsErrorProperty().get()));
        return l;
    }

    private static void mark(Label l, boolean error) {
        l.getStyleClass().removeAll("error-text");
        if (error) {
            l.getStyleClass().add("error-text");
        }
    }

    Label lastBallot() {
        return lastBallot;
    }

    Node undoRow(TextField reason) {
        Label prompt = bound("undoPrompt", "inline-question", vm.changes().undoPromptProperty());
        reason.setPromptText(session.t("elections.reason.prompt"));
        VBox box = new VBox(4, prompt, reason, hint("elections.undo.hint"));
        box.setId("undoRow");
        box.getStyleClass().add("inline-box");
        CountingView.shownWhen(box, asked(CountingViewModel.Prompt.UNDO));
        return box;
    }

    Node correctRow(TextField keys, TextField reason) {
        TextField number = new TextField();
        number.setId("correctNumber");
        number.setPrefColumnCount(4);
        number.textProperty().bindBidirectional(vm.changes().correctNumberProperty());
        reason.setPromptText(session.t("elections.reason.prompt"));
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, new Label(session.t("elections.correct.number")), number);
        grid.addRow(1, new Label(session.t("elections.correct.keys")), keys);
        grid.addRow(2, new Label(session.t("elections.correct.reason")), reason);
        Label title = new Label(session.t("elections.correct.title"));
        title.getStyleClass().add("inline-question");
        VBox box = new VBox(4, title, grid, hint("elections.correct.hint"));
        box.setId("correctRow");
        box.getStyleClass().add("inline-box");
        CountingView.shownWhen(box, asked(CountingViewModel.Prompt.CORRECT));
        return box;
    }

    Node closeRow() {
        Label prompt = bound("closePrompt", "inline-question", vm.closing().closePromptProperty());
        confirmYes.setText(session.t("elections.close.yes"));
        confirmYes.setId("confirmCloseYes");
        confirmYes.setOnAction(e -> vm.closing().confirmClose());
        Button no = new Button(session.t("action.cancel"));
        no.setId("confirmCloseNo");
        no.setOnAction(e -> vm.cancelInline());
        VBox box = new VBox(6, prompt, new HBox(8, confirmYes, no));
        box.setId("closeConfirm");
        box.getStyleClass().add("inline-box");
        CountingView.shownWhen(box, asked(CountingViewModel.Prompt.CLOSE));
        return box;
    }

    Node actions(Runnable startCorrect) {
        Button correct = Buttons.of(session, "correctBallot", "elections.correct.action", startCorrect);
        Button undo = Buttons.of(session, "undoBallot", "elections.undo.action", vm.changes()::startUndo);
        Button close = Buttons.of(session, "closeElection", "elections.close.action", vm.closing()::requestClose);
        WritableOnly.buttons(session, correct, undo, close);
        FlowPane box = new FlowPane(6, 6, correct, undo, close);
        box.setId("entryActions");
        CountingView.shownWhen(box, vm.closedProperty().not());
        return box;
    }

    /** Once closed: the fingerprint, "Kiểm tra", the runoff when there is a tie, the final result. */
    Node result() {
        Label fpTitle = new Label(session.t("elections.fingerprint"));
        fpTitle.getStyleClass().add("section-title");
        TextArea fp = new TextArea();
        fp.setId("fingerprint");
        fp.setEditable(false);
        fp.setWrapText(true);
        fp.setPrefRowCount(2);
        fp.setMinHeight(Region.USE_PREF_SIZE);
        fp.getStyleClass().add("fingerprint");
        fp.textProperty().bind(vm.closing().fingerprintProperty());
        verify.setText(session.t("elections.verify.action"));
        verify.setId("verifyElection");
        verify.setOnAction(e -> vm.closing().verify());
        Label verified = bound("verifyResult", "verify-result", vm.closing().verifyTextProperty());
        HBox verifyLine = new HBox(8, verify, verified);
        verifyLine.setAlignment(Pos.CENTER_LEFT);
        runoff.setId("startRunoff");
        runoff.getStyleClass().add("runoff-button");
        runoff.textProperty().bind(vm.closing().runoffLabelProperty());
        runoff.setOnAction(e -> vm.closing().startRunoff());
        runoff.setMaxWidth(Double.MAX_VALUE);
        WritableOnly.buttons(session, runoff);
        CountingView.shownWhen(runoff, vm.closing().canRunoffProperty());
        Label finalLine = bound("finalOutcome", "final-outcome", vm.closing().finalTextProperty());
        VBox box = new VBox(6, fpTitle, fp, verifyLine, runoff, finalLine);
        box.setId("resultBox");
        CountingView.shownWhen(box, vm.closedProperty());
        return box;
    }

    Node confirmYes() {
        return confirmYes;
    }

    /** Where the keyboard goes once the election is closed: the runoff when there is a tie, else "Kiểm tra". */
    Node afterClose() {
        return vm.closing().canRunoffProperty().get() ? runoff : verify;
    }

    private BooleanBinding asked(CountingViewModel.Prompt p) {
        return vm.promptProperty().isEqualTo(p);
    }

    private Label hint(String key) {
        Label l = new Label(session.t(key));
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label bound(String id, String styleClass, ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        // Wrapped in full even when the column is short: the list of papers gives way instead.
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        l.visibleProperty().bind(Bindings.isNotEmpty(l.textProperty()));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
