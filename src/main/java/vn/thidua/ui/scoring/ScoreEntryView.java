package vn.thidua.ui.scoring;

import vn.thidua.ui.common.WritableOnly;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.UnitChooser;
import vn.thidua.ui.common.GridEntry;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.ui.common.Session;
import java.util.Arrays;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import vn.thidua.domain.text.VnFormat;

/**
 * Scores of one unit, criterion by criterion. Alt+V chooses the unit; Enter moves down a column,
 * Tab to the right; each row is saved when left.
 */
final class ScoreEntryView {

    private static final double[] WIDTHS = {52, 380, 62, 84, 84, 250};
    private final ScoreEntryViewModel vm;
    private final Session session;
    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    private final ScrollPane scroller = new ScrollPane(grid);
    private final GridEntry entry = new GridEntry(scroller);
    private ComboBox<Unit> chooser;
    /** The nodes that take the keyboard in each row shown (its three fields, its Tải lại), by row. */
    private final List<List<Node>> rowKeys = new ArrayList<>();

    ScoreEntryView(ScoreEntryViewModel vm, Session session) {
        this.vm = vm;
        this.session = session;
        root.setId("scoreEntry");
        chooser = UnitChooser.create("scoreUnit", vm.units(), vm.unitProperty());
        chooser.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && entry.at(0, 1) != null) {
                entry.at(0, 1).requestFocus();
            }
        });
        Label summary = new Label();
        summary.setId("scoreSummary");
        summary.getStyleClass().add("unit-summary");
        summary.textProperty().bind(vm.summaryProperty());
        HBox top = new HBox(8, UnitChooser.label(session.t("scores.unit"), chooser), chooser, summary);
        top.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(session.t("scores.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        root.setTop(new VBox(6, top, hint));
        grid.getStyleClass().add("entry-grid");
        for (double w : WIDTHS) {
            grid.getColumnConstraints().add(new ColumnConstraints(w, w, w));
        }
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("entry-scroller");
        root.setCenter(scroller);
        Listening.whileShown(root, vm.rows(), this::rebuild);
        rebuild();
    }

    Node node() {
        return root;
    }

    Node focusTarget() {
        return chooser;
    }

    private void rebuild() {
        int[] focused = focusedPlace();
        grid.getChildren().clear();
        entry.clear();
        rowKeys.clear();
        int r = 0;
        grid.addRow(r++, heads("scores.col.code", "scores.col.criterion", "scores.col.max", "scores.col.self",
                "scores.col.bloc", "scores.col.note"));
        String group = null;
        for (ScoreRow row : vm.rows()) {
            if (!row.criterion().groupCode().equals(group)) {
                group = row.criterion().groupCode();
                Label heading = new Label(vm.groupName(group));
                heading.getStyleClass().add("grid-group");
                heading.setMaxWidth(Double.MAX_VALUE);
                grid.add(heading, 0, r++, WIDTHS.length, 1);
            }
            r = addRow(row, r);
        }
        if (vm.rows().isEmpty()) {
            Label empty = new Label(session.t("scores.empty"));
            empty.setWrapText(true);
            grid.add(empty, 0, r, WIDTHS.length, 1);
        } else if (focused != null) {
            // The keyboard was in the rows, which were read again (a criterion deleted elsewhere, then Tải lại):
            // it stays in the grid, at the same place (the row that took a deleted row's place), field by field.
            entry.at(Math.min(focused[0], vm.rows().size() - 1), focused[1]).requestFocus();
        }
    }

    /**
     * Where the keyboard is among the rows shown: {row, field column} (Tải lại counts as the first field);
     * null when it is elsewhere.
     */
    private int[] focusedPlace() {
        Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        for (int i = 0; owner != null && i < rowKeys.size(); i++) {
            int at = rowKeys.get(i).indexOf(owner);
            if (at >= 0) {
                return new int[] {i, at == 3 ? 1 : at + 1};
            }
        }
        return null;
    }

    private Label[] heads(String... keys) {
        return Arrays.stream(keys).map(k -> {
            Label l = new Label(session.t(k));
            l.getStyleClass().add("grid-head");
            l.setMaxWidth(Double.MAX_VALUE);
            return l;
        }).toArray(Label[]::new);
    }

    private int addRow(ScoreRow row, int r) {
        String key = row.criterion().code().replaceAll("[^A-Za-z0-9]", "_");
        Label code = new Label(row.criterion().code());
        Label name = new Label(row.criterion().name());
        name.setWrapText(true);
        Label max = new Label(VnFormat.formatNumber(row.criterion().max()));
        max.getStyleClass().add("number");
        TextField self = field("self-" + key, row.selfProperty(), row, "self");
        TextField bloc = field("bloc-" + key, row.blocProperty(), row, "bloc");
        TextField note = field("note-" + key, row.noteProperty(), row, "note");
        if (!row.criterion().isRegular()) {
            name.getStyleClass().add(row.criterion().kind().name().toLowerCase(Locale.ROOT) + "-line");
        }
        grid.addRow(r, code, name, max, self, bloc, note);
        entry.addRow(Arrays.asList(null, self, bloc, note));
        Label error = new Label();
        error.setId("scoreError-" + key);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(row.errorProperty());
        error.visibleProperty().bind(row.errorProperty().isNotEmpty());
        Button reload = new Button(session.t("scores.reload"));
        reload.setId("reloadScore-" + key);
        reload.setOnAction(e -> vm.reload(row));
        reload.visibleProperty().bind(row.staleProperty());
        reload.managedProperty().bind(reload.visibleProperty());
        reload.setMinWidth(Region.USE_PREF_SIZE); // the message wraps, the button keeps its word
        HBox.setHgrow(error, Priority.ALWAYS);
        HBox said = new HBox(8, error, reload);
        said.setAlignment(Pos.CENTER_LEFT);
        said.managedProperty().bind(error.visibleProperty());
        said.visibleProperty().bind(error.visibleProperty());
        error.managedProperty().bind(error.visibleProperty());
        grid.add(said, 1, r + 1, WIDTHS.length - 1, 1);
        rowKeys.add(List.of(self, bloc, note, reload));
        return r + 2;
    }

    private TextField field(String id, StringProperty value, ScoreRow row, String fieldName) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        WritableOnly.fields(session, f);
        if (!"note".equals(fieldName)) {
            f.getStyleClass().add("number-field");
        }
        Listening.whileShown(f, row.refusedFields(), () -> f.pseudoClassStateChanged(UnitChooser.REFUSED,
                row.refusedFields().contains(fieldName)));
        entry.wire(f, () -> vm.commit(row));
        return f;
    }
}
