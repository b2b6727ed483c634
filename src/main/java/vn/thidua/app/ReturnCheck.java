package vn.thidua.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.app.CellReader.Loc;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.workbook.ImportLayout;
import vn.thidua.domain.workbook.ImportSheets;
import vn.thidua.domain.workbook.ImportSheets.Cell;

/**
 * Reads one unit's return (issue 16): the bloc, the year and the unit from sheet Khối, the self scores
 * from Điểm and the indicators from Chỉ tiêu. Every other sheet is there for the unit to read and is not
 * read back. Every problem is collected with its sheet, row and column, as for the bloc workbook.
 */
final class ReturnCheck {

    private static final BigDecimal FIGURE_LIMIT = new BigDecimal("1E20");
    private static final int NOTE_LENGTH = 1000;

    private final CellReader cells = new CellReader();
    private String blocCode;
    private Integer year;
    private String unitCode;
    private final Map<String, Loc> itemLocs = new HashMap<>();
    /** The self score of each criterion the file has a row for (criterion code as stored), in the file's order. */
    private final Map<String, BigDecimal> scores = new LinkedHashMap<>();
    private final List<YearImport.IndicatorLine> indicators = new ArrayList<>();

    private ReturnCheck() {
    }

    /** A workbook whose sheet Khối has the row Đơn vị that {@code template --unit} writes. */
    static boolean isReturn(ImportSheets sheets) {
        Optional<SheetTable> t = SheetTable.find(sheets, ImportLayout.BLOC_SHEET, new CellReader());
        return t.isPresent() && t.get().rows().stream().anyMatch(r -> CellReader.same(ImportLayout.RETURN_UNIT,
                CellReader.plainText(t.get().cell(r, ImportLayout.ITEM))));
    }

    /** Reads sheet Khối: the bloc, the year and the unit; the rest needs the year's criteria ({@link #body}). */
    static ReturnCheck head(ImportSheets sheets) {
        ReturnCheck check = new ReturnCheck();
        SheetTable.find(sheets, ImportLayout.BLOC_SHEET, check.cells).ifPresent(check::bloc);
        return check;
    }

    /**
     * Reads Điểm and Chỉ tiêu.
     *
     * @param criteria the year's criteria by {@link CellReader#key}; null when the year is not known (the
     *                 scores are then checked cell by cell only)
     */
    void body(ImportSheets sheets, Map<String, Criterion> criteria) {
        SheetTable.find(sheets, ImportLayout.SCORES_SHEET, cells).ifPresent(t -> scores(t, criteria));
        SheetTable.find(sheets, ImportLayout.INDICATORS_SHEET, cells).ifPresent(this::indicators);
    }

    List<Problem> problems() {
        return cells.problems();
    }

    void problem(Loc loc, String key, Object... args) {
        cells.problem(loc, key, args);
    }

    Optional<String> blocCode() {
        return Optional.ofNullable(blocCode);
    }

    Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    Optional<String> unitCode() {
        return Optional.ofNullable(unitCode);
    }

    /** Where the value of item {@code label} of sheet Khối sits. */
    Loc item(String label) {
        return itemLocs.getOrDefault(label, new Loc(ImportLayout.BLOC, 0, ImportLayout.VALUE));
    }

    Map<String, BigDecimal> scores() {
        return scores;
    }

    List<YearImport.IndicatorLine> indicators() {
        return List.copyOf(indicators);
    }

    private void bloc(SheetTable t) {
        Map<String, ImportSheets.Row> rows = new HashMap<>();
        List<String> wanted = List.of(ImportLayout.BLOC_CODE, ImportLayout.YEAR, ImportLayout.RETURN_UNIT);
        for (ImportSheets.Row row : t.rows()) {
            String label = CellReader.plainText(t.cell(row, ImportLayout.ITEM));
            wanted.stream().filter(w -> CellReader.same(w, label)).findFirst().ifPresent(w -> {
                rows.putIfAbsent(w, row);
                itemLocs.putIfAbsent(w, t.loc(row, ImportLayout.VALUE));
            });
        }
        for (String w : wanted) {
            if (!rows.containsKey(w)) {
                problem(new Loc(t.name(), 0, ImportLayout.ITEM), "import.bloc.missingItem", w);
            }
        }
        if (rows.containsKey(ImportLayout.BLOC_CODE)) {
            blocCode = cells.code(t.cell(rows.get(ImportLayout.BLOC_CODE), ImportLayout.VALUE),
                    item(ImportLayout.BLOC_CODE), true);
        }
        if (rows.containsKey(ImportLayout.YEAR)) {
            year = cells.integer(t.cell(rows.get(ImportLayout.YEAR), ImportLayout.VALUE), item(ImportLayout.YEAR), true);
        }
        if (rows.containsKey(ImportLayout.RETURN_UNIT)) {
            Loc loc = item(ImportLayout.RETURN_UNIT);
            String text = cells.text(t.cell(rows.get(ImportLayout.RETURN_UNIT), ImportLayout.VALUE), loc, true, 400);
            if (text != null) {
                // "CT – Sở Công Thương": the code is the first word; the name is there for people.
                unitCode = cells.code(Cell.text(text.split("\\s+", 2)[0]), loc, true);
            }
        }
    }

    private void scores(SheetTable t, Map<String, Criterion> criteria) {
        Map<String, Integer> seen = new HashMap<>();
        for (ImportSheets.Row row : t.rows()) {
            ownUnit(t, row);
            Loc criterionLoc = t.loc(row, ImportLayout.CRITERION_CODE);
            String code = cells.text(t.cell(row, ImportLayout.CRITERION_CODE), criterionLoc, true,
                    CellReader.CODE_LENGTH);
            Criterion criterion = null;
            if (code != null && criteria != null) {
                criterion = criteria.get(CellReader.key(code));
                if (criterion == null) {
                    problem(criterionLoc, "import.return.criterionUnknown", code, year);
                }
            }
            BigDecimal self = points(t, row, criterion);
            Cell blocScore = t.cell(row, ImportLayout.BLOC_SCORE);
            if (!CellReader.blank(blocScore)) {
                problem(t.loc(row, ImportLayout.BLOC_SCORE), "import.return.blocScore",
                        CellReader.plainText(blocScore));
            }
            if (code == null) {
                continue;
            }
            String key = CellReader.key(code);
            if (seen.containsKey(key)) {
                problem(criterionLoc, "import.score.duplicate", unitCode, code, seen.get(key));
                continue;
            }
            seen.put(key, row.number());
            if (criterion != null) {
                scores.put(criterion.code(), self);
            }
        }
    }

    private BigDecimal points(SheetTable t, ImportSheets.Row row, Criterion criterion) {
        return cells.points(t.cell(row, ImportLayout.SELF), t.loc(row, ImportLayout.SELF), criterion);
    }

    /** A row of Điểm or Chỉ tiêu must be the return's own unit's. */
    private void ownUnit(SheetTable t, ImportSheets.Row row) {
        Loc loc = t.loc(row, ImportLayout.UNIT_CODE);
        String code = cells.code(t.cell(row, ImportLayout.UNIT_CODE), loc, true);
        if (code != null && unitCode != null && !code.equals(unitCode)) {
            problem(loc, "import.return.otherUnit", code, unitCode);
        }
    }

    private void indicators(SheetTable t) {
        Map<String, Integer> seen = new HashMap<>();
        for (ImportSheets.Row row : t.rows()) {
            ownUnit(t, row);
            Loc nameLoc = t.loc(row, ImportLayout.INDICATOR_NAME);
            String name = cells.text(t.cell(row, ImportLayout.INDICATOR_NAME), nameLoc, true, 500);
            String measure = cells.text(t.cell(row, ImportLayout.MEASURE), t.loc(row, ImportLayout.MEASURE), false, 60);
            BigDecimal plan = figure(t, row, ImportLayout.PLAN);
            BigDecimal actual = figure(t, row, ImportLayout.ACTUAL);
            BigDecimal previous = figure(t, row, ImportLayout.PREVIOUS);
            String note = cells.text(t.cell(row, ImportLayout.NOTE), t.loc(row, ImportLayout.NOTE), false, NOTE_LENGTH);
            if (name == null) {
                continue;
            }
            name = name.replaceAll("\\s+", " ");
            // Indicators are matched by name with what the year holds: two of one name could not be.
            String key = CellReader.key(name);
            if (seen.containsKey(key)) {
                problem(nameLoc, "import.return.indicatorDuplicate", name, seen.get(key));
                continue;
            }
            seen.put(key, row.number());
            indicators.add(new YearImport.IndicatorLine(unitCode, name, CellReader.orEmpty(measure), plan, actual,
                    previous, CellReader.orEmpty(note)));
        }
    }

    private BigDecimal figure(SheetTable t, ImportSheets.Row row, String header) {
        return cells.number(t.cell(row, header), t.loc(row, header), false, 4, true, FIGURE_LIMIT);
    }
}
