package vn.thidua.domain.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import workbook holds, cell by cell, with nothing of POI in it: the app checks it, the
 * writer writes it. Rows carry the number Excel shows (the header is row 1).
 */
public record ImportSheets(List<Sheet> sheets) {

    public ImportSheets {
        sheets = List.copyOf(sheets);
    }

    public Optional<Sheet> sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * @param header the cells of row 1 (empty when row 1 is empty)
     * @param rows   the rows below it that hold anything, in order
     */
    public record Sheet(String name, List<Cell> header, List<Row> rows) {
        public Sheet {
            Objects.requireNonNull(name, "name");
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** @param number the row's number as Excel shows it (1-based) */
    public record Row(int number, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in column {@code index} (0-based); blank past the last one. */
        public Cell cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : Cell.BLANK;
        }

        public boolean isBlank() {
            return cells.stream().allMatch(c -> c instanceof Blank);
        }
    }

    /** One cell's value, as Excel stored it. */
    public sealed interface Cell permits Blank, Text, Number, Date, Bool, Error, Uncomputed {
        Blank BLANK = new Blank();

        static Cell text(String value) {
            return value == null || value.isBlank() ? BLANK : new Text(value);
        }

        static Cell number(BigDecimal value) {
            return value == null ? BLANK : new Number(value.stripTrailingZeros(), false);
        }

        static Cell date(LocalDate value) {
            return value == null ? BLANK : new Date(value);
        }
    }

    /** Nothing, or only spaces. */
    public record Blank() implements Cell {
    }

    public record Text(String value) implements Cell {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** @param percent the cell is formatted as a percentage: Excel shows 0.85 as 85% */
    public record Number(BigDecimal value, boolean percent) implements Cell {
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number formatted as a date. */
    public record Date(LocalDate value) implements Cell {
        public Date {
            Objects.requireNonNull(value, "value");
        }
    }

    public record Bool(boolean value) implements Cell {
    }

    /** An error value such as {@code #DIV/0!}, typed or computed. */
    public record Error(String code) implements Cell {
    }

    /** A formula never computed (the file was not saved by a spreadsheet program): no value to take. */
    public record Uncomputed(String formula) implements Cell {
    }
}
