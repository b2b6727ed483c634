package vn.thidua.ui.units;

import vn.thidua.ui.common.WritableOnly;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import javafx.scene.layout.VBox;
import vn.thidua.ui.common.Buttons;
import vn.thidua.ui.common.Tables;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.StaleReload;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

/** The units screen. Keys: Insert add, F2 or Enter edit, Ctrl+S save, Esc cancel; Alt+H merge, Alt+T split, Alt+K move. */
public final class UnitsView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    /** One line of 13 px Noto Sans with Modena's cell padding. */
    private static final double ROW_HEIGHT = 24;
    private final UnitsViewModel vm;
    private final Session session;
    private final BorderPane root = new BorderPane();
    private ReorganiseViewModel.Mode lastMode = ReorganiseViewModel.Mode.NONE;
    private Node unitForm; // made on the first add, edit or rename
    private Node reorganiseForm; // made on the first merge, split or move

    public UnitsView(UnitsViewModel vm, Session session) {
        this.vm = vm;
        this.session = session;
        root.setId("unitsScreen");
        root.getStyleClass().add("screen");
        Label title = new Label(session.t("nav.units"));
        title.getStyleClass().add("screen-title");
        Label info = new Label();
        info.setId("yearInfo");
        info.textProperty().bind(vm.yearInfoProperty());
        TableView<UnitRow> table = table();
        root.setTop(new VBox(4, title, info, leadersRefusal(table)));
        root.setCenter(table);
        BorderPane.setAlignment(table, Pos.TOP_LEFT);
        // The two side forms are made when first wanted, not with the screen: the units screen is the first
        // one the window shows, and hidden forms are still styled and skinned in its first frame (issue 18).
        VBox side = new VBox();
        root.setRight(side);
        Listening.whileShown(root, vm.editingProperty(), () -> {
            if (vm.editingProperty().get() && unitForm == null) {
                unitForm = form();
                side.getChildren().add(0, unitForm);
            }
        });
        root.setBottom(toolbar());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        // After a merge, split or move (or its Esc) the keys go back to the list, not to the window's header.
        Listening.whileShown(root, vm.reorganise().modeProperty(), () -> {
            ReorganiseViewModel.Mode now = vm.reorganise().modeProperty().get();
            if (now != ReorganiseViewModel.Mode.NONE && reorganiseForm == null) {
                reorganiseForm = new ReorganiseForm(vm.reorganise(), session).node();
                side.getChildren().add(reorganiseForm);
            }
            if (lastMode != ReorganiseViewModel.Mode.NONE && now == ReorganiseViewModel.Mode.NONE) {
                table.requestFocus();
            }
            lastMode = now;
        });
        vm.refresh();
    }

    public Node node() {
        return root;
    }

    /** A head or deputy refused, under the line that names them; "Tải lại" when changed elsewhere. */
    private Node leadersRefusal(TableView<UnitRow> table) {
        Label error = new Label();
        error.setId("leadersError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.leadersErrorProperty());
        Node line = StaleReload.line(error, StaleReload.button(session, "reloadLeaders", vm.leadersStale(),
                vm::reloadLeaders, table));
        line.visibleProperty().bind(vm.leadersErrorProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private TableView<UnitRow> table() {
        TableView<UnitRow> table = new TableView<>(vm.rows());
        table.setId("unitsTable");
        table.getColumns().add(column("units.col.code", "code", UnitRow::code, 110));
        table.getColumns().add(column("units.col.fullName", "fullName", UnitRow::fullName, 360));
        table.getColumns().add(column("units.col.shortName", "shortName", UnitRow::shortName, 160));
        table.getColumns().add(column("units.col.role", "role", UnitRow::role, 120));
        table.getColumns().add(column("units.col.status", "status", UnitRow::status, 140));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(session.t("units.empty")));
        Tables.selectionFollows(table, vm.selectedProperty(), vm::startEdit);
        Tables.endAtLastRow(table, ROW_HEIGHT);
        return table;
    }

    private TableColumn<UnitRow, String> column(String key, String property,
            Function<UnitRow, String> value, double width) {
        TableColumn<UnitRow, String> c = new TableColumn<>(session.t(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setId("col-" + property);
        return c;
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        TextField code = field("unitCode", vm.codeProperty());
        TextField full = field("unitFullName", vm.fullNameProperty());
        TextField shortName = field("unitShortName", vm.shortNameProperty());
        grid.addRow(0, new Label(session.t("units.col.code")), code);
        grid.addRow(1, new Label(session.t("units.col.fullName")), full);
        grid.addRow(2, new Label(session.t("units.col.shortName")), shortName);
        // Renaming from a year: the code stays, the year is asked (issue 16).
        TextField from = field("unitFromYear", vm.fromYearProperty());
        Label fromLabel = new Label(session.t("units.fromYear"));
        grid.addRow(3, fromLabel, from);
        for (Node n : new Node[] {from, fromLabel}) {
            n.visibleProperty().bind(vm.renamingProperty());
            n.managedProperty().bind(vm.renamingProperty());
        }
        code.disableProperty().bind(vm.renamingProperty());
        Label heading = new Label();
        heading.textProperty().bind(vm.formTitleProperty());
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        Label error = new Label();
        error.setId("unitError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.formErrorProperty());
        Button save = Buttons.of(session, "saveUnit", "action.save", vm::save);
        save.setDefaultButton(true);
        Button cancel = Buttons.of(session, "cancelUnit", "action.cancel", vm::cancel);
        WritableOnly.buttons(session, save);
        VBox box = new VBox(10, heading, grid, error, new ToolBar(save, cancel));
        box.setId("unitForm");
        box.setPadding(new Insets(0, 0, 0, 12));
        box.setPrefWidth(380);
        box.visibleProperty().bind(vm.editingProperty());
        box.managedProperty().bind(vm.editingProperty());
        Listening.whileShown(box, vm.editingProperty(), () -> {
            if (vm.editingProperty().get()) {
                (vm.codeProperty().get().isEmpty() ? code : full).requestFocus();
                if (vm.renamingProperty().get()) {
                    full.selectAll();
                }
            }
        });
        return box;
    }

    private static TextField field(String id, StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(22);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private ToolBar toolbar() {
        var noSelection = vm.selectedProperty().isNull();
        Button add = Buttons.of(session, "addUnit", "action.add", vm::startAdd);
        WritableOnly.button(session, add, vm.hasSeasonProperty().not());
        Button edit = Buttons.of(session, "editUnit", "action.edit", vm::startEdit);
        WritableOnly.button(session, edit, noSelection);
        Button rename = Buttons.of(session, "renameUnit", "units.rename", vm::startRename);
        WritableOnly.button(session, rename, noSelection);
        Button toggle = Buttons.of(session, "toggleActive", "units.toggleActive", vm::toggleActive);
        WritableOnly.button(session, toggle, noSelection);
        toggle.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() != null
                && !vm.selectedProperty().get().unit().active()
                ? session.t("units.activate") : session.t("units.deactivate"), vm.selectedProperty()));
        Button head = Buttons.of(session, "setHead", "units.setHead", vm::makeHead);
        WritableOnly.button(session, head, noSelection);
        Button deputy = Buttons.of(session, "setDeputy", "units.setDeputy", vm::makeDeputy);
        WritableOnly.button(session, deputy, noSelection);
        Button newYear = Buttons.of(session, "startYear", "units.newYear", vm::startNewYear);
        WritableOnly.button(session, newYear, session.blocProperty().isNull());
        // Merge, split and move (issue 16): Alt+H, Alt+T, Alt+K.
        var noMembers = Bindings.isEmpty(vm.rows());
        Button merge = Buttons.of(session, "mergeUnits", "units.merge", vm::startMerge);
        Button split = Buttons.of(session, "splitUnit", "units.split", vm::startSplit);
        Button move = Buttons.of(session, "moveUnit", "units.move", vm::startMove);
        for (Button b : new Button[] {merge, split, move}) {
            b.setMnemonicParsing(true);
            WritableOnly.button(session, b, noMembers);
        }
        return new ToolBar(add, edit, rename, toggle, head, deputy, newYear, merge, split, move);
    }

    private void keys(KeyEvent e) {
        boolean reorganising = vm.reorganise().modeProperty().get() != ReorganiseViewModel.Mode.NONE;
        if (SAVE.match(e) && reorganising) {
            vm.reorganise().save();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && reorganising) {
            vm.reorganise().cancel();
            e.consume();
        } else if (SAVE.match(e)) {
            vm.save();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && vm.editingProperty().get()) {
            vm.cancel();
            e.consume();
        } else if (e.getCode() == KeyCode.INSERT) {
            vm.startAdd();
            e.consume();
        } else if (e.getCode() == KeyCode.F2 && !vm.editingProperty().get()) {
            vm.startEdit();
            e.consume();
        }
    }
}
