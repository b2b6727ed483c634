package vn.thidua.ui.elections;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.elections.ElectionSetupViewModel.Choice;

/** The set-up form: Ctrl+S creates and opens the count, Esc goes back to the list. */
final class ElectionSetupView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private final ElectionSetupViewModel vm;
    private final Session session;
    private final HBox root;
    private final TextField title = text("electionTitle", 26);

    ElectionSetupView(ElectionSetupViewModel vm, Session session, Runnable cancel) {
        this.vm = vm;
        this.session = session;
        title.textProperty().bindBidirectional(vm.titleProperty());
        TextField seats = text("electionSeats", 4);
        seats.textProperty().bindBidirectional(vm.seatsProperty());
        ComboBox<Choice> choice = combo("candidateChoice", Choice.values(), c -> session.t("elections.setup.choice." + c.name()));
        choice.valueProperty().bindBidirectional(vm.choiceProperty());
        TextField topN = text("topN", 3);
        topN.textProperty().bindBidirectional(vm.topNProperty());
        topN.visibleProperty().bind(vm.choiceProperty().isEqualTo(Choice.TOP_N));
        CheckBox exclude = new CheckBox(session.t("elections.setup.exclude"));
        exclude.setId("excludePutForward");
        exclude.setWrapText(true);
        exclude.selectedProperty().bindBidirectional(vm.excludePutForwardProperty());
        exclude.disableProperty().bind(vm.choiceProperty().isEqualTo(Choice.BY_HAND));
        ComboBox<ThresholdOperator> operator = combo("thresholdOperator", ThresholdOperator.values(),
                o -> session.t(o.key()));
        operator.valueProperty().bindBidirectional(vm.operatorProperty());
        TextField percent = text("thresholdPercent", 5);
        percent.textProperty().bindBidirectional(vm.percentProperty());
        percent.setTooltip(new javafx.scene.control.Tooltip(session.t("elections.setup.levelHint")));
        // "2/3 của số phiếu hợp lệ", but "50 % của …"
        Label levelOf = new Label();
        levelOf.setId("thresholdLevelOf");
        levelOf.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> session.t(
                vm.percentProperty().get() != null && vm.percentProperty().get().contains("/")
                        ? "elections.setup.fractionOf" : "elections.setup.percentOf"), vm.percentProperty()));
        ComboBox<Base> base = combo("thresholdBase", Base.values(), b -> session.t(b.key()));
        base.valueProperty().bindBidirectional(vm.baseProperty());
        TextField issued = text("ballotsIssued", 4);
        issued.textProperty().bindBidirectional(vm.issuedProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(10);
        grid.addRow(0, label("elections.setup.title", title), title);
        grid.addRow(1, label("elections.setup.seats", seats), seats);
        grid.addRow(2, label("elections.setup.candidates", choice), new HBox(8, choice, topN));
        grid.add(exclude, 1, 3);
        grid.addRow(4, label("elections.setup.threshold", operator),
                new HBox(6, operator, percent, fixed(levelOf), base));
        grid.addRow(5, label("elections.setup.issued", issued), issued);
        Label error = new Label();
        error.setId("electionError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Button create = new Button(session.t("elections.setup.create"));
        create.setId("createElection");
        create.setOnAction(e -> vm.create());
        Button cancelButton = new Button(session.t("action.cancel"));
        cancelButton.setId("cancelElection");
        cancelButton.setOnAction(e -> cancel.run());
        Label heading = new Label(session.t("elections.setup.heading"));
        heading.getStyleClass().add("screen-title");
        VBox form = new VBox(12, heading, grid, error, new ToolBar(create, cancelButton));
        form.setPrefWidth(620);

        root = new HBox(20, form, candidates());
        root.setId("electionForm");
        root.setPadding(new Insets(4));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                vm.create();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancel.run();
                e.consume();
            }
        });
        root.sceneProperty().addListener((o, a, s) -> Platform.runLater(title::requestFocus));
    }

    Node node() {
        return root;
    }

    /** The list the rule gives (numbered as in the room), or the members to tick by hand. */
    private Node candidates() {
        Label heading = new Label(session.t("elections.setup.candidatesHeading"));
        heading.getStyleClass().add("section-title");
        ListView<String> preview = new ListView<>(vm.candidates());
        preview.setId("candidatePreview");
        preview.setFocusTraversable(false);
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label note = new Label();
        note.setId("candidatesNote");
        note.setWrapText(true);
        note.textProperty().bind(vm.candidatesNoteProperty());
        ListView<ElectionSetupViewModel.MemberChoice> checklist = new ListView<>(vm.members());
        checklist.setId("memberChecklist");
        checklist.setCellFactory(CheckBoxListCell.forListView(ElectionSetupViewModel.MemberChoice::chosenProperty));
        checklist.setPrefHeight(230);
        checklist.setOnKeyPressed(e -> {
            var item = checklist.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && item != null) {
                item.chosenProperty().set(!item.chosenProperty().get());
                e.consume();
            }
        });
        var byHand = vm.choiceProperty().isEqualTo(Choice.BY_HAND);
        checklist.visibleProperty().bind(byHand);
        checklist.managedProperty().bind(byHand);
        Label checklistTitle = new Label(session.t("elections.setup.byHandHeading"));
        checklistTitle.visibleProperty().bind(byHand);
        checklistTitle.managedProperty().bind(byHand);
        VBox box = new VBox(8, checklistTitle, checklist, heading, note, preview);
        box.setPrefWidth(420);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private Label label(String key, Node field) {
        Label l = fixed(new Label(session.t(key)));
        l.setLabelFor(field);
        return l;
    }

    private static Label fixed(Label l) {
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField text(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, java.util.function.Function<T, String> words) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : words.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return c;
    }
}
