package vn.thidua.ui.scoring;

import vn.thidua.ui.common.DropDowns;
import vn.thidua.ui.common.Buttons;
import vn.thidua.ui.common.Listening;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.CriterionKind;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.StaleReload;
import vn.thidua.ui.scoring.ScoringTableViewModel.Mode;
import javafx.application.Platform;

/** The form under the scoring table: a group (code, name) or a criterion (group, code, kind, maximum, order, name). */
final class TableForm {

    private final ScoringTableViewModel vm;
    private final Session session;
    private final TableView<Criterion> criteriaTable;
    private final Node node;

    /** @param criteriaTable where the focus goes back when the form closes */
    TableForm(ScoringTableViewModel vm, Session session, TableView<Criterion> criteriaTable) {
        this.vm = vm;
        this.session = session;
        this.criteriaTable = criteriaTable;
        this.node = form();
    }

    Node node() {
        return node;
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
        group.setConverter(DropDowns.showing(g -> g.code() + ". " + g.name()));
        group.setPrefWidth(260);
        ComboBox<CriterionKind> kind = new ComboBox<>(FXCollections.observableArrayList(
                CriterionKind.values()));
        kind.setId("criterionKind");
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setConverter(DropDowns.showing(vm::kindName));
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
        Button save = Buttons.of(session, "saveTableForm", "action.save", vm::save);
        Button cancel = Buttons.of(session, "cancelTableForm", "action.cancel", vm::cancel);
        Button reload = StaleReload.button(session, "reloadTableForm", vm.stale(), vm::reload, group);
        VBox box = new VBox(6, title, groupForm, criterionForm, StaleReload.line(error, reload), new HBox(8, save, cancel));
        box.setId("tableForm");
        box.getStyleClass().add("edit-form");
        show(box, vm.modeProperty().isNotEqualTo(Mode.NONE));
        Listening.whileShown(box, vm.modeProperty(), () -> {
            Mode b = vm.modeProperty().get();
            groupCode.setDisable(vm.editingExistingGroup());
            // Later: the form becomes visible with this same change, and a hidden field takes no focus.
            Platform.runLater(() -> {
                if (b == Mode.GROUP) {
                    (vm.editingExistingGroup() ? groupName : groupCode).requestFocus();
                } else if (b == Mode.CRITERION) {
                    group.requestFocus();
                } else {
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

    private static void show(Node node, BooleanExpression when) {
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
}
