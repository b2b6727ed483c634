package vn.thidua.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.app.CellReader.Loc;
import vn.thidua.domain.workbook.ImportLayout;
import vn.thidua.domain.workbook.ImportSheets;
import vn.thidua.domain.workbook.ImportSheets.Cell;

/**
 * A sheet of the import workbook matched to its layout: found by name, its columns found by their
 * header in row 1 (case and spacing do not matter, nor the order of the columns), so that a row's cell
 * is asked for by the layout's header.
 */
record SheetTable(ImportLayout.Sheet layout, ImportSheets.Sheet sheet, Map<String, Integer> columns) {

    /**
     * The sheet of {@code layout} when it is there with every column that may not be left out; else
     * empty, with the problem (a missing sheet, a missing or repeated column) told to {@code reader}.
     */
    static Optional<SheetTable> find(ImportSheets sheets, ImportLayout.Sheet layout, CellReader reader) {
        Optional<ImportSheets.Sheet> found = present(sheets, layout);
        if (found.isEmpty()) {
            reader.problem(new Loc(layout.name(), 0, ""), "import.sheet.missing");
            return Optional.empty();
        }
        ImportSheets.Sheet sheet = found.get();
        Map<String, Integer> columns = new HashMap<>();
        List<String> seen = new ArrayList<>();
        for (int c = 0; c < sheet.header().size(); c++) {
            String text = CellReader.plainText(sheet.header().get(c));
            if (text.isEmpty()) {
                continue;
            }
            seen.add(text);
            for (ImportLayout.Column col : layout.columns()) {
                if (CellReader.same(text, col.header())) {
                    if (columns.containsKey(col.header())) {
                        reader.problem(new Loc(sheet.name(), 1, CellReader.letter(c)), "import.column.duplicate",
                                col.header());
                    } else {
                        columns.put(col.header(), c);
                    }
                }
            }
        }
        boolean complete = true;
        for (ImportLayout.Column col : layout.columns()) {
            if (!col.optional() && !columns.containsKey(col.header())) {
                reader.problem(new Loc(sheet.name(), 1, col.header()), "import.column.missing",
                        seen.isEmpty() ? "–" : String.join(", ", seen));
                complete = false;
            }
        }
        return complete ? Optional.of(new SheetTable(layout, sheet, Map.copyOf(columns))) : Optional.empty();
    }

    /** The workbook's sheet of {@code layout}; a sheet renamed only in case or spacing is still the sheet. */
    static Optional<ImportSheets.Sheet> present(ImportSheets sheets, ImportLayout.Sheet layout) {
        Optional<ImportSheets.Sheet> found = sheets.sheet(layout.name());
        if (found.isEmpty()) {
            // Excel users type names.
            found = sheets.sheets().stream().filter(s -> CellReader.same(s.name(), layout.name())).findFirst();
        }
        return found;
    }

    List<ImportSheets.Row> rows() {
        return sheet.rows();
    }

    String name() {
        return sheet.name();
    }

    Cell cell(ImportSheets.Row row, String header) {
        Integer index = columns.get(header);
        return index == null ? Cell.BLANK : row.cell(index);
    }

    Loc loc(ImportSheets.Row row, String header) {
        return new Loc(sheet.name(), row.number(), header);
    }
}
