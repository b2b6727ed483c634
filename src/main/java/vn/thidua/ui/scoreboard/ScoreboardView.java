package vn.thidua.ui.scoreboard;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.thidua.app.ScoringService.ScoreboardData;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.print.PrintPreview;
import vn.thidua.ui.print.Printing;
import vn.thidua.ui.print.TableDocument;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.ScreenKeys;
import javafx.scene.layout.Priority;
import vn.thidua.ui.common.Lazy;

/**
 * The scoreboard screen. Keys: Ctrl+P print, Ctrl+Shift+P print preview, Shift+F5 the in-page projection
 * preview. F5 is left to the window: it opens and closes the projector from every screen.
 */
public final class ScoreboardView {

    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIEW = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination PROJECTION = new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN);
    private final ScoreboardViewModel vm;
    private final Session session;
    private final BorderPane root = new BorderPane();
    private final TableView<ScoreboardLine> table = new TableView<>();
    private final StackPane projectionFrame = new StackPane();
    private final ToggleButton projectionToggle = new ToggleButton();
    private ScoreboardProjection projection;

    public ScoreboardView(ScoreboardViewModel vm, Session session) {
        this.vm = vm;
        this.session = session;
        root.setId("scoreboardScreen");
        root.getStyleClass().add("screen");
        Label title = new Label(session.t("nav.scoreboard"));
        title.getStyleClass().add("screen-title");
        Label summary = new Label();
        summary.setId("scoreboardSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        root.setTop(new VBox(4, title, summary, toolbar()));
        table.setId("scoreboardTable");
        SortedList<ScoreboardLine> sorted = new SortedList<>(vm.lines());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(session.t("scoreboard.empty")));
        ScoreboardColumns.build(table, vm.groups(), session.texts());
        Listening.whileShown(root, vm.groups(), () -> ScoreboardColumns.build(table, vm.groups(), session.texts()));
        projectionFrame.setId("projectionPreview");
        projectionFrame.getStyleClass().add("projection-preview-frame");
        projectionFrame.visibleProperty().bind(projectionToggle.selectedProperty());
        projectionFrame.managedProperty().bind(projectionToggle.selectedProperty());
        Listening.whileShown(root, vm.dataProperty(), () -> showProjection(vm.dataProperty().get()));
        projectionToggle.selectedProperty().addListener((o, a, b) -> showProjection(vm.dataProperty().get()));
        VBox center = new VBox(8, table, projectionFrame);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setCenter(center);
        ScreenKeys.whileShown(root, this::keys);
        vm.refresh();
    }

    /** A fresh view over one model per window: the model keeps listening while the screen is away. */
    public static Supplier<Node> screen(Session session) {
        var vm = Lazy.of(() -> new ScoreboardViewModel(session));
        return () -> new ScoreboardView(vm.get(), session).node();
    }

    public Node node() {
        return root;
    }

    private ToolBar toolbar() {
        Button print = button("printScoreboard", "scoreboard.print", "Ctrl+P", this::print);
        Button preview = button("previewScoreboard", "scoreboard.preview", "Ctrl+Shift+P", this::preview);
        projectionToggle.setId("projectionToggle");
        projectionToggle.setText(session.t("scoreboard.projection.preview"));
        projectionToggle.setTooltip(new Tooltip("Shift+F5"));
        print.disableProperty().bind(vm.dataProperty().isNull());
        preview.disableProperty().bind(vm.dataProperty().isNull());
        return new ToolBar(print, preview, projectionToggle);
    }

    private Button button(String id, String key, String shortcut, Runnable action) {
        Button b = new Button(session.t(key));
        b.setId(id);
        b.setTooltip(new Tooltip(shortcut));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void showProjection(ScoreboardData data) {
        if (data == null || !projectionToggle.isSelected()) {
            return;
        }
        if (projection == null) {
            projection = new ScoreboardProjection(data, session.texts());
            projectionFrame.getChildren().setAll(projection.node());
        } else {
            projection.update(data);
        }
    }

    private TableDocument document() {
        return ScoreboardPrint.document(table.getItems(), vm.groups(), vm.dataProperty().get(), vm.blocName(),
                session.texts(), LocalDate.now());
    }

    private String jobName() {
        return session.t("scoreboard.print.job", vm.dataProperty().get().season().year());
    }

    private void print() {
        if (vm.dataProperty().get() == null) {
            return;
        }
        Printing.Outcome outcome = new Printing(session.texts())
                .print(ScoreboardPrint.sheets(document(), session.texts()), jobName());
        if (outcome.ok()) {
            session.statusProperty().set(outcome.message());
        } else {
            session.dialogs().showInfo(session.t("scoreboard.print"), outcome.message());
        }
    }

    private void preview() {
        if (vm.dataProperty().get() == null) {
            return;
        }
        new PrintPreview(root.getScene().getWindow(), session.texts(), jobName(),
                ScoreboardPrint.sheets(document(), session.texts()), new Printing(session.texts()),
                session.statusProperty()::set).show();
    }

    private void keys(KeyEvent e) {
        if (PREVIEW.match(e)) {
            preview();
        } else if (PRINT.match(e)) {
            print();
        } else if (PROJECTION.match(e)) {
            projectionToggle.setSelected(!projectionToggle.isSelected());
        } else {
            return;
        }
        e.consume();
    }
}
