package vn.thidua.ui.elections;

import vn.thidua.ui.common.WritableOnly;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.elections.RecheckViewModel.DifferenceRow;
import java.util.Locale;
import java.util.function.Function;

/**
 * Nhập lần 2 (đối chiếu). Keys: the paper's number, Tab, its keys, Enter (the number then moves
 * on by itself: type the keys of the next paper and Enter again); Ctrl+D compare; Alt+Left back.
 * The first entry is never shown here before the comparison; nothing here opens a dialog.
 */
final class RecheckView {

    private static final KeyCombination COMPARE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    private final RecheckViewModel vm;
    private final Session session;
    private final Runnable back;
    private final BorderPane root = new BorderPane();
    private final TextField keys = new TextField();

    RecheckView(RecheckViewModel vm, Session session, Runnable back) {
        this.vm = vm;
        this.session = session;
        this.back = back;
        root.setId("recheckPage");
        root.setTop(top());
        HBox columns = new HBox(16, entry(), comparison());
        columns.setPadding(new Insets(8, 0, 0, 0));
        root.setCenter(columns);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COMPARE.match(e)) {
                vm.compare();
            } else if (BACK.match(e)) {
                back.run();
            } else {
                return;
            }
            e.consume();
        });
        root.sceneProperty().addListener((o, a, scene) -> Platform.runLater(() -> {
            if (scene != null) {
                keys.requestFocus();
            }
        }));
    }

    Node node() {
        return root;
    }

    private Node top() {
        Button backButton = new Button(session.t("elections.backToList"));
        backButton.setId("recheckBack");
        backButton.setOnAction(e -> back.run());
        Label heading = new Label();
        heading.setId("recheckHeading");
        heading.getStyleClass().add("screen-title");
        heading.textProperty().bind(vm.titleProperty());
        HBox first = new HBox(12, backButton, heading);
        first.setAlignment(Pos.CENTER_LEFT);
        Label help = new Label(session.t("elections.recheck.help"));
        help.setWrapText(true);
        help.getStyleClass().add("hint");
        help.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(6, first, help);
    }

    private VBox entry() {
        TextField number = new TextField();
        number.setId("recheckNumber");
        number.setPrefColumnCount(5);
        number.textProperty().bindBidirectional(vm.numberProperty());
        WritableOnly.fields(session, number, keys);
        number.setOnAction(e -> keys.requestFocus());
        Label numberLabel = new Label(session.t("elections.recheck.number"));
        numberLabel.setLabelFor(number);
        keys.setId("recheckKeys");
        keys.getStyleClass().add("ballot-input");
        keys.setPromptText(session.t("elections.entry.prompt"));
        keys.setTextFormatter(new TextFormatter<String>(c -> {
            c.setText(c.getText().toUpperCase(Locale.ROOT));
            return c;
        }));
        keys.textProperty().bindBidirectional(vm.typedProperty());
        keys.setOnAction(e -> vm.enter());
        HBox.setHgrow(keys, Priority.ALWAYS);
        HBox line = new HBox(8, numberLabel, number, keys);
        line.setAlignment(Pos.CENTER_LEFT);
        Label echo = new Label();
        echo.setId("recheckEcho");
        echo.setWrapText(true);
        echo.textProperty().bind(vm.echoProperty());
        Label message = new Label();
        message.setId("recheckMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Listening.whileShown(message, vm.errorProperty(), () -> {
            message.getStyleClass().removeAll("error-text");
            if (vm.errorProperty().get()) {
                message.getStyleClass().add("error-text");
            }
        });
        Label listTitle = new Label(session.t("elections.recheck.entered"));
        listTitle.getStyleClass().add("section-title");
        ListView<String> list = new ListView<>(vm.entered());
        list.setId("recheckList");
        list.setFocusTraversable(false);
        list.setPlaceholder(new Label(session.t("elections.ballots.none")));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, line, echo, message, listTitle, list);
        box.setPrefWidth(430);
        box.setMinWidth(430);
        return box;
    }

    private VBox comparison() {
        Button compare = new Button(session.t("elections.recheck.compare"));
        compare.setId("recheckCompare");
        compare.setOnAction(e -> vm.compare());
        Label summary = new Label();
        summary.setId("recheckSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        TableView<DifferenceRow> table = new TableView<>(vm.differences());
        table.setId("recheckDifferences");
        table.getColumns().add(column("elections.recheck.col.number", r -> Integer.toString(r.number()), 80));
        table.getColumns().add(column("elections.recheck.col.first", DifferenceRow::first, 260));
        table.getColumns().add(column("elections.recheck.col.second", DifferenceRow::second, 260));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(session.t("elections.recheck.notCompared")));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, compare, summary, table);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private TableColumn<DifferenceRow, String> column(String key, Function<DifferenceRow, String> value,
            double width) {
        TableColumn<DifferenceRow, String> c = new TableColumn<>(session.t(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
