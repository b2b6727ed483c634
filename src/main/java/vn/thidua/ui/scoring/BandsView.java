package vn.thidua.ui.scoring;

import vn.thidua.ui.common.WritableOnly;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.StaleReload;

/** The classification bands of the year; Ctrl+S or Enter saves. */
final class BandsView {

    private final VBox root = new VBox(10);
    private TextField first;

    BandsView(BandsViewModel vm, Session session) {
        root.setId("bandsEditor");
        Label intro = new Label(session.t("bands.intro"));
        intro.setWrapText(true);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("bands-grid");
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(session.t("bands.col.class")), new Label(session.t("bands.col.total")),
                new Label(session.t("bands.col.percent")));
        grid.getChildren().forEach(n -> n.getStyleClass().add("grid-head"));
        Button save = new Button(session.t("action.save"));
        save.setId("saveBands");
        save.setOnAction(e -> vm.save());
        for (int i = 0; i < vm.banded().size(); i++) {
            Classification c = vm.banded().get(i);
            TextField total = new TextField();
            if (first == null) {
                first = total;
            }
            total.setId("bandTotal-" + c.code());
            total.setPrefColumnCount(6);
            total.getStyleClass().add("number-field");
            total.textProperty().bindBidirectional(vm.totalProperty(i));
            TextField percent = new TextField();
            percent.setId("bandPercent-" + c.code());
            percent.setPrefColumnCount(6);
            percent.getStyleClass().add("number-field");
            percent.textProperty().bindBidirectional(vm.percentProperty(i));
            total.setOnAction(e -> vm.save());
            percent.setOnAction(e -> vm.save());
            WritableOnly.fields(session, total, percent);
            grid.addRow(i + 1, new Label(session.t(c.key())), total, percent);
        }
        grid.addRow(vm.banded().size() + 1, new Label(session.t(Classification.NOT_COMPLETED.key())),
                new Label(session.t("bands.rest")));
        Label error = new Label();
        error.setId("bandsError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Button defaults = new Button(session.t("bands.defaults"));
        defaults.setId("bandsDefaults");
        defaults.setOnAction(e -> vm.useDefaults());
        WritableOnly.buttons(session, save, defaults);
        Button reload = StaleReload.button(session, "reloadBands", vm.stale(), vm::reload, first);
        root.getChildren().addAll(intro, grid, StaleReload.line(error, reload), new HBox(8, save, defaults));
        KeyCombination saveKey = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        root.setOnKeyPressed(e -> {
            if (saveKey.match(e)) {
                vm.save();
                e.consume();
            }
        });
        vm.refresh();
    }

    Node node() {
        return root;
    }

    Node focusTarget() {
        return first;
    }
}
