package vn.thidua.ui.elections;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.ui.common.Buttons;
import vn.thidua.ui.common.DropDowns;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.elections.ElectionSetupViewModel.Choice;

/** The set-up form: Ctrl+S creates and opens the count, Esc goes back to the list (asking first once typed). */
final class ElectionSetupView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private final ElectionSetupViewModel vm;
    private final Session session;
    private final HBox root;
    private final TextField title;

    ElectionSetupView(ElectionSetupViewModel vm, Session session, Runnable cancel) {
        this.vm = vm;
        this.session = session;
        this.title = text("electionTitle", 26, vm.titleProperty());
        TextField seats = text("electionSeats", 4, vm.seatsProperty());
        ComboBox<Choice> choice = combo("candidateChoice", Choice.values(), c -> session.t("elections.setup.choice." + c.name()));
        choice.valueProperty().bindBidirectional(vm.choiceProperty());
        TextField topN = text("topN", 3, vm.topNProperty());
        topN.visibleProperty().bind(vm.choiceProperty().isEqualTo(Choice.TOP_N));
        CheckBox exclude = new CheckBox(session.t("elections.setup.exclude"));
        exclude.setId("excludePutForward");
        exclude.setWrapText(true);
        exclude.selectedProperty().bindBidirectional(vm.excludePutForwardProperty());
        exclude.disableProperty().bind(vm.choiceProperty().isEqualTo(Choice.BY_HAND));
        ComboBox<ThresholdOperator> operator = combo("thresholdOperator", ThresholdOperator.values(),
                o -> session.t(o.key()));
        operator.valueProperty().bindBidirectional(vm.operatorProperty());
        TextField percent = text("thresholdPercent", 5, vm.percentProperty());
        percent.setTooltip(new Tooltip(session.t("elections.setup.levelHint")));
        // "2/3 của số phiếu hợp lệ", but "50 % của …"
        Label levelOf = new Label();
        levelOf.setId("thresholdLevelOf");
        levelOf.textProperty().bind(Bindings.createStringBinding(() -> session.t(
                vm.percentProperty().get() != null && vm.percentProperty().get().contains("/")
                        ? "elections.setup.fractionOf" : "elections.setup.percentOf"), vm.percentProperty()));
        ComboBox<Base> base = combo("thresholdBase", Base.values(), b -> session.t(b.key()));
        base.valueProperty().bindBidirectional(vm.baseProperty());
        TextField issued = text("ballotsIssued", 4, vm.issuedProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(10);
        grid.addRow(0, label("elections.setup.title", title), title);
        grid.addRow(1, label("elections.setup.seats", seats), seats);
        grid.addRow(2, label("elections.setup.candidates", choice), new HBox(8, choice, topN));
        // Chosen by hand: the list to tick comes next, so Tab reaches it before the threshold and Lưu.
        grid.add(CandidateLists.checklist(vm, session), 1, 3);
        grid.add(exclude, 1, 4);
        grid.addRow(5, label("elections.setup.threshold", operator),
                new HBox(6, operator, percent, fixed(levelOf), base));
        grid.addRow(6, label("elections.setup.issued", issued), issued);
        Label error = wrapped(new Label(), "electionError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        Button create = Buttons.of(session, "createElection", "elections.setup.create", vm::create);
        Button cancelButton = Buttons.of(session, "cancelElection", "action.cancel", () -> leave(cancel));
        Label discard = wrapped(new Label(session.t("elections.setup.discardConfirm")), "discardConfirm");
        discard.getStyleClass().add("inline-question");
        CountingView.shownWhen(discard, vm.discardPendingProperty());
        Label heading = new Label(session.t("elections.setup.heading"));
        heading.getStyleClass().add("screen-title");
        VBox form = new VBox(12, heading, grid, error, discard, new ToolBar(create, cancelButton));
        form.setPrefWidth(620);

        root = new HBox(20, form, CandidateLists.preview(vm, session));
        root.setId("electionForm");
        root.setPadding(new Insets(4));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                vm.create();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                leave(cancel);
                e.consume();
            }
        });
        root.sceneProperty().addListener((o, a, s) -> Platform.runLater(title::requestFocus));
    }

    Node node() {
        return root;
    }

    private void leave(Runnable cancel) {
        if (vm.requestCancel()) {
            cancel.run();
        }
    }

    private Label label(String key, Node field) {
        Label l = fixed(new Label(session.t(key)));
        l.setLabelFor(field);
        return l;
    }

    /** Wrapped in full: the label takes the height its words need rather than cut them. */
    static Label wrapped(Label l, String id) {
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label fixed(Label l) {
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField text(String id, int columns, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> words) {
        ComboBox<T> c = DropDowns.openOnSpace(new ComboBox<>());
        c.setId(id);
        c.getItems().setAll(values);
        c.setConverter(DropDowns.showing(words));
        return c;
    }
}
