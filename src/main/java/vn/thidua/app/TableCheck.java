package vn.thidua.app;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.app.CellReader.Loc;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.CriterionKind;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.domain.workbook.ImportLayout;
import vn.thidua.domain.workbook.ImportSheets;
import vn.thidua.domain.workbook.ImportSheets.Cell;

/**
 * The scoring table's sheets of an import workbook: Nhóm tiêu chí, Bảng tiêu chí and Mức xếp loại.
 * A sheet that could not be read leaves its part null, so nobody is told of codes it would have held.
 */
final class TableCheck {

    /**
     * Where a rule of {@link ClassificationBands#check()} is told: the column of sheet Mức xếp loại it
     * is about and the import's message key. Matched on the rule's own key, never on its words.
     */
    record BandRule(String rule, String column, String key) {
    }

    static final List<BandRule> BAND_RULES = List.of(
            new BandRule(ClassificationBands.TOTAL_RANGE, ImportLayout.MIN_TOTAL, "import.band.totalRange"),
            new BandRule(ClassificationBands.TOTALS_NOT_DESCENDING, ImportLayout.MIN_TOTAL,
                    "import.band.totalsNotDescending"),
            new BandRule(ClassificationBands.PERCENT_RANGE, ImportLayout.MIN_PERCENT, "import.band.percentRange"),
            new BandRule(ClassificationBands.PERCENTS_NOT_DESCENDING, ImportLayout.MIN_PERCENT,
                    "import.band.percentsNotDescending"));

    private static final int CODE_LENGTH = CellReader.CODE_LENGTH;
    /** The store keeps points in decimal(9, 2). */
    static final BigDecimal POINTS_LIMIT = new BigDecimal("10000000");
    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);
    private static final List<Classification> BANDED =
            List.of(Classification.EXCELLENT, Classification.GOOD, Classification.COMPLETED);

    private final CellReader cells;
    private Map<String, CriterionGroup> groups;
    private Map<String, Criterion> criteria;
    private ClassificationBands bands;

    TableCheck(CellReader cells) {
        this.cells = cells;
    }

    /** The groups by code (upper case), in the workbook's order; null when the sheet could not be read. */
    Map<String, CriterionGroup> groups() {
        return groups;
    }

    /**
     * The criteria by code (upper case), in the workbook's order; a criterion whose row has a problem
     * is there with a null value (scores may still name it). Null when the sheet could not be read.
     */
    Map<String, Criterion> criteria() {
        return criteria;
    }

    /** The checked bands; null when sheet Mức xếp loại has a problem. */
    ClassificationBands bands() {
        return bands;
    }

    // ---- sheet Nhóm tiêu chí

    void groups(SheetTable t) {
        Map<String, CriterionGroup> read = new LinkedHashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        int position = 0;
        for (ImportSheets.Row row : t.rows()) {
            position++;
            Loc codeLoc = t.loc(row, ImportLayout.GROUP_CODE);
            String code = cells.text(t.cell(row, ImportLayout.GROUP_CODE), codeLoc, true, CODE_LENGTH);
            String name = cells.text(t.cell(row, ImportLayout.GROUP_NAME), t.loc(row, ImportLayout.GROUP_NAME), true,
                    300);
            Integer order = cells.integer(t.cell(row, ImportLayout.ORDER), t.loc(row, ImportLayout.ORDER), false);
            if (code == null) {
                continue;
            }
            String key = CellReader.key(code);
            if (rows.containsKey(key)) {
                cells.problem(codeLoc, "import.group.duplicate", code, rows.get(key));
                continue;
            }
            rows.put(key, row.number());
            // Kept without its name too (that is said already): its criteria are not unknown.
            read.put(key, new CriterionGroup(code, CellReader.orEmpty(name), order == null ? position : order));
        }
        groups = read;
    }

    // ---- sheet Bảng tiêu chí

    void criteria(SheetTable t) {
        Map<String, Criterion> read = new LinkedHashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        int position = 0;
        for (ImportSheets.Row row : t.rows()) {
            position++;
            Loc groupLoc = t.loc(row, ImportLayout.GROUP_CODE);
            String group = cells.text(t.cell(row, ImportLayout.GROUP_CODE), groupLoc, true, CODE_LENGTH);
            Loc codeLoc = t.loc(row, ImportLayout.CRITERION_CODE);
            String code = cells.text(t.cell(row, ImportLayout.CRITERION_CODE), codeLoc, true, CODE_LENGTH);
            String name = cells.text(t.cell(row, ImportLayout.CRITERION_NAME), t.loc(row, ImportLayout.CRITERION_NAME),
                    true, 500);
            Loc maxLoc = t.loc(row, ImportLayout.MAX);
            BigDecimal max = cells.number(t.cell(row, ImportLayout.MAX), maxLoc, true, 2, false, POINTS_LIMIT);
            if (max != null && (max.signum() <= 0 || max.compareTo(MAX_POINTS) > 0)) {
                cells.problem(maxLoc, "import.criterion.max", VnFormat.formatNumber(max));
                max = null;
            }
            CriterionKind kind = kind(t.cell(row, ImportLayout.KIND), t.loc(row, ImportLayout.KIND));
            Integer order = cells.integer(t.cell(row, ImportLayout.ORDER), t.loc(row, ImportLayout.ORDER), false);
            CriterionGroup g = null;
            if (group != null && groups != null) {
                g = groups.get(CellReader.key(group));
                if (g == null) {
                    cells.problem(groupLoc, "import.group.unknown", group);
                }
            }
            if (code == null) {
                continue;
            }
            String key = CellReader.key(code);
            if (rows.containsKey(key)) {
                cells.problem(codeLoc, "import.criterion.duplicate", code, rows.get(key));
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
        if (CellReader.blank(cell)) {
            return CriterionKind.REGULAR;
        }
        String word = cells.text(cell, loc, false, 100);
        if (word == null) {
            return null;
        }
        for (CriterionKind k : CriterionKind.values()) {
            if (CellReader.same(word, kindWord(k))) {
                return k;
            }
        }
        cells.problem(loc, "import.kind.unreadable", word);
        return null;
    }

    static String kindWord(CriterionKind kind) {
        return switch (kind) {
            case REGULAR -> ImportLayout.KIND_REGULAR;
            case BONUS -> ImportLayout.KIND_BONUS;
            case DEDUCTION -> ImportLayout.KIND_DEDUCTION;
        };
    }

    // ---- sheet Mức xếp loại

    void bands(SheetTable t) {
        Map<Classification, ClassificationBands.Band> read = new HashMap<>();
        Map<Classification, ImportSheets.Row> rows = new HashMap<>();
        boolean complete = true;
        for (ImportSheets.Row row : t.rows()) {
            Loc nameLoc = t.loc(row, ImportLayout.CLASSIFICATION);
            String name = cells.text(t.cell(row, ImportLayout.CLASSIFICATION), nameLoc, true, 100);
            BigDecimal total = cells.number(t.cell(row, ImportLayout.MIN_TOTAL), t.loc(row, ImportLayout.MIN_TOTAL),
                    true, 2, false, POINTS_LIMIT);
            BigDecimal percent = cells.number(t.cell(row, ImportLayout.MIN_PERCENT),
                    t.loc(row, ImportLayout.MIN_PERCENT), true, 2, true, POINTS_LIMIT);
            if (name == null) {
                complete = false;
                continue;
            }
            Classification c = classification(name);
            if (c == null) {
                cells.problem(nameLoc, "import.band.unknown", name);
                complete = false;
                continue;
            }
            if (rows.containsKey(c)) {
                cells.problem(nameLoc, "import.band.duplicate", name, rows.get(c).number());
                continue;
            }
            rows.put(c, row);
            if (total == null || percent == null) {
                complete = false;
            } else {
                read.put(c, new ClassificationBands.Band(total, percent));
            }
        }
        for (Classification c : BANDED) {
            if (!rows.containsKey(c)) {
                cells.problem(new Loc(t.name(), 0, ImportLayout.CLASSIFICATION), "import.band.missing", bandName(c));
                complete = false;
            }
        }
        if (!complete || read.size() != BANDED.size()) {
            return;
        }
        ClassificationBands b = new ClassificationBands(read.get(Classification.EXCELLENT),
                read.get(Classification.GOOD), read.get(Classification.COMPLETED));
        List<Problem> refused = b.check();
        for (Problem p : refused) {
            Classification c = Classification.fromCode(p.field()).orElse(Classification.EXCELLENT);
            BandRule rule = bandRule(p.key());
            cells.problem(t.loc(rows.get(c), rule.column()), rule.key());
        }
        if (refused.isEmpty()) {
            bands = b;
        }
    }

    /** The place of a rule of the bands; every rule the domain has is placed (a test checks it). */
    static BandRule bandRule(String rule) {
        return BAND_RULES.stream().filter(r -> r.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new IllegalStateException("A rule of the bands the workbook does not place: " + rule));
    }

    private static Classification classification(String name) {
        for (Classification c : BANDED) {
            if (CellReader.same(name, bandName(c))) {
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
}
