package vn.thidua.ui.units;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.ui.common.Buttons;
import vn.thidua.ui.common.DropDowns;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.units.ReorganiseViewModel.Mode;

/** The side form of a merge, a split or a move, in the place of the unit form. Ctrl+S saves, Esc cancels. */
final class ReorganiseForm {

    private final ReorganiseViewModel vm;
    private final Session session;
    private final VBox content = new VBox(8);
    private final VBox box;
    private final ScrollPane outer;

    ReorganiseForm(ReorganiseViewModel vm, Session session) {
        this.vm = vm;
        this.session = session;
        Label heading = new Label();
        heading.setId("reorgTitle");
        heading.textProperty().bind(vm.titleProperty());
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        Label error = new Label();
        error.setId("reorgError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Button save = Buttons.of(session, "saveReorg", "action.save", vm::save);
        Button cancel = Buttons.of(session, "cancelReorg", "action.cancel", vm::cancel);
        for (Label l : new Label[] {heading, error}) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        box = new VBox(10, heading, content, error, new ToolBar(save, cancel));
        box.setPadding(new Insets(0, 4, 0, 12));
        // The whole form scrolls when the screen is short (1366×768 with a long refusal): nothing is cut.
        outer = new ScrollPane(box);
        outer.setId("reorgForm");
        outer.setFitToWidth(true);
        outer.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        outer.getStyleClass().add("plain-scroll");
        outer.setPrefWidth(420);
        outer.setMaxWidth(420);
        var shown = vm.modeProperty().isNotEqualTo(Mode.NONE);
        outer.visibleProperty().bind(shown);
        outer.managedProperty().bind(shown);
        VBox.setVgrow(outer, Priority.ALWAYS);
        Listening.whileShown(box, vm.modeProperty(), this::rebuild);
        // A refusal is read where it is: the end of the form, just above Lưu.
        Listening.whileShown(box, vm.errorProperty(), () -> {
            if (!vm.errorProperty().get().isEmpty()) {
                outer.applyCss();
                outer.layout();
                outer.setVvalue(outer.getVmax());
            }
        });
        Listening.changesWhileShown(box, vm.parts(), c -> {
            if (vm.modeProperty().get() == Mode.SPLIT) {
                rebuild();
            }
        });
    }

    Node node() {
        return outer;
    }

    private void rebuild() {
        content.getChildren().clear();
        switch (vm.modeProperty().get()) {
            case MERGE -> merge();
            case SPLIT -> split();
            case MOVE -> move();
            default -> { }
        }
    }

    private void merge() {
        VBox picks = new VBox(6);
        picks.setId("mergeMembers");
        CheckBox first = null;
        for (ReorganiseViewModel.Pick p : vm.picks()) {
            CheckBox c = new CheckBox(p.unit().fullName() + " (" + p.unit().code() + ")");
            c.setId("mergePick-" + p.unit().code());
            c.setMnemonicParsing(false);
            c.setWrapText(true);
            c.selectedProperty().bindBidirectional(p.checked());
            picks.getChildren().add(c);
            if (first == null || p.checked().get() && !first.isSelected()) {
                first = c;
            }
        }
        ScrollPane scroll = new ScrollPane(picks);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(170);
        GridPane grid = grid();
        TextField code = field(grid, 0, "units.merge.into", "reorgCode", vm.codeProperty());
        code.setPrefColumnCount(10);
        Label hint = hint("units.merge.intoHint");
        grid.add(hint, 1, 1);
        field(grid, 2, "units.col.fullName", "reorgFullName", vm.fullNameProperty());
        field(grid, 3, "units.col.shortName", "reorgShortName", vm.shortNameProperty());
        field(grid, 4, "units.fromYear", "reorgFromYear", vm.fromYearProperty());
        content.getChildren().addAll(hint("units.merge.pick"), scroll, grid);
        focus(first);
    }

    private void split() {
        GridPane top = grid();
        ComboBox<Unit> from = members("splitSource");
        // A long name needs the whole width of the form: the list under its label.
        top.add(label("units.split.source"), 0, 0, 2, 1);
        top.add(from, 0, 1, 2, 1);
        GridPane parts = grid();
        parts.setId("splitParts");
        parts.addRow(0, label("units.col.code"), label("units.col.fullName"));
        for (int i = 0; i < vm.parts().size(); i++) {
            ReorganiseViewModel.Part p = vm.parts().get(i);
            TextField c = text("splitCode" + i, p.code());
            c.setPrefColumnCount(7);
            TextField n = text("splitName" + i, p.name());
            n.setPrefColumnCount(20);
            parts.addRow(i + 1, c, n);
        }
        Button more = Buttons.of(session, "splitAddPart", "units.split.addPart", vm::addPart);
        GridPane year = grid();
        field(year, 0, "units.fromYear", "reorgFromYear", vm.fromYearProperty());
        content.getChildren().addAll(top, hint("units.split.parts"), parts, more, year);
        // A line just added takes the focus; else the first.
        int n = vm.parts().size();
        focus(parts.lookup("#splitCode" + (n > 2 ? n - 1 : 0)));
    }

    private void move() {
        GridPane grid = grid();
        ComboBox<Unit> unit = members("moveUnit");
        ComboBox<Bloc> to = DropDowns.openOnSpace(new ComboBox<>(vm.otherBlocs()));
        to.setId("moveTo");
        to.setConverter(DropDowns.showing(b -> b.name() + " (" + b.code() + ")"));
        to.valueProperty().bindBidirectional(vm.targetProperty());
        to.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(to, Priority.ALWAYS);
        grid.add(label("units.move.unit"), 0, 0, 2, 1);
        grid.add(unit, 0, 1, 2, 1);
        grid.add(label("units.move.to"), 0, 2, 2, 1);
        grid.add(to, 0, 3, 2, 1);
        field(grid, 4, "units.fromYear", "reorgFromYear", vm.fromYearProperty());
        content.getChildren().addAll(grid, hint("units.move.hint"));
        focus(to);
    }

    private ComboBox<Unit> members(String id) {
        ComboBox<Unit> box = DropDowns.openOnSpace(new ComboBox<>(vm.members()));
        box.setId(id);
        box.setConverter(DropDowns.showing(u -> u.fullName() + " (" + u.code() + ")"));
        box.valueProperty().bindBidirectional(vm.sourceProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setMaxWidth(Double.MAX_VALUE);
        grid.setHgap(8);
        grid.setVgap(8);
        return grid;
    }

    private TextField field(GridPane grid, int row, String label, String id, StringProperty property) {
        TextField f = text(id, property);
        grid.addRow(row, label(label), f);
        return f;
    }

    /** A field's label, never cut: the field gives way. */
    private Label label(String key) {
        Label l = new Label(session.t(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField text(String id, StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(14);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private Label hint(String key) {
        Label l = new Label(session.t(key));
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private void focus(Node n) {
        if (n == null) {
            return;
        }
        // Later: a button fired by its mnemonic takes the focus after its action. And the list of a merge
        // is inside a scroll pane, whose content joins the scene once the pane's skin is made.
        Platform.runLater(() -> {
            if (outer.getScene() != null) {
                outer.applyCss();
                outer.layout();
                n.requestFocus();
            }
        });
    }
}
