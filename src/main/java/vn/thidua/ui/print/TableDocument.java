package vn.thidua.ui.print;

import java.util.List;
import java.util.Objects;

/**
 * A table to print over as many pages as it needs: title lines repeated on every page, the
 * column headings repeated on every page, the rows split between pages, notes after the last row.
 *
 * @param title    the first line, in bold capitals
 * @param subtitle lines under the title (the bloc, the year, the date)
 */
public record TableDocument(String title, List<String> subtitle, List<Column> columns, List<List<String>> rows,
                            List<String> notes) {

    /** @param grows the column that takes the width left over when the table is narrower than the page */
    public record Column(String heading, Align align, boolean grows) {

        public Column {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(align, "align");
        }
    }

    public enum Align { LEFT, CENTER, RIGHT }

    public TableDocument {
        Objects.requireNonNull(title, "title");
        subtitle = List.copyOf(subtitle);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
