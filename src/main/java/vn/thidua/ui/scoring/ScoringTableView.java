package vn.thidua.ui.scoring;

import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.CriterionKind;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.scoring.ScoringTableViewModel.Mode;

/** The scoring table editor. Keys: Insert add a criterion, F2 edit, Delete delete, Ctrl+S save, Esc cancel. */
final class ScoringTableView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private final ScoringTableViewModel vm;
    private final Session session;
    private final BorderPane root = new BorderPane();
    private TableView<Criterion> criteriaTable;

    ScoringTableView(ScoringTableViewModel vm, Session session) {
        this.vm = vm;
        this.session = session;
        root.setId("scoringTableEditor");
        Label info = new Label();
        info.setId("tableInfo");
        info.textProperty().bind(vm.infoProperty());
        root.setTop(info);
        TableView<CriterionGroup> groups = groupsTable();
        TableView<Criterion> criteria = criteriaTable();
        criteriaTable = criteria;
        HBox.setHgrow(criteria, Priority.ALWAYS);
        root.setCenter(new HBox(8, groups, criteria));
        root.setBottom(new VBox(6, toolbar(), form()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    Node node() {
        return root;
    }

    Node focusTarget() {
        return criteriaTable;
    }

    private TableView<CriterionGroup> groupsTable() {
        TableView<CriterionGroup> t = new TableView<>(vm.groups());
        t.setId("groupsTable");
        t.setPrefWidth(300);
        t.getColumns().add(column("table.col.groupCode", CriterionGroup::code, 80));
        t.getColumns().add(column("table.col.groupName", CriterionGroup::name, 210));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(session.t("table.noGroups")));
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedGroupProperty().set(b));
        t.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.startEditGroup();
            }
        });
        return t;
    }

    private TableView<Criterion> criteriaTable() {
        TableView<Criterion> t = new TableView<>(vm.criteria());
        t.setId("criteriaTable");
        t.getColumns().add(column("table.col.group", Criterion::groupCode, 56));
        t.getColumns().add(column("table.col.code", Criterion::code, 56));
        t.getColumns().add(column("table.col.name", Criterion::name, 420));
        t.getColumns().add(column("table.col.max", c -> VnFormat.formatNumber(c.max()), 80));
        t.getColumns().add(column("table.col.kind", c -> vm.kindName(c.kind()), 110));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(session.t("table.empty")));
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedCriterionProperty().set(b));
        Listening.whileShown(t, vm.selectedCriterionProperty(), () -> {
            Criterion c = vm.selectedCriterionProperty().get();
            if (c != null && t.getSelectionModel().getSelectedItem() != c) {
                t.getSelectionModel().select(c);
            }
        });
        t.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.startEditCriterion();
            }
        });
        return t;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(session.t(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private ToolBar toolbar() {
        BooleanBinding noGroup = vm.selectedGroupProperty().isNull();
        BooleanBinding noCriterion = vm.selectedCriterionProperty().isNull();
        Button editGroup = button("editGroup", "table.editGroup", vm::startEditGroup);
        editGroup.disableProperty().bind(noGroup);
        Button deleteGroup = button("deleteGroup", "table.deleteGroup", vm::deleteGroup);
        deleteGroup.disableProperty().bind(noGroup);
        Button edit = button("editCriterion", "action.edit", vm::startEditCriterion);
        edit.disableProperty().bind(noCriterion);
        Button delete = button("deleteCriterion", "action.delete", vm::deleteCriterion);
        delete.disableProperty().bind(noCriterion);
        return new ToolBar(button("addGroup", "table.addGroup", vm::startAddGroup), editGroup, deleteGroup,
                new Separator(), button("addCriterion", "table.addCriterion", vm::startAddCriterion), edit, delete);
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(session.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node form() {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(vm.formTitleProperty());
        TextField groupCode = field("groupCode", vm.groupCodeProperty(), 6);
        TextField groupName = field("groupName", vm.groupNameProperty(), 40);
        GridPane groupForm = grid();
        groupForm.addRow(0, new Label(session.t("table.col.groupCode")), groupCode,
                new Label(session.t("table.col.groupName")), groupName);
        ComboBox<CriterionGroup> group = new ComboBox<>(vm.groups());
        group.setId("criterionGroup");
        group.valueProperty().bindBidirectional(vm.criterionGroupProperty());
        group.setConverter(converter(g -> g.code() + ". " + g.name()));
        group.setPrefWidth(260);
        ComboBox<CriterionKind> kind = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                CriterionKind.values()));
        kind.setId("criterionKind");
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setConverter(converter(vm::kindName));
        TextField code = field("criterionCode", vm.codeProperty(), 6);
        TextField max = field("criterionMax", vm.maxProperty(), 6);
        TextField order = field("criterionOrder", vm.orderProperty(), 4);
        TextField name = field("criterionName", vm.nameProperty(), 60);
        GridPane criterionForm = grid();
        criterionForm.addRow(0, new Label(session.t("table.col.group")), group, new Label(session.t("table.col.code")),
                code, new Label(session.t("table.col.kind")), kind, new Label(session.t("table.col.max")), max,
                new Label(session.t("table.col.order")), order);
        criterionForm.add(new Label(session.t("table.col.name")), 0, 1);
        criterionForm.add(name, 1, 1, 9, 1);
        show(groupForm, vm.modeProperty().isEqualTo(Mode.GROUP));
        show(criterionForm, vm.modeProperty().isEqualTo(Mode.CRITERION));
        Label error = new Label();
        error.setId("tableFormError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.formErrorProperty());
        Button save = button("saveTableForm", "action.save", vm::save);
        Button cancel = button("cancelTableForm", "action.cancel", vm::cancel);
        VBox box = new VBox(6, title, groupForm, criterionForm, error, new HBox(8, save, cancel));
        box.setId("tableForm");
        box.getStyleClass().add("edit-form");
        show(box, vm.modeProperty().isNotEqualTo(Mode.NONE));
        Listening.whileShown(box, vm.modeProperty(), () -> {
            Mode b = vm.modeProperty().get();
            groupCode.setDisable(vm.editingExistingGroup());
            // Later: the form becomes visible with this same change, and a hidden field takes no focus.
            javafx.application.Platform.runLater(() -> {
                if (b == Mode.GROUP) {
                    (vm.editingExistingGroup() ? groupName : groupCode).requestFocus();
                } else if (b == Mode.CRITERION) {
                    group.requestFocus();
                } else if (criteriaTable != null) {
                    criteriaTable.requestFocus();
                }
            });
        });
        return box;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }

    private static void show(Node node, javafx.beans.binding.BooleanExpression when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private TextField field(String id, StringProperty value, int columns) {
        TextField f = new TextField();
        f.setOnAction(e -> vm.save());
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void keys(KeyEvent e) {
        boolean editing = vm.modeProperty().get() != Mode.NONE;
        if (SAVE.match(e) && editing) {
            vm.save();
        } else if (e.getCode() == KeyCode.ESCAPE && editing) {
            vm.cancel();
        } else if (e.getCode() == KeyCode.INSERT) {
            vm.startAddCriterion();
        } else if (e.getCode() == KeyCode.F2 && !editing) {
            vm.startEditCriterion();
        } else if (e.getCode() == KeyCode.DELETE && e.getTarget() instanceof TableView<?> t
                && "criteriaTable".equals(t.getId())) {
            vm.deleteCriterion();
        } else {
            return;
        }
        e.consume();
    }
}
