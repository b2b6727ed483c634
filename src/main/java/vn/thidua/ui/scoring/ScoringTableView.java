package vn.thidua.ui.scoring;

import vn.thidua.ui.common.WritableOnly;
import vn.thidua.ui.common.Buttons;
import vn.thidua.ui.common.Tables;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
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
        root.setBottom(new VBox(6, toolbar(), new TableForm(vm, session, criteria).node()));
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
        Tables.openOnDoubleClick(t, vm::startEditGroup);
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
        Tables.selectionFollows(t, vm.selectedCriterionProperty(), vm::startEditCriterion);
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
        Button editGroup = Buttons.of(session, "editGroup", "table.editGroup", vm::startEditGroup);
        WritableOnly.button(session, editGroup, noGroup);
        Button deleteGroup = Buttons.of(session, "deleteGroup", "table.deleteGroup", vm::deleteGroup);
        WritableOnly.button(session, deleteGroup, noGroup);
        Button edit = Buttons.of(session, "editCriterion", "action.edit", vm::startEditCriterion);
        WritableOnly.button(session, edit, noCriterion);
        Button delete = Buttons.of(session, "deleteCriterion", "action.delete", vm::deleteCriterion);
        WritableOnly.button(session, delete, noCriterion);
        Button addGroup = Buttons.of(session, "addGroup", "table.addGroup", vm::startAddGroup);
        Button addCriterion = Buttons.of(session, "addCriterion", "table.addCriterion", vm::startAddCriterion);
        WritableOnly.buttons(session, addGroup, addCriterion);
        return new ToolBar(addGroup, editGroup, deleteGroup, new Separator(), addCriterion, edit, delete);
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
