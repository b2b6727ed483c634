package vn.thidua.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Spreadsheet keys over a grid of text fields: Tab goes right, Enter or Down goes to the same
 * column one row below, Shift+Enter or Up one row above. A field's value is committed when it is
 * left by any of these (or by the mouse), so that every confirmed cell is saved at once. The
 * field that gets the focus is scrolled into view.
 */
public final class GridEntry {

    private final ScrollPane scroller;
    private final List<List<TextField>> rows = new ArrayList<>();

    public GridEntry(ScrollPane scroller) {
        this.scroller = scroller;
    }

    public void clear() {
        rows.clear();
    }

    /** Adds a row of fields, in column order; a null leaves that column empty on this row. */
    public void addRow(List<TextField> fields) {
        rows.add(new ArrayList<>(fields));
    }

    /** The field at the row and column, if there is one. */
    public TextField at(int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows.get(row).size()) {
            return null;
        }
        return rows.get(row).get(column);
    }

    public int rowCount() {
        return rows.size();
    }

    /** Wires a field: commit when left or on Enter, the row keys, scrolling into view. */
    public void wire(TextField field, Runnable commit) {
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            } else {
                scrollTo(field);
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int step;
            if (e.getCode() == KeyCode.ENTER) {
                commit.run();
                step = e.isShiftDown() ? -1 : 1;
            } else if (e.getCode() == KeyCode.DOWN) {
                step = 1;
            } else if (e.getCode() == KeyCode.UP) {
                step = -1;
            } else {
                return;
            }
            e.consume();
            move(field, step);
        });
    }

    private void move(TextField from, int step) {
        for (int r = 0; r < rows.size(); r++) {
            int c = rows.get(r).indexOf(from);
            if (c >= 0) {
                for (int target = r + step; target >= 0 && target < rows.size(); target += step) {
                    TextField next = at(target, c);
                    if (next != null) {
                        next.requestFocus();
                        next.selectAll();
                        return;
                    }
                }
                return;
            }
        }
    }

    private void scrollTo(Node node) {
        Node content = scroller.getContent();
        if (content == null) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroller.getViewportBounds().getHeight();
        if (contentHeight <= viewport || inContent == null) {
            return;
        }
        double top = scroller.getVvalue() * (contentHeight - viewport);
        double target = top;
        if (inContent.getMinY() < top) {
            target = inContent.getMinY() - 8;
        } else if (inContent.getMaxY() > top + viewport) {
            target = inContent.getMaxY() - viewport + 8;
        }
        scroller.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
    }
}
