package vn.thidua.app;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.bloc.SeasonRules;
import vn.thidua.domain.bloc.UnitRules;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.CriterionKind;
import vn.thidua.domain.scoring.ScoreRules;
import vn.thidua.domain.text.ParseResult;
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

    /** Where a value sits. {@code row} 0 means the sheet as a whole. */
    record Loc(String sheet, int row, String column) {
    }

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]+");
    private static final int CODE_LENGTH = 20;
    private static final int NOTE_LENGTH = 1000;
    /** The store keeps points in decimal(9, 2) and figures in decimal(24, 4). */
    private static final BigDecimal POINTS_LIMIT = new BigDecimal("10000000");
    private static final BigDecimal FIGURE_LIMIT = new BigDecimal("1E20");
    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<Problem> problems = new ArrayList<>();

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
    private Map<String, CriterionGroup> groups;
    private Map<String, Criterion> criteria;
    private ClassificationBands bands;
    private final List<YearImport.ScoreLine> scores = new ArrayList<>();
    private final List<YearImport.IndicatorLine> indicators = new ArrayList<>();

    private ImportCheck() {
    }

    static ImportCheck of(ImportSheets sheets) {
        ImportCheck check = new ImportCheck();
        check.run(sheets);
        return check;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
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
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the workbook has problems: " + problems);
        }
        return new YearImport(blocCode, blocName, year, new ConferenceDetails(date, place, superior, countingHead,
                ConferenceDetails.names(countingMembers), signer),
                List.copyOf(units.values()), headCode, deputyCode, List.copyOf(groups.values()),
                criteria.values().stream().filter(java.util.Objects::nonNull).toList(), bands, scores, indicators);
    }

    static Problem at(Loc loc, String key, Object... args) {
        Object[] all = new Object[args.length + 3];
        all[0] = loc.sheet();
        all[1] = loc.row();
        all[2] = loc.column();
        System.arraycopy(args, 0, all, 3, args.length);
        return Problem.of(loc.sheet(), key, all);
    }

    private void problem(Loc loc, String key, Object... args) {
        problems.add(at(loc, key, args));
    }

    private void run(ImportSheets sheets) {
        table(sheets, ImportLayout.BLOC_SHEET).ifPresent(this::bloc);
        table(sheets, ImportLayout.UNITS_SHEET).ifPresent(this::units);
        table(sheets, ImportLayout.GROUPS_SHEET).ifPresent(this::groups);
        table(sheets, ImportLayout.CRITERIA_SHEET).ifPresent(this::criteria);
        table(sheets, ImportLayout.BANDS_SHEET).ifPresent(this::bands);
        table(sheets, ImportLayout.SCORES_SHEET).ifPresent(this::scores);
        table(sheets, ImportLayout.INDICATORS_SHEET).ifPresent(this::indicators);
        leaders();
        if (date != null && year != null && Math.abs(date.getYear() - year) > 1) {
            problem(item(ImportLayout.CONFERENCE_DATE), "import.date.year", VnFormat.formatDate(date), year);
        }
    }

    // ---- sheets and their header rows

    /** A sheet whose header row has every column the layout needs, with each column's place. */
    private record Table(ImportLayout.Sheet layout, ImportSheets.Sheet sheet, Map<String, Integer> columns) {

        Cell cell(ImportSheets.Row row, String header) {
            Integer index = columns.get(header);
            return index == null ? Cell.BLANK : row.cell(index);
        }

        Loc loc(ImportSheets.Row row, String header) {
            return new Loc(sheet.name(), row.number(), header);
        }
    }

    private Optional<Table> table(ImportSheets sheets, ImportLayout.Sheet layout) {
        Optional<ImportSheets.Sheet> found = sheets.sheet(layout.name());
        if (found.isEmpty()) {
            // A sheet renamed only in case or spacing is still the sheet: Excel users type names.
            found = sheets.sheets().stream().filter(s -> same(s.name(), layout.name())).findFirst();
        }
        if (found.isEmpty()) {
            problem(new Loc(layout.name(), 0, ""), "import.sheet.missing");
            return Optional.empty();
        }
        ImportSheets.Sheet sheet = found.get();
        Map<String, Integer> columns = new HashMap<>();
        List<String> seen = new ArrayList<>();
        for (int c = 0; c < sheet.header().size(); c++) {
            String text = plainText(sheet.header().get(c));
            if (text.isEmpty()) {
                continue;
            }
            seen.add(text);
            for (ImportLayout.Column col : layout.columns()) {
                if (same(text, col.header())) {
                    if (columns.containsKey(col.header())) {
                        problem(new Loc(sheet.name(), 1, letter(c)), "import.column.duplicate", col.header());
                    } else {
                        columns.put(col.header(), c);
                    }
                }
            }
        }
        boolean complete = true;
        for (ImportLayout.Column col : layout.columns()) {
            if (!col.optional() && !columns.containsKey(col.header())) {
                problem(new Loc(sheet.name(), 1, col.header()), "import.column.missing",
                        seen.isEmpty() ? "–" : String.join(", ", seen));
                complete = false;
            }
        }
        return complete ? Optional.of(new Table(layout, sheet, columns)) : Optional.empty();
    }

    // ---- sheet Khối

    private void bloc(Table t) {
        Map<String, ImportSheets.Row> rows = new LinkedHashMap<>();
        for (ImportSheets.Row row : t.sheet().rows()) {
            String label = plainText(t.cell(row, ImportLayout.ITEM));
            Optional<ImportLayout.Item> item = ImportLayout.BLOC_ITEMS.stream()
                    .filter(i -> same(i.label(), label)).findFirst();
            if (item.isEmpty()) {
                if (label.isEmpty() && blank(t.cell(row, ImportLayout.VALUE))) {
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
                problem(new Loc(t.sheet().name(), 0, ImportLayout.ITEM), "import.bloc.missingItem", item.label());
            }
        }
        blocCode = value(t, rows, ImportLayout.BLOC_CODE, (cell, loc) -> code(cell, loc, true));
        blocName = value(t, rows, ImportLayout.BLOC_NAME, (cell, loc) -> text(cell, loc, true, UnitRules.MAX_NAME_LENGTH));
        year = value(t, rows, ImportLayout.YEAR, (cell, loc) -> {
            Integer y = integer(cell, loc, true);
            if (y != null && (y < SeasonRules.FIRST_YEAR || y > SeasonRules.LAST_YEAR)) {
                problem(loc, "import.year.range", y, SeasonRules.FIRST_YEAR, SeasonRules.LAST_YEAR);
                return null;
            }
            return y;
        });
        date = value(t, rows, ImportLayout.CONFERENCE_DATE, this::date);
        place = orEmpty(value(t, rows, ImportLayout.PLACE, (cell, loc) -> text(cell, loc, false, 200)));
        superior = orEmpty(value(t, rows, ImportLayout.SUPERIOR, (cell, loc) -> text(cell, loc, false, 300)));
        countingHead = orEmpty(value(t, rows, ImportLayout.COUNTING_HEAD, (cell, loc) -> text(cell, loc, false, 200)));
        countingMembers = orEmpty(value(t, rows, ImportLayout.COUNTING_MEMBERS,
                (cell, loc) -> text(cell, loc, false, 2000)));
        signer = orEmpty(value(t, rows, ImportLayout.SIGNER, (cell, loc) -> text(cell, loc, false, 200)));
        headCode = value(t, rows, ImportLayout.HEAD, (cell, loc) -> code(cell, loc, false));
        deputyCode = value(t, rows, ImportLayout.DEPUTY, (cell, loc) -> code(cell, loc, false));
    }

    private interface CellReader<T> {
        T read(Cell cell, Loc loc);
    }

    private static <T> T value(Table t, Map<String, ImportSheets.Row> rows, String label, CellReader<T> reader) {
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

    private void units(Table t) {
        Map<String, YearImport.UnitLine> read = new LinkedHashMap<>();
        for (ImportSheets.Row row : t.sheet().rows()) {
            Loc codeLoc = t.loc(row, ImportLayout.UNIT_CODE);
            String code = code(t.cell(row, ImportLayout.UNIT_CODE), codeLoc, true);
            String name = text(t.cell(row, ImportLayout.FULL_NAME), t.loc(row, ImportLayout.FULL_NAME), true,
                    UnitRules.MAX_NAME_LENGTH);
            String shortName = text(t.cell(row, ImportLayout.SHORT_NAME), t.loc(row, ImportLayout.SHORT_NAME), false,
                    UnitRules.MAX_NAME_LENGTH);
            Boolean active = yesNo(t.cell(row, ImportLayout.ACTIVE), t.loc(row, ImportLayout.ACTIVE));
            if (code == null) {
                continue;
            }
            if (read.containsKey(code)) {
                problem(codeLoc, "import.unit.duplicate", code, unitLocs.get(code).row());
                continue;
            }
            unitLocs.put(code, codeLoc);
            read.put(code, new YearImport.UnitLine(code, orEmpty(name).replaceAll("\\s+", " "),
                    orEmpty(shortName).replaceAll("\\s+", " "), active == null || active));
        }
        if (t.sheet().rows().isEmpty()) {
            problem(new Loc(t.sheet().name(), 0, ImportLayout.UNIT_CODE), "import.unit.none");
        }
        units = read;
    }

    // ---- sheets Nhóm tiêu chí and Bảng tiêu chí

    private void groups(Table t) {
        Map<String, CriterionGroup> read = new LinkedHashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        int position = 0;
        for (ImportSheets.Row row : t.sheet().rows()) {
            position++;
            Loc codeLoc = t.loc(row, ImportLayout.GROUP_CODE);
            String code = text(t.cell(row, ImportLayout.GROUP_CODE), codeLoc, true, CODE_LENGTH);
            String name = text(t.cell(row, ImportLayout.GROUP_NAME), t.loc(row, ImportLayout.GROUP_NAME), true, 300);
            Integer order = integer(t.cell(row, ImportLayout.ORDER), t.loc(row, ImportLayout.ORDER), false);
            if (code == null) {
                continue;
            }
            String key = key(code);
            if (rows.containsKey(key)) {
                problem(codeLoc, "import.group.duplicate", code, rows.get(key));
                continue;
            }
            rows.put(key, row.number());
            // Kept without its name too (that is said already): its criteria are not unknown.
            read.put(key, new CriterionGroup(code, orEmpty(name), order == null ? position : order));
        }
        groups = read;
    }

    private void criteria(Table t) {
        Map<String, Criterion> read = new LinkedHashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        int position = 0;
        for (ImportSheets.Row row : t.sheet().rows()) {
            position++;
            Loc groupLoc = t.loc(row, ImportLayout.GROUP_CODE);
            String group = text(t.cell(row, ImportLayout.GROUP_CODE), groupLoc, true, CODE_LENGTH);
            Loc codeLoc = t.loc(row, ImportLayout.CRITERION_CODE);
            String code = text(t.cell(row, ImportLayout.CRITERION_CODE), codeLoc, true, CODE_LENGTH);
            String name = text(t.cell(row, ImportLayout.CRITERION_NAME), t.loc(row, ImportLayout.CRITERION_NAME), true,
                    500);
            Loc maxLoc = t.loc(row, ImportLayout.MAX);
            BigDecimal max = number(t.cell(row, ImportLayout.MAX), maxLoc, true, 2, false, POINTS_LIMIT);
            if (max != null && (max.signum() <= 0 || max.compareTo(MAX_POINTS) > 0)) {
                problem(maxLoc, "import.criterion.max", VnFormat.formatNumber(max));
                max = null;
            }
            CriterionKind kind = kind(t.cell(row, ImportLayout.KIND), t.loc(row, ImportLayout.KIND));
            Integer order = integer(t.cell(row, ImportLayout.ORDER), t.loc(row, ImportLayout.ORDER), false);
            CriterionGroup g = null;
            if (group != null && groups != null) {
                g = groups.get(key(group));
                if (g == null) {
                    problem(groupLoc, "import.group.unknown", group);
                }
            }
            if (code == null) {
                continue;
            }
            String key = key(code);
            if (rows.containsKey(key)) {
                problem(codeLoc, "import.criterion.duplicate", code, rows.get(key));
                continue;
            }
            rows.put(key, row.number());
            if (g != null && name != null && max != null && kind != null) {
                read.put(key, new Criterion(position, g.code(), code, name, max, kind,
                        order == null ? position : order));
            } else {
                // Scores may still name it: they are checked against what is known of it.
                read.put(key, null);
            }
        }
        criteria = read;
    }

    private CriterionKind kind(Cell cell, Loc loc) {
        if (blank(cell)) {
            return CriterionKind.REGULAR;
        }
        String word = text(cell, loc, false, 100);
        if (word == null) {
            return null;
        }
        if (same(word, ImportLayout.KIND_REGULAR)) {
            return CriterionKind.REGULAR;
        }
        if (same(word, ImportLayout.KIND_BONUS)) {
            return CriterionKind.BONUS;
        }
        if (same(word, ImportLayout.KIND_DEDUCTION)) {
            return CriterionKind.DEDUCTION;
        }
        problem(loc, "import.kind.unreadable", word);
        return null;
    }

    // ---- sheet Mức xếp loại

    private void bands(Table t) {
        Map<Classification, ClassificationBands.Band> read = new HashMap<>();
        Map<Classification, ImportSheets.Row> rows = new HashMap<>();
        boolean complete = true;
        for (ImportSheets.Row row : t.sheet().rows()) {
            Loc nameLoc = t.loc(row, ImportLayout.CLASSIFICATION);
            String name = text(t.cell(row, ImportLayout.CLASSIFICATION), nameLoc, true, 100);
            BigDecimal total = number(t.cell(row, ImportLayout.MIN_TOTAL), t.loc(row, ImportLayout.MIN_TOTAL), true, 2,
                    false, POINTS_LIMIT);
            BigDecimal percent = number(t.cell(row, ImportLayout.MIN_PERCENT), t.loc(row, ImportLayout.MIN_PERCENT),
                    true, 2, true, POINTS_LIMIT);
            if (name == null) {
                complete = false;
                continue;
            }
            Classification c = classification(name);
            if (c == null) {
                problem(nameLoc, "import.band.unknown", name);
                complete = false;
                continue;
            }
            if (rows.containsKey(c)) {
                problem(nameLoc, "import.band.duplicate", name, rows.get(c).number());
                continue;
            }
            rows.put(c, row);
            if (total == null || percent == null) {
                complete = false;
            } else {
                read.put(c, new ClassificationBands.Band(total, percent));
            }
        }
        for (Classification c : List.of(Classification.EXCELLENT, Classification.GOOD, Classification.COMPLETED)) {
            if (!rows.containsKey(c)) {
                problem(new Loc(t.sheet().name(), 0, ImportLayout.CLASSIFICATION), "import.band.missing", bandName(c));
                complete = false;
            }
        }
        if (!complete || read.size() != 3) {
            return;
        }
        ClassificationBands b = new ClassificationBands(read.get(Classification.EXCELLENT),
                read.get(Classification.GOOD), read.get(Classification.COMPLETED));
        List<Problem> refused = b.check();
        for (Problem p : refused) {
            Classification c = Classification.fromCode(p.field()).orElse(Classification.EXCELLENT);
            boolean percent = p.key().contains("ercent");
            ImportSheets.Row row = rows.get(c);
            problem(t.loc(row, percent ? ImportLayout.MIN_PERCENT : ImportLayout.MIN_TOTAL),
                    "import." + p.key().replace("bands.error.", "band."));
        }
        if (refused.isEmpty()) {
            bands = b;
        }
    }

    private static Classification classification(String name) {
        for (Classification c : List.of(Classification.EXCELLENT, Classification.GOOD, Classification.COMPLETED)) {
            if (same(name, bandName(c))) {
                return c;
            }
        }
        return null;
    }

    static String bandName(Classification c) {
        return switch (c) {
            case EXCELLENT -> ImportLayout.EXCELLENT;
            case GOOD -> ImportLayout.GOOD;
            case COMPLETED -> ImportLayout.COMPLETED;
            case NOT_COMPLETED -> "";
        };
    }

    // ---- sheet Điểm

    private void scores(Table t) {
        Map<String, Integer> seen = new HashMap<>();
        for (ImportSheets.Row row : t.sheet().rows()) {
            String unit = unitRef(t, row);
            Loc criterionLoc = t.loc(row, ImportLayout.CRITERION_CODE);
            String code = text(t.cell(row, ImportLayout.CRITERION_CODE), criterionLoc, true, CODE_LENGTH);
            Criterion criterion = null;
            boolean known = false;
            if (code != null && criteria != null) {
                known = criteria.containsKey(key(code));
                criterion = criteria.get(key(code));
                if (!known) {
                    problem(criterionLoc, "import.criterion.unknown", code);
                }
            }
            BigDecimal self = points(t, row, ImportLayout.SELF, criterion);
            BigDecimal bloc = points(t, row, ImportLayout.BLOC_SCORE, criterion);
            String note = text(t.cell(row, ImportLayout.NOTE), t.loc(row, ImportLayout.NOTE), false, NOTE_LENGTH);
            if (unit == null || code == null) {
                continue;
            }
            String pair = unit + "\u0000" + key(code);
            if (seen.containsKey(pair)) {
                problem(criterionLoc, "import.score.duplicate", unit, code, seen.get(pair));
                continue;
            }
            seen.put(pair, row.number());
            if (criterion != null) {
                scores.add(new YearImport.ScoreLine(unit, criterion.code(), self, bloc, orEmpty(note)));
            }
        }
    }

    private BigDecimal points(Table t, ImportSheets.Row row, String header, Criterion criterion) {
        Loc loc = t.loc(row, header);
        BigDecimal value = number(t.cell(row, header), loc, false, 2, false, POINTS_LIMIT);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            problem(loc, "import.score.negative", VnFormat.formatNumber(value));
            return null;
        }
        if (criterion != null && ScoreRules.check(criterion, value).isPresent()) {
            problem(loc, "import.score.aboveMax", VnFormat.formatNumber(value), VnFormat.formatNumber(criterion.max()),
                    criterion.code());
            return null;
        }
        return value;
    }

    /** The unit code of a row of Điểm or Chỉ tiêu, upper case, when it names a unit of sheet Đơn vị. */
    private String unitRef(Table t, ImportSheets.Row row) {
        Loc loc = t.loc(row, ImportLayout.UNIT_CODE);
        String unit = text(t.cell(row, ImportLayout.UNIT_CODE), loc, true, 100);
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

    private void indicators(Table t) {
        for (ImportSheets.Row row : t.sheet().rows()) {
            String unit = unitRef(t, row);
            String name = text(t.cell(row, ImportLayout.INDICATOR_NAME), t.loc(row, ImportLayout.INDICATOR_NAME), true,
                    500);
            String measure = text(t.cell(row, ImportLayout.MEASURE), t.loc(row, ImportLayout.MEASURE), false, 60);
            BigDecimal plan = number(t.cell(row, ImportLayout.PLAN), t.loc(row, ImportLayout.PLAN), false, 4, true,
                    FIGURE_LIMIT);
            BigDecimal actual = number(t.cell(row, ImportLayout.ACTUAL), t.loc(row, ImportLayout.ACTUAL), false, 4, true,
                    FIGURE_LIMIT);
            BigDecimal previous = number(t.cell(row, ImportLayout.PREVIOUS), t.loc(row, ImportLayout.PREVIOUS), false, 4,
                    true, FIGURE_LIMIT);
            String note = text(t.cell(row, ImportLayout.NOTE), t.loc(row, ImportLayout.NOTE), false, NOTE_LENGTH);
            if (unit != null && name != null) {
                indicators.add(new YearImport.IndicatorLine(unit, name, orEmpty(measure), plan, actual, previous,
                        orEmpty(note)));
            }
        }
    }

    // ---- cells

    /** A cell's text as shown: letters composed (NFC), spaces trimmed; "" for a blank. */
    static String plainText(Cell cell) {
        String raw;
        if (cell instanceof ImportSheets.Text t) {
            raw = t.value();
        } else if (cell instanceof ImportSheets.Number n) {
            raw = n.value().toPlainString();
        } else if (cell instanceof ImportSheets.Date d) {
            raw = VnFormat.formatDate(d.value());
        } else if (cell instanceof ImportSheets.Bool b) {
            raw = b.value() ? "TRUE" : "FALSE";
        } else {
            raw = "";
        }
        return Normalizer.normalize(raw.replace('\u00A0', ' '), Normalizer.Form.NFC).strip();
    }

    /** Nothing to read: an empty cell, or one of spaces only. */
    private static boolean blank(Cell cell) {
        return cell instanceof ImportSheets.Blank || (!(cell instanceof ImportSheets.Error)
                && !(cell instanceof ImportSheets.Uncomputed) && plainText(cell).isEmpty());
    }

    /** An error or an uncomputed formula has no value to take; says so and answers true. */
    private boolean noValue(Cell cell, Loc loc) {
        if (cell instanceof ImportSheets.Error e) {
            problem(loc, "import.cell.error", e.code());
            return true;
        }
        if (cell instanceof ImportSheets.Uncomputed f) {
            problem(loc, "import.cell.formula", f.formula());
            return true;
        }
        return false;
    }

    private String text(Cell cell, Loc loc, boolean required, int maxLength) {
        if (noValue(cell, loc)) {
            return null;
        }
        String text = plainText(cell);
        if (text.isEmpty()) {
            if (required) {
                problem(loc, "import.cell.required");
            }
            return null;
        }
        if (text.length() > maxLength) {
            problem(loc, "import.text.tooLong", maxLength, text.length());
            return null;
        }
        return text;
    }

    /** A code of the bloc or of a unit: upper case letters without accents, digits, - and _. */
    private String code(Cell cell, Loc loc, boolean required) {
        String text = text(cell, loc, required, 100);
        if (text == null) {
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (code.length() > CODE_LENGTH) {
            problem(loc, "import.text.tooLong", CODE_LENGTH, code.length());
            return null;
        }
        if (!CODE.matcher(code).matches()) {
            problem(loc, "import.code.chars", text);
            return null;
        }
        return code;
    }

    /**
     * A number, from a numeric cell or from text written the Vietnamese way.
     *
     * @param percentAllowed "85%" (text, or a cell Excel shows as a percentage) is taken as 85
     * @param limit          the value's absolute size must stay below it
     */
    private BigDecimal number(Cell cell, Loc loc, boolean required, int decimals, boolean percentAllowed,
                              BigDecimal limit) {
        if (noValue(cell, loc)) {
            return null;
        }
        BigDecimal value;
        boolean percent;
        if (blank(cell)) {
            if (required) {
                problem(loc, "import.cell.required");
            }
            return null;
        } else if (cell instanceof ImportSheets.Number n) {
            percent = n.percent();
            value = percent ? n.value().multiply(HUNDRED) : n.value();
        } else if (cell instanceof ImportSheets.Date d) {
            problem(loc, "import.cell.date", VnFormat.formatDate(d.value()));
            return null;
        } else {
            String text = plainText(cell);
            ParseResult parsed = VnFormat.parseNumber(text);
            if (parsed instanceof ParseResult.Refused r) {
                problem(loc, "import." + r.key().replace(".error.", "."), text);
                return null;
            }
            ParseResult.Ok ok = (ParseResult.Ok) parsed;
            value = ok.value();
            percent = ok.wasPercent();
        }
        if (percent && !percentAllowed) {
            problem(loc, "import.number.percent", VnFormat.formatNumber(value) + "%");
            return null;
        }
        value = value.stripTrailingZeros();
        if (value.abs().compareTo(limit) >= 0) {
            problem(loc, "import.number.tooBig", VnFormat.formatNumber(value));
            return null;
        }
        if (Math.max(0, value.scale()) > decimals) {
            problem(loc, "import.number.decimals", VnFormat.formatNumber(value), decimals);
            return null;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private Integer integer(Cell cell, Loc loc, boolean required) {
        BigDecimal value = number(cell, loc, required, 8, false, new BigDecimal("1E9"));
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            // A year or an order: written without a thousands dot, as it was typed (2024,5).
            problem(loc, "import.integer", value.toPlainString().replace('.', ','));
            return null;
        }
        return value.intValueExact();
    }

    private LocalDate date(Cell cell, Loc loc) {
        if (noValue(cell, loc) || blank(cell)) {
            return null;
        }
        if (cell instanceof ImportSheets.Date d) {
            return d.value();
        }
        String text = plainText(cell);
        try {
            if (cell instanceof ImportSheets.Text) {
                return LocalDate.parse(text, DATE);
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        problem(loc, "import.date.unreadable", text);
        return null;
    }

    private Boolean yesNo(Cell cell, Loc loc) {
        if (noValue(cell, loc) || blank(cell)) {
            return null;
        }
        if (cell instanceof ImportSheets.Bool b) {
            return b.value();
        }
        String text = plainText(cell);
        if (same(text, ImportLayout.YES)) {
            return true;
        }
        if (same(text, ImportLayout.NO)) {
            return false;
        }
        problem(loc, "import.bool.unreadable", text);
        return null;
    }

    /** Equal as a person reading them would say: same letters, whatever the case and spacing. */
    static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).replace('\u00A0', ' ').strip()
                .replaceAll("\\s+", " ").toLowerCase(Texts.VIETNAMESE);
    }

    private static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A, B, … Z, AA, AB … as Excel names columns. */
    static String letter(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            sb.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return sb.toString();
    }
}
