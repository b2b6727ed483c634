package vn.thidua.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

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

    /**
     * The table ends under its last row instead of filling its height with empty rows: each empty
     * row is a row and a cell per column whose skins and styles the first frame pays for (issue 18).
     * Rows get a fixed height; the table's maximum height follows its rows, its column headers and
     * its border. While it has no rows it may grow, for its placeholder; past the space it is given
     * it scrolls as before.
     */
    public static void endAtLastRow(TableView<?> table, double rowHeight) {
        table.setFixedCellSize(rowHeight);
        // The headers' height is known after the skin's first layout; until then a usual one.
        DoubleProperty headers = new SimpleDoubleProperty(26);
        table.skinProperty().addListener((o, a, b) -> {
            Node h = table.lookup(".column-header-background");
            if (h instanceof Region r) {
                headers.bind(r.heightProperty());
            }
        });
        DoubleBinding height = new DoubleBinding() {
            {
                bind(table.itemsProperty(), headers, table.insetsProperty());
            }

            @Override
            protected double computeValue() {
                int rows = table.getItems() == null ? 0 : table.getItems().size();
                if (rows == 0) {
                    return Double.MAX_VALUE;
                }
                return rows * rowHeight + headers.get() + table.snappedTopInset() + table.snappedBottomInset();
            }
        };
        // The rows themselves, heard on whichever list the table shows. (A Bindings.size as a dependency
        // is lazy: never read, it stays invalid and tells nobody of a new row; the table stayed two rows
        // high over three and the third was out of reach of a click.)
        InvalidationListener rowsChanged = o -> height.invalidate();
        table.getProperties().put(Tables.class, rowsChanged);
        WeakInvalidationListener weak = new WeakInvalidationListener(rowsChanged);
        if (table.getItems() != null) {
            table.getItems().addListener(weak);
        }
        table.itemsProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.removeListener(weak);
            }
            if (b != null) {
                b.addListener(weak);
            }
        });
        table.maxHeightProperty().bind(height);
    }
}
