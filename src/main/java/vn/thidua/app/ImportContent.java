package vn.thidua.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.YearTexts;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.Score;
import vn.thidua.domain.scoring.ScoringTable;
import vn.thidua.domain.workbook.ImportLayout;
import vn.thidua.domain.workbook.ImportSheets;
import vn.thidua.domain.workbook.ImportSheets.Cell;

/** The cells of an import workbook: blank (the template) or filled from a bloc-year (an export). */
final class ImportContent {

    /** Everything of a year the workbook holds, as stored. */
    record Year(Bloc bloc, Season season, ConferenceDetails conference, List<Unit> members, ScoringTable table,
                ClassificationBands bands, List<Score> scores, List<Indicator> indicators, YearTexts texts) {
    }

    private ImportContent() {
    }

    /** Sheet Khối with its items and how to write them, the default bands; every other sheet empty. */
    static ImportSheets template() {
        List<ImportSheets.Row> items = new ArrayList<>();
        for (ImportLayout.Item item : ImportLayout.BLOC_ITEMS) {
            items.add(row(ImportLayout.BLOC_SHEET, Map.of(ImportLayout.ITEM, Cell.text(item.label()),
                    ImportLayout.HOW, Cell.text(item.help()))));
        }
        return new ImportSheets(List.of(sheet(ImportLayout.BLOC_SHEET, items),
                sheet(ImportLayout.BANDS_SHEET, bandRows(ClassificationBands.defaults()))));
    }

    static ImportSheets of(Year y) {
        Map<Long, Unit> byId = y.members().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<String, Cell> bloc = new HashMap<>();
        bloc.put(ImportLayout.BLOC_CODE, Cell.text(y.bloc().code()));
        bloc.put(ImportLayout.BLOC_NAME, Cell.text(y.bloc().name()));
        bloc.put(ImportLayout.YEAR, Cell.number(BigDecimal.valueOf(y.season().year())));
        bloc.put(ImportLayout.CONFERENCE_DATE, Cell.date(y.conference().date()));
        bloc.put(ImportLayout.PLACE, Cell.text(y.conference().place()));
        bloc.put(ImportLayout.SUPERIOR, Cell.text(y.conference().superiorBody()));
        bloc.put(ImportLayout.COUNTING_HEAD, Cell.text(y.conference().countingHead()));
        bloc.put(ImportLayout.COUNTING_MEMBERS, Cell.text(y.conference().countingMembersText()));
        bloc.put(ImportLayout.SIGNER, Cell.text(y.conference().signer()));
        bloc.put(ImportLayout.HEAD, code(byId, y.season().headUnitId()));
        bloc.put(ImportLayout.DEPUTY, code(byId, y.season().deputyUnitId()));
        List<ImportSheets.Row> items = new ArrayList<>();
        for (ImportLayout.Item item : ImportLayout.BLOC_ITEMS) {
            items.add(row(ImportLayout.BLOC_SHEET, Map.of(ImportLayout.ITEM, Cell.text(item.label()),
                    ImportLayout.VALUE, bloc.get(item.label()), ImportLayout.HOW, Cell.text(item.help()))));
        }

        List<ImportSheets.Row> units = new ArrayList<>();
        for (Unit u : y.members()) {
            units.add(row(ImportLayout.UNITS_SHEET, Map.of(ImportLayout.UNIT_CODE, Cell.text(u.code()),
                    ImportLayout.FULL_NAME, Cell.text(u.fullName()), ImportLayout.SHORT_NAME, Cell.text(u.shortName()),
                    ImportLayout.ACTIVE, Cell.text(u.active() ? ImportLayout.YES : ImportLayout.NO))));
        }

        List<ImportSheets.Row> groups = groupRows(y.table());
        List<ImportSheets.Row> criteria = criterionRows(y.table());

        // Members in their order, criteria in the table's: the order a person checks them in.
        Map<String, Score> scoreOf = new HashMap<>();
        y.scores().forEach(s -> scoreOf.put(s.unitId() + "/" + s.criterionId(), s));
        List<ImportSheets.Row> scores = new ArrayList<>();
        for (Unit u : y.members()) {
            for (Criterion c : y.table().criteria()) {
                Score s = scoreOf.get(u.id() + "/" + c.id());
                if (s != null) {
                    scores.add(row(ImportLayout.SCORES_SHEET, Map.of(ImportLayout.UNIT_CODE, Cell.text(u.code()),
                            ImportLayout.CRITERION_CODE, Cell.text(c.code()), ImportLayout.SELF, Cell.number(s.self()),
                            ImportLayout.BLOC_SCORE, Cell.number(s.bloc()), ImportLayout.NOTE, Cell.text(s.note()))));
                }
            }
        }
        List<ImportSheets.Row> indicators = new ArrayList<>();
        for (Unit u : y.members()) {
            for (Indicator i : y.indicators()) {
                if (i.unitId() == u.id()) {
                    indicators.add(row(ImportLayout.INDICATORS_SHEET, Map.of(ImportLayout.UNIT_CODE,
                            Cell.text(u.code()), ImportLayout.INDICATOR_NAME, Cell.text(i.name()), ImportLayout.MEASURE,
                            Cell.text(i.measureUnit()), ImportLayout.PLAN, Cell.number(i.plan()), ImportLayout.ACTUAL,
                            Cell.number(i.actual()), ImportLayout.PREVIOUS, Cell.number(i.previousYear()),
                            ImportLayout.NOTE, Cell.text(i.note()))));
                }
            }
        }
        return new ImportSheets(List.of(sheet(ImportLayout.BLOC_SHEET, items), sheet(ImportLayout.UNITS_SHEET, units),
                sheet(ImportLayout.GROUPS_SHEET, groups), sheet(ImportLayout.CRITERIA_SHEET, criteria),
                sheet(ImportLayout.BANDS_SHEET, bandRows(y.bands())), sheet(ImportLayout.SCORES_SHEET, scores),
                sheet(ImportLayout.INDICATORS_SHEET, indicators),
                lines(ImportLayout.LEGAL_BASIS_SHEET, y.texts().legalBasis()),
                lines(ImportLayout.PLANS_SHEET, y.texts().plans()), lines(ImportLayout.TASKS_SHEET, y.texts().tasks())));
    }

    /** What one unit's return holds before the unit fills it. */
    record Return(Bloc bloc, int year, Unit unit, ScoringTable table, ClassificationBands bands,
                  List<Indicator> lastYear) {
    }

    /**
     * One unit's return (issue 16): the sheets and columns of the bloc workbook, so one reader serves both.
     * Khối names the bloc, the year and the unit; the scoring table is there to read; Điểm has a row per
     * criterion with the self score to fill and the bloc score left empty; Chỉ tiêu has last year's
     * indicators, their actual figures as this year's "same period last year".
     */
    static ImportSheets unitReturn(Return r) {
        Map<String, Cell> bloc = new HashMap<>();
        bloc.put(ImportLayout.BLOC_CODE, Cell.text(r.bloc().code()));
        bloc.put(ImportLayout.BLOC_NAME, Cell.text(r.bloc().name()));
        bloc.put(ImportLayout.YEAR, Cell.number(BigDecimal.valueOf(r.year())));
        List<ImportSheets.Row> items = new ArrayList<>();
        for (ImportLayout.Item item : List.of(ImportLayout.BLOC_ITEMS.get(0), ImportLayout.BLOC_ITEMS.get(1),
                ImportLayout.BLOC_ITEMS.get(2))) {
            items.add(row(ImportLayout.BLOC_SHEET, Map.of(ImportLayout.ITEM, Cell.text(item.label()),
                    ImportLayout.VALUE, bloc.get(item.label()), ImportLayout.HOW, Cell.text(item.help()))));
        }
        items.add(row(ImportLayout.BLOC_SHEET, Map.of(ImportLayout.ITEM, Cell.text(ImportLayout.RETURN_UNIT),
                ImportLayout.VALUE, Cell.text(returnUnit(r.unit().code(), r.unit().fullName())),
                ImportLayout.HOW, Cell.text(ImportLayout.RETURN_UNIT_ITEM.help()))));
        Unit u = r.unit();
        List<ImportSheets.Row> units = List.of(row(ImportLayout.UNITS_SHEET, Map.of(ImportLayout.UNIT_CODE,
                Cell.text(u.code()), ImportLayout.FULL_NAME, Cell.text(u.fullName()), ImportLayout.SHORT_NAME,
                Cell.text(u.shortName()), ImportLayout.ACTIVE, Cell.text(ImportLayout.YES))));
        List<ImportSheets.Row> scores = new ArrayList<>();
        for (Criterion c : r.table().criteria()) {
            scores.add(row(ImportLayout.SCORES_SHEET, Map.of(ImportLayout.UNIT_CODE, Cell.text(u.code()),
                    ImportLayout.CRITERION_CODE, Cell.text(c.code()))));
        }
        List<ImportSheets.Row> indicators = new ArrayList<>();
        for (Indicator i : r.lastYear()) {
            indicators.add(row(ImportLayout.INDICATORS_SHEET, Map.of(ImportLayout.UNIT_CODE, Cell.text(u.code()),
                    ImportLayout.INDICATOR_NAME, Cell.text(i.name()), ImportLayout.MEASURE, Cell.text(i.measureUnit()),
                    ImportLayout.PREVIOUS, Cell.number(i.actual()))));
        }
        return new ImportSheets(List.of(sheet(ImportLayout.BLOC_SHEET, items), sheet(ImportLayout.UNITS_SHEET, units),
                sheet(ImportLayout.GROUPS_SHEET, groupRows(r.table())),
                sheet(ImportLayout.CRITERIA_SHEET, criterionRows(r.table())),
                sheet(ImportLayout.BANDS_SHEET, bandRows(r.bands())), sheet(ImportLayout.SCORES_SHEET, scores),
                sheet(ImportLayout.INDICATORS_SHEET, indicators)));
    }

    /** The value of the Khối row that makes a workbook a unit's return. */
    static String returnUnit(String code, String name) {
        return code + " \u2013 " + name;
    }

    private static List<ImportSheets.Row> groupRows(ScoringTable table) {
        List<ImportSheets.Row> groups = new ArrayList<>();
        for (CriterionGroup g : table.groups()) {
            groups.add(row(ImportLayout.GROUPS_SHEET, Map.of(ImportLayout.GROUP_CODE, Cell.text(g.code()),
                    ImportLayout.GROUP_NAME, Cell.text(g.name()), ImportLayout.ORDER, integer(g.order()))));
        }
        return groups;
    }

    private static List<ImportSheets.Row> criterionRows(ScoringTable table) {
        List<ImportSheets.Row> criteria = new ArrayList<>();
        for (Criterion c : table.criteria()) {
            criteria.add(row(ImportLayout.CRITERIA_SHEET, Map.of(ImportLayout.GROUP_CODE, Cell.text(c.groupCode()),
                    ImportLayout.CRITERION_CODE, Cell.text(c.code()), ImportLayout.CRITERION_NAME, Cell.text(c.name()),
                    ImportLayout.MAX, Cell.number(c.max()), ImportLayout.KIND, Cell.text(TableCheck.kindWord(c.kind())),
                    ImportLayout.ORDER, integer(c.order()))));
        }
        return criteria;
    }

    /** A sheet of text lines, one a row; no own Căn cứ lines give an empty sheet (the shipped ones). */
    private static ImportSheets.Sheet lines(ImportLayout.Sheet layout, List<String> lines) {
        return sheet(layout, lines.stream().map(l -> row(layout, Map.of(ImportLayout.LINE, Cell.text(l)))).toList());
    }

    private static List<ImportSheets.Row> bandRows(ClassificationBands bands) {
        List<ImportSheets.Row> rows = new ArrayList<>();
        for (Classification c : List.of(Classification.EXCELLENT, Classification.GOOD, Classification.COMPLETED)) {
            ClassificationBands.Band b = bands.band(c).orElseThrow();
            rows.add(row(ImportLayout.BANDS_SHEET, Map.of(ImportLayout.CLASSIFICATION, Cell.text(TableCheck.bandName(c)),
                    ImportLayout.MIN_TOTAL, Cell.number(b.minTotal()), ImportLayout.MIN_PERCENT,
                    Cell.number(b.minCriterionPercent()))));
        }
        return rows;
    }

    private static Cell code(Map<Long, Unit> members, Long unitId) {
        Unit u = unitId == null ? null : members.get(unitId);
        return u == null ? Cell.BLANK : Cell.text(u.code());
    }

    private static Cell integer(int value) {
        return Cell.number(BigDecimal.valueOf(value));
    }

    /** The cells of one row, in the layout's column order; a column not given is blank. */
    private static ImportSheets.Row row(ImportLayout.Sheet layout, Map<String, Cell> cells) {
        List<Cell> ordered = new ArrayList<>();
        for (ImportLayout.Column c : layout.columns()) {
            Cell cell = cells.get(c.header());
            ordered.add(cell == null ? Cell.BLANK : cell);
        }
        return new ImportSheets.Row(0, ordered);
    }

    private static ImportSheets.Sheet sheet(ImportLayout.Sheet layout, List<ImportSheets.Row> rows) {
        List<Cell> header = layout.columns().stream().map(c -> Cell.text(c.header())).toList();
        return new ImportSheets.Sheet(layout.name(), header, rows);
    }
}
