package vn.thidua.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableView;

/** How the screens' tables meet their view models. */
public final class Tables {

    private Tables() {
    }

    /**
     * The table's selection and the model's stay the same both ways (the model's side heard only
     * while the table is shown), and a double click opens the selected row.
     */
    public static <T> void selectionFollows(TableView<T> table, ObjectProperty<T> selected, Runnable open) {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> selected.set(b));
        Listening.whileShown(table, selected, () -> {
            T row = selected.get();
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        openOnDoubleClick(table, open);
    }

    public static void openOnDoubleClick(TableView<?> table, Runnable open) {
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open.run();
            }
        });
    }
}
