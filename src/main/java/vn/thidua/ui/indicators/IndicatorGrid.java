package vn.thidua.ui.indicators;

import vn.thidua.ui.common.WritableOnly;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.GridEntry;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.StaleReload;
import vn.thidua.ui.common.UnitChooser;
import javafx.beans.value.ObservableValue;

/**
 * The unit's indicators as a grid of fields, one row each, the last row empty for a new one;
 * under a row, why its figures were refused. Rows are appended in place so that the focus stays.
 */
final class IndicatorGrid {

    private static final String[] FIELDS = {"name", "measure", "plan", "actual", "previous", "note"};
    private static final double[] WIDTHS = {236, 84, 100, 100, 100, 84, 84, 170};
    private final IndicatorsViewModel vm;
    private final Session session;
    private final GridPane grid = new GridPane();
    private final ScrollPane scroller = new ScrollPane(grid);
    private final GridEntry entry = new GridEntry(scroller);
    private final Node pane;

    IndicatorGrid(IndicatorsViewModel vm, Session session) {
        this.vm = vm;
        this.session = session;
        this.pane = entryPane();
        Listening.changesWhileShown(pane, vm.rows(), (ListChangeListener<IndicatorRow>) this::rowsChanged);
        rebuild();
    }

    Node node() {
        return pane;
    }

    /** Into the name of the empty row at the bottom. */
    void focusNewRow() {
        focus(entry.rowCount() - 1, 0);
    }

    void focusFirst() {
        focus(0, 0);
    }

    private Node entryPane() {
        grid.getStyleClass().add("entry-grid");
        for (double w : WIDTHS) {
            grid.getColumnConstraints().add(new ColumnConstraints(w, w, w));
        }
        // Indicator names are long: the name column takes the width the screen has to spare.
        ColumnConstraints name = grid.getColumnConstraints().get(0);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setHgrow(Priority.ALWAYS);
        scroller.setFitToWidth(true);
        Label hint = new Label(session.t("indicators.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        BorderPane pane = new BorderPane(scroller);
        pane.setTop(hint);
        pane.getStyleClass().add("tab-body");
        return pane;
    }

    private void rowsChanged(ListChangeListener.Change<? extends IndicatorRow> c) {
        boolean onlyAppended = true;
        while (c.next()) {
            onlyAppended &= c.wasAdded() && !c.wasRemoved() && c.getFrom() == entry.rowCount();
        }
        if (onlyAppended) {
            // The new empty row after a saved one: append it, leaving the focus where it is.
            List<? extends IndicatorRow> all = vm.rows();
            for (int i = entry.rowCount(); i < all.size(); i++) {
                addRow(all.get(i), i);
            }
        } else {
            int focused = focusedRow();
            rebuild();
            if (focused >= 0) {
                focus(Math.min(focused, entry.rowCount() - 1), 0);
            }
        }
    }

    private void rebuild() {
        grid.getChildren().clear();
        entry.clear();
        grid.addRow(0, Arrays.stream(new String[] {"name", "measure", "plan", "actual", "previous", "percent", "growth",
            "note"}).map(k -> {
                Label l = new Label(session.t("indicators.col." + k));
                l.getStyleClass().add("grid-head");
                l.setWrapText(true);
                l.setMaxWidth(Double.MAX_VALUE);
                return l;
            }).toArray(Label[]::new));
        for (int i = 0; i < vm.rows().size(); i++) {
            addRow(vm.rows().get(i), i);
        }
    }

    private void addRow(IndicatorRow row, int index) {
        StringProperty[] values = {row.nameProperty(), row.measureProperty(), row.planProperty(), row.actualProperty(),
            row.previousProperty(), row.noteProperty()};
        TextField[] fields = new TextField[FIELDS.length];
        for (int c = 0; c < FIELDS.length; c++) {
            fields[c] = field("ind-" + FIELDS[c] + "-" + index, values[c], row, FIELDS[c]);
        }
        Label percent = derived("ind-percent-" + index, row.percentOfPlanProperty());
        Label growth = derived("ind-growth-" + index, row.growthProperty());
        int r = 1 + 2 * index;
        grid.addRow(r, fields[0], fields[1], fields[2], fields[3], fields[4], percent, growth, fields[5]);
        entry.addRow(Arrays.asList(fields));
        Label error = new Label();
        error.setId("ind-error-" + index);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(row.errorProperty());
        error.visibleProperty().bind(row.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        // Refused as changed elsewhere: "Tải lại" beside the words reads the stored row into this one.
        Button reload = StaleReload.button(session, "ind-reload-" + index, row.stale(), () -> vm.reloadRow(row),
                fields[0]);
        HBox line = StaleReload.line(error, reload);
        line.visibleProperty().bind(error.visibleProperty().or(reload.visibleProperty()));
        line.managedProperty().bind(line.visibleProperty());
        grid.add(line, 0, r + 1, WIDTHS.length, 1);
        if (row.isNew()) {
            fields[0].setPromptText(session.t("indicators.newPrompt"));
        }
    }

    private TextField field(String id, StringProperty value, IndicatorRow row, String name) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        WritableOnly.fields(session, f);
        if (List.of("plan", "actual", "previous").contains(name)) {
            f.getStyleClass().add("number-field");
        }
        Listening.whileShown(f, row.refusedFields(), () -> f.pseudoClassStateChanged(
                UnitChooser.REFUSED, row.refusedFields().contains(name)));
        f.focusedProperty().addListener((o, a, b) -> {
            if (b) {
                vm.currentProperty().set(row);
            }
        });
        entry.wire(f, () -> vm.commit(row));
        return f;
    }

    private static Label derived(String id, ObservableValue<String> value) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("derived");
        l.setMaxWidth(Double.MAX_VALUE);
        l.textProperty().bind(value);
        return l;
    }

    /** The row holding the keyboard: one of its fields, or the "Tải lại" under it; -1 when it is elsewhere. */
    private int focusedRow() {
        Node owner = grid.getScene() == null ? null : grid.getScene().getFocusOwner();
        while (owner != null && owner.getParent() != grid) {
            owner = owner.getParent();
        }
        Integer r = owner == null ? null : GridPane.getRowIndex(owner);
        return r == null || r < 1 ? -1 : (r - 1) / 2;
    }

    private void focus(int row, int column) {
        TextField f = entry.at(row, column);
        if (f != null) {
            f.requestFocus();
        }
    }

}
