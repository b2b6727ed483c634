package vn.thidua.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.thidua.app.CellReader.Loc;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.bloc.SeasonRules;
import vn.thidua.domain.bloc.UnitRules;
import vn.thidua.domain.bloc.YearTexts;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.domain.workbook.ImportLayout;
import vn.thidua.domain.workbook.ImportSheets;
import vn.thidua.domain.workbook.ImportSheets.Cell;

/**
 * Reads an import workbook's sheets into a {@link YearImport}, checking every cell on the way and
 * collecting every problem with its sheet, row and column (message keys {@code import.*}, whose
 * first three arguments are the sheet, the row and the column). Nothing here knows the database:
 * what depends on it (the year exists, a unit is already in the bloc) is the service's to add.
 */
final class ImportCheck {

    private static final int CODE_LENGTH = CellReader.CODE_LENGTH;
    private static final int NOTE_LENGTH = 1000;
    /** The store keeps points in decimal(9, 2) and figures in decimal(24, 4). */
    private static final BigDecimal FIGURE_LIMIT = new BigDecimal("1E20");

    private final CellReader cells = new CellReader();
    private final TableCheck table = new TableCheck(cells);

    // Sheet Khối
    private String blocCode;
    private String blocName;
    private Integer year;
    private LocalDate date;
    private String place = "";
    private String superior = "";
    private String countingHead = "";
    private String countingMembers = "";
    private String signer = "";
    private String headCode;
    private String deputyCode;
    private final Map<String, Loc> itemLocs = new HashMap<>();

    // The rest; a sheet that could not be read leaves its map null, so nobody is told of codes it would have held.
    private Map<String, YearImport.UnitLine> units;
    private final Map<String, Loc> unitLocs = new HashMap<>();
    private final List<YearImport.ScoreLine> scores = new ArrayList<>();
    private final List<YearImport.IndicatorLine> indicators = new ArrayList<>();
    // The year's texts; null when the workbook has not their sheet (the stored ones stay).
    private List<String> legalBasis;
    private List<String> plans;
    private List<String> tasks;

    private ImportCheck() {
    }

    static ImportCheck of(ImportSheets sheets) {
        ImportCheck check = new ImportCheck();
        check.run(sheets);
        return check;
    }

    List<Problem> problems() {
        return cells.problems();
    }

    /** The bloc's code as the workbook gives it, when it could be read. */
    Optional<String> blocCode() {
        return Optional.ofNullable(blocCode);
    }

    Optional<String> blocName() {
        return Optional.ofNullable(blocName);
    }

    Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    /** The units read, by code (upper case), in the workbook's order. */
    Map<String, YearImport.UnitLine> units() {
        return units == null ? Map.of() : units;
    }

    Optional<String> headCode() {
        return Optional.ofNullable(headCode);
    }

    Optional<String> deputyCode() {
        return Optional.ofNullable(deputyCode);
    }

    /** Where the value of item {@code label} of sheet Khối sits. */
    Loc item(String label) {
        return itemLocs.getOrDefault(label, new Loc(ImportLayout.BLOC, 0, ImportLayout.VALUE));
    }

    Loc unitRow(String code) {
        return unitLocs.getOrDefault(code, new Loc(ImportLayout.UNITS, 0, ImportLayout.UNIT_CODE));
    }

    /** The checked year; only when there is no problem. */
    YearImport result() {
        if (cells.hasProblems()) {
            throw new IllegalStateException("the workbook has problems: " + cells.problems());
        }
        return new YearImport(blocCode, blocName, year, new ConferenceDetails(date, place, superior, countingHead,
                ConferenceDetails.names(countingMembers), signer),
                List.copyOf(units.values()), headCode, deputyCode, List.copyOf(table.groups().values()),
                table.criteria().values().stream().filter(Objects::nonNull).toList(), table.bands(), scores,
                indicators, new YearImport.Texts(legalBasis, plans, tasks));
    }

    private void problem(Loc loc, String key, Object... args) {
        cells.problem(loc, key, args);
    }

    private void run(ImportSheets sheets) {
        find(sheets, ImportLayout.BLOC_SHEET).ifPresent(this::bloc);
        find(sheets, ImportLayout.UNITS_SHEET).ifPresent(this::units);
        find(sheets, ImportLayout.GROUPS_SHEET).ifPresent(table::groups);
        find(sheets, ImportLayout.CRITERIA_SHEET).ifPresent(table::criteria);
        find(sheets, ImportLayout.BANDS_SHEET).ifPresent(table::bands);
        find(sheets, ImportLayout.SCORES_SHEET).ifPresent(this::scores);
        find(sheets, ImportLayout.INDICATORS_SHEET).ifPresent(this::indicators);
        legalBasis = lines(sheets, ImportLayout.LEGAL_BASIS_SHEET, 1000, 8000);
        if (legalBasis != null) {
            // As the window keeps them: "Căn cứ" and the closing ";" are the document's to add.
            legalBasis = new YearTexts(legalBasis, List.of(), List.of()).legalBasis();
        }
        plans = lines(sheets, ImportLayout.PLANS_SHEET, 4000, 16000);
        tasks = lines(sheets, ImportLayout.TASKS_SHEET, 1000, 16000);
        leaders();
        if (date != null && year != null && Math.abs(date.getYear() - year) > 1) {
            problem(item(ImportLayout.CONFERENCE_DATE), "import.date.year", VnFormat.formatDate(date), year);
        }
    }

    private Optional<SheetTable> find(ImportSheets sheets, ImportLayout.Sheet layout) {
        return SheetTable.find(sheets, layout, cells);
    }

    // ---- sheet Khối

    private void bloc(SheetTable t) {
        Map<String, ImportSheets.Row> rows = new LinkedHashMap<>();
        for (ImportSheets.Row row : t.rows()) {
            String label = CellReader.plainText(t.cell(row, ImportLayout.ITEM));
            Optional<ImportLayout.Item> item = ImportLayout.BLOC_ITEMS.stream()
                    .filter(i -> CellReader.same(i.label(), label)).findFirst();
            if (item.isEmpty()) {
                if (label.isEmpty() && CellReader.blank(t.cell(row, ImportLayout.VALUE))) {
                    continue;
                }
                problem(t.loc(row, ImportLayout.ITEM), label.isEmpty() ? "import.bloc.noItem" : "import.bloc.unknownItem",
                        label);
                continue;
            }
            String name = item.get().label();
            if (rows.containsKey(name)) {
                problem(t.loc(row, ImportLayout.ITEM), "import.bloc.duplicateItem", name, rows.get(name).number());
                continue;
            }
            rows.put(name, row);
            itemLocs.put(name, t.loc(row, ImportLayout.VALUE));
        }
        for (ImportLayout.Item item : ImportLayout.BLOC_ITEMS) {
            if (item.required() && !rows.containsKey(item.label())) {
                problem(new Loc(t.name(), 0, ImportLayout.ITEM), "import.bloc.missingItem", item.label());
            }
        }
        blocCode = value(t, rows, ImportLayout.BLOC_CODE, (cell, loc) -> cells.code(cell, loc, true));
        blocName = value(t, rows, ImportLayout.BLOC_NAME, (cell, loc) -> cells.text(cell, loc, true, UnitRules.MAX_NAME_LENGTH));
        year = value(t, rows, ImportLayout.YEAR, (cell, loc) -> {
            Integer y = cells.integer(cell, loc, true);
            if (y != null && (y < SeasonRules.FIRST_YEAR || y > SeasonRules.LAST_YEAR)) {
                problem(loc, "import.year.range", y, SeasonRules.FIRST_YEAR, SeasonRules.LAST_YEAR);
                return null;
            }
            return y;
        });
        date = value(t, rows, ImportLayout.CONFERENCE_DATE, cells::date);
        place = CellReader.orEmpty(value(t, rows, ImportLayout.PLACE, (cell, loc) -> cells.text(cell, loc, false, 200)));
        superior = CellReader.orEmpty(value(t, rows, ImportLayout.SUPERIOR, (cell, loc) -> cells.text(cell, loc, false, 300)));
        countingHead = CellReader.orEmpty(value(t, rows, ImportLayout.COUNTING_HEAD, (cell, loc) -> cells.text(cell, loc, false, 200)));
        countingMembers = CellReader.orEmpty(value(t, rows, ImportLayout.COUNTING_MEMBERS,
                (cell, loc) -> cells.text(cell, loc, false, 2000)));
        signer = CellReader.orEmpty(value(t, rows, ImportLayout.SIGNER, (cell, loc) -> cells.text(cell, loc, false, 200)));
        headCode = value(t, rows, ImportLayout.HEAD, (cell, loc) -> cells.code(cell, loc, false));
        deputyCode = value(t, rows, ImportLayout.DEPUTY, (cell, loc) -> cells.code(cell, loc, false));
    }

    private interface ValueReader<T> {
        T read(Cell cell, Loc loc);
    }

    private static <T> T value(SheetTable t, Map<String, ImportSheets.Row> rows, String label, ValueReader<T> reader) {
        ImportSheets.Row row = rows.get(label);
        return row == null ? null : reader.read(t.cell(row, ImportLayout.VALUE), t.loc(row, ImportLayout.VALUE));
    }

    private void leaders() {
        if (headCode != null && units != null && !units.containsKey(headCode)) {
            problem(item(ImportLayout.HEAD), "import.unit.unknown", headCode);
        }
        if (deputyCode != null && units != null && !units.containsKey(deputyCode)) {
            problem(item(ImportLayout.DEPUTY), "import.unit.unknown", deputyCode);
        }
        if (headCode != null && headCode.equals(deputyCode)) {
            problem(item(ImportLayout.DEPUTY), "import.leader.same", deputyCode);
        }
    }

    // ---- sheet Đơn vị

    private void units(SheetTable t) {
        Map<String, YearImport.UnitLine> read = new LinkedHashMap<>();
        for (ImportSheets.Row row : t.rows()) {
            Loc codeLoc = t.loc(row, ImportLayout.UNIT_CODE);
            String code = cells.code(t.cell(row, ImportLayout.UNIT_CODE), codeLoc, true);
            String name = cells.text(t.cell(row, ImportLayout.FULL_NAME), t.loc(row, ImportLayout.FULL_NAME), true,
                    UnitRules.MAX_NAME_LENGTH);
            String shortName = cells.text(t.cell(row, ImportLayout.SHORT_NAME), t.loc(row, ImportLayout.SHORT_NAME), false,
                    UnitRules.MAX_NAME_LENGTH);
            Boolean active = cells.yesNo(t.cell(row, ImportLayout.ACTIVE), t.loc(row, ImportLayout.ACTIVE));
            if (code == null) {
                continue;
            }
            if (read.containsKey(code)) {
                problem(codeLoc, "import.unit.duplicate", code, unitLocs.get(code).row());
                continue;
            }
            unitLocs.put(code, codeLoc);
            read.put(code, new YearImport.UnitLine(code, CellReader.orEmpty(name).replaceAll("\\s+", " "),
                    CellReader.orEmpty(shortName).replaceAll("\\s+", " "), active == null || active));
        }
        if (t.rows().isEmpty()) {
            problem(new Loc(t.name(), 0, ImportLayout.UNIT_CODE), "import.unit.none");
        }
        units = read;
    }

    // ---- sheets Căn cứ, Phương hướng năm sau, Nhiệm vụ trọng tâm

    /**
     * The lines of a sheet of text, one a row in order, spaces (and line breaks inside a cell) made one
     * space; null when the workbook has no such sheet.
     *
     * @param totalLength what the data file keeps of all the lines together
     */
    private List<String> lines(ImportSheets sheets, ImportLayout.Sheet layout, int lineLength, int totalLength) {
        if (SheetTable.present(sheets, layout).isEmpty()) {
            return null;
        }
        Optional<SheetTable> found = find(sheets, layout);
        if (found.isEmpty()) {
            return List.of();
        }
        SheetTable t = found.get();
        List<String> lines = new ArrayList<>();
        for (ImportSheets.Row row : t.rows()) {
            String line = cells.text(t.cell(row, ImportLayout.LINE), t.loc(row, ImportLayout.LINE), true, lineLength);
            if (line != null) {
                lines.add(line.replaceAll("\\s+", " "));
            }
        }
        int length = String.join("\n", lines).length();
        if (length > totalLength) {
            problem(new Loc(t.name(), 0, ImportLayout.LINE), "import.lines.tooLong", totalLength, length);
        }
        return lines;
    }

    // ---- sheet Điểm

    private void scores(SheetTable t) {
        Map<String, Integer> seen = new HashMap<>();
        for (ImportSheets.Row row : t.rows()) {
            String unit = unitRef(t, row);
            Loc criterionLoc = t.loc(row, ImportLayout.CRITERION_CODE);
            String code = cells.text(t.cell(row, ImportLayout.CRITERION_CODE), criterionLoc, true, CODE_LENGTH);
            Criterion criterion = null;
            boolean known = false;
            if (code != null && table.criteria() != null) {
                known = table.criteria().containsKey(CellReader.key(code));
                criterion = table.criteria().get(CellReader.key(code));
                if (!known) {
                    problem(criterionLoc, "import.criterion.unknown", code);
                }
            }
            BigDecimal self = points(t, row, ImportLayout.SELF, criterion);
            BigDecimal bloc = points(t, row, ImportLayout.BLOC_SCORE, criterion);
            String note = cells.text(t.cell(row, ImportLayout.NOTE), t.loc(row, ImportLayout.NOTE), false, NOTE_LENGTH);
            if (unit == null || code == null) {
                continue;
            }
            String pair = unit + "\u0000" + CellReader.key(code);
            if (seen.containsKey(pair)) {
                problem(criterionLoc, "import.score.duplicate", unit, code, seen.get(pair));
                continue;
            }
            seen.put(pair, row.number());
            if (criterion != null) {
                scores.add(new YearImport.ScoreLine(unit, criterion.code(), self, bloc, CellReader.orEmpty(note)));
            }
        }
    }

    private BigDecimal points(SheetTable t, ImportSheets.Row row, String header, Criterion criterion) {
        return cells.points(t.cell(row, header), t.loc(row, header), criterion);
    }

    /** The unit code of a row of Điểm or Chỉ tiêu, upper case, when it names a unit of sheet Đơn vị. */
    private String unitRef(SheetTable t, ImportSheets.Row row) {
        Loc loc = t.loc(row, ImportLayout.UNIT_CODE);
        String unit = cells.text(t.cell(row, ImportLayout.UNIT_CODE), loc, true, 100);
        if (unit == null) {
            return null;
        }
        unit = unit.toUpperCase(Locale.ROOT);
        if (units != null && !units.containsKey(unit)) {
            problem(loc, "import.unit.unknown", unit);
        }
        return unit;
    }

    // ---- sheet Chỉ tiêu

    private void indicators(SheetTable t) {
        for (ImportSheets.Row row : t.rows()) {
            String unit = unitRef(t, row);
            String name = cells.text(t.cell(row, ImportLayout.INDICATOR_NAME), t.loc(row, ImportLayout.INDICATOR_NAME), true,
                    500);
            String measure = cells.text(t.cell(row, ImportLayout.MEASURE), t.loc(row, ImportLayout.MEASURE), false, 60);
            BigDecimal plan = cells.number(t.cell(row, ImportLayout.PLAN), t.loc(row, ImportLayout.PLAN), false, 4, true,
                    FIGURE_LIMIT);
            BigDecimal actual = cells.number(t.cell(row, ImportLayout.ACTUAL), t.loc(row, ImportLayout.ACTUAL), false, 4, true,
                    FIGURE_LIMIT);
            BigDecimal previous = cells.number(t.cell(row, ImportLayout.PREVIOUS), t.loc(row, ImportLayout.PREVIOUS), false, 4,
                    true, FIGURE_LIMIT);
            String note = cells.text(t.cell(row, ImportLayout.NOTE), t.loc(row, ImportLayout.NOTE), false, NOTE_LENGTH);
            if (unit != null && name != null) {
                indicators.add(new YearImport.IndicatorLine(unit, name, CellReader.orEmpty(measure), plan, actual, previous,
                        CellReader.orEmpty(note)));
            }
        }
    }
}
