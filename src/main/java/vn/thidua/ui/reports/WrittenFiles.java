package vn.thidua.ui.reports;

import static vn.thidua.ui.reports.Widgets.button;
import static vn.thidua.ui.reports.Widgets.section;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.thidua.ui.common.Session;

/** The files the last run wrote: Enter or a double click opens one, the folder beside. */
final class WrittenFiles {

    private final ReportsViewModel vm;
    private final Session session;

    WrittenFiles(ReportsViewModel vm, Session session) {
        this.vm = vm;
        this.session = session;
    }

    Node node() {
        ListView<ReportsViewModel.FileRow> list = new ListView<>(vm.files());
        list.setId("writtenFiles");
        list.setPrefHeight(200);
        list.setPlaceholder(new Label(session.t("reports.files.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.openFile();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.openFile();
                e.consume();
            }
        });
        Button file = button(session, "openFile", "reports.openFile", vm::openFile);
        file.disableProperty().bind(vm.selectedProperty().isNull());
        Button folder = button(session, "openFolder", "reports.openFolder", vm::openFolder);
        VBox box = new VBox(6, section(session, "reports.files"), list, new ToolBar(file, folder));
        box.setPadding(new Insets(4, 0, 0, 0));
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }
}
