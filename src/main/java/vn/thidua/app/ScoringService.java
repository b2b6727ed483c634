package vn.thidua.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Lengths;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.CriterionKind;
import vn.thidua.domain.scoring.Score;
import vn.thidua.domain.scoring.ScoreRules;
import vn.thidua.domain.scoring.Scoreboard;
import vn.thidua.domain.scoring.ScoreboardRow;
import vn.thidua.domain.scoring.ScoringTable;
import vn.thidua.domain.scoring.UnitRef;
import vn.thidua.domain.text.ParseResult;
import vn.thidua.domain.text.VnFormat;

/** Use cases on a year's scoring table, scores, bands, scoreboard and indicators. */
public final class ScoringService {

    /** Everything the scoreboard screen, the projector and the documents show for one year. */
    public record ScoreboardData(Season season, ScoringTable table, ClassificationBands bands,
                                 List<Unit> members, List<ScoreboardRow> rows) {
    }

    /**
     * One year of a unit's history: its place on the scoreboard and its indicators. {@code unit} is the unit
     * of that year with its name then: the unit asked for, or one of its predecessors ({@code predecessor}).
     */
    public record YearSummary(int year, Optional<ScoreboardRow> row, List<Indicator> indicators, Unit unit,
                              boolean predecessor) {
    }

    private final ScoringStore store;
    private final BlocService blocs;

    public ScoringService(ScoringStore store, BlocService blocs) {
        this.store = store;
        this.blocs = blocs;
    }

    // ---- the scoring table

    public ScoringTable table(Season season) {
        return store.table(season.id());
    }

    public void saveGroup(Season season, CriterionGroup group) {
        List<Problem> problems = new ArrayList<>();
        if (group.code() == null || group.code().isBlank()) {
            problems.add(Problem.of("groupCode", "scoring.error.groupCode"));
        }
        if (group.name() == null || group.name().isBlank()) {
            problems.add(Problem.of("groupName", "scoring.error.groupName"));
        }
        Lengths.check(problems, "groupCode", "length.groupCode", group.code() == null ? null : group.code().trim(), Lengths.CODE);
        Lengths.check(problems, "groupName", "length.groupName", group.name() == null ? null : group.name().trim(),
                Lengths.GROUP_NAME);
        fail(problems);
        store.saveGroup(season.id(), new CriterionGroup(group.code().trim(), group.name().trim(), group.order()));
    }

    public void deleteGroup(Season season, String groupCode) {
        if (!table(season).criteriaOf(groupCode).isEmpty()) {
            fail(List.of(Problem.of("groupCode", "scoring.error.groupNotEmpty", groupCode)));
        }
        store.deleteGroup(season.id(), groupCode);
    }

    /** Adds (id 0) or changes a criterion; the code is unique in the year, the maximum above 0. */
    public long saveCriterion(Season season, String groupCode, long id, String code, String name, String maxText,
                              CriterionKind kind, int order) {
        return saveCriterion(season, groupCode, id, code, name, maxText, kind, order, null);
    }

    /**
     * As {@link #saveCriterion(Season, String, long, String, String, String, CriterionKind, int)}, from a window that
     * read the criterion at {@code seenVersion} ({@link #version}): refused, nothing written, when it was changed
     * elsewhere since, saying which criterion and when.
     */
    public long saveCriterion(Season season, String groupCode, long id, String code, String name, String maxText,
                              CriterionKind kind, int order, Integer seenVersion) {
        ScoringTable table = table(season);
        List<Problem> problems = new ArrayList<>();
        String c = code == null ? "" : code.trim();
        String n = name == null ? "" : name.trim();
        if (table.group(groupCode).isEmpty()) {
            problems.add(Problem.of("group", "scoring.error.noGroup", String.valueOf(groupCode)));
        }
        if (c.isEmpty()) {
            problems.add(Problem.of("code", "scoring.error.criterionCode"));
        } else if (table.criteria().stream().anyMatch(k -> k.id() != id && k.code().equalsIgnoreCase(c))) {
            problems.add(Problem.of("code", "scoring.error.criterionDuplicate", c));
        }
        if (n.isEmpty()) {
            problems.add(Problem.of("name", "scoring.error.criterionName"));
        }
        Lengths.check(problems, "code", "length.criterionCode", c, Lengths.CODE);
        Lengths.check(problems, "name", "length.criterionName", n, Lengths.CRITERION_NAME);
        BigDecimal max = null;
        ParseResult parsed = VnFormat.parseNumber(maxText == null ? "" : maxText);
        if (parsed instanceof ParseResult.Refused r) {
            problems.add(r.toProblem("max"));
        } else {
            max = ((ParseResult.Ok) parsed).value();
            if (max.signum() <= 0 || max.compareTo(BigDecimal.valueOf(1000)) > 0) {
                problems.add(Problem.of("max", "scoring.error.criterionMax", VnFormat.formatNumber(max)));
            }
        }
        fail(problems);
        Criterion criterion = new Criterion(id, groupCode, c, n, max, kind, order);
        if (seenVersion == null) {
            return store.saveCriterion(season.id(), criterion);
        }
        try {
            return store.saveCriterion(season.id(), criterion, seenVersion);
        } catch (RowVersion.Stale stale) {
            String was = table.criterion(id).map(Criterion::code).orElse(c);
            throw stale("code", stale.gone() ? "criterion.error.gone" : "criterion.error.stale", was, season.year(),
                    stale);
        }
    }

    /** The version of an indicator or criterion (by id) or of the year's bands (by the year's id). */
    public RowVersion version(RowVersion.Of what, long id) {
        return store.version(what, id);
    }

    /** A save refused because the row changed elsewhere: what and when, in the user's words. */
    static ValidationException stale(String field, String key, Object what, Object where, RowVersion.Stale stale) {
        List<Object> args = new ArrayList<>();
        args.add(what);
        if (where != null) {
            args.add(where);
        }
        if (!stale.gone()) {
            args.add(stale.now().changedAt() == null ? "?" : VnFormat.formatDateTime(stale.now().changedAt()));
        }
        return new ValidationException(List.of(Problem.of(field, key, args.toArray())));
    }

    /**
     * Fills an empty year's table from {@code source} (the sample, an import); returns the stored
     * table, whose criteria have their new ids.
     */
    public ScoringTable loadTable(Season season, ScoringTable source) {
        if (!table(season).criteria().isEmpty() || !table(season).groups().isEmpty()) {
            throw new AppException("scoring.error.tableNotEmpty", season.year());
        }
        for (CriterionGroup g : source.groups()) {
            store.saveGroup(season.id(), g);
        }
        for (Criterion c : source.criteria()) {
            store.saveCriterion(season.id(), new Criterion(0, c.groupCode(), c.code(), c.name(), c.max(), c.kind(),
                    c.order()));
        }
        return table(season);
    }

    /** Stores scores already checked against the table (the sample, an import). */
    public void loadScores(Season season, List<Score> scores) {
        ScoringTable table = table(season);
        for (Score s : scores) {
            Criterion c = table.criterion(s.criterionId()).orElseThrow(() -> new AppException("scoring.error.noCriterion"));
            List<Problem> problems = new ArrayList<>();
            for (BigDecimal v : new BigDecimal[] {s.self(), s.bloc()}) {
                if (v != null) {
                    ScoreRules.check(c, v).ifPresent(problems::add);
                }
            }
            fail(problems);
            store.saveScore(s);
        }
    }

    public void deleteCriterion(Criterion criterion) {
        store.deleteCriterion(criterion.id());
    }

    // ---- scores

    public List<Score> scores(Season season) {
        return store.scores(season.id());
    }

    /**
     * Stores a unit's self and bloc score on a criterion, typed as the user typed them (empty =
     * not scored). A value the criterion cannot take is refused naming the criterion and its maximum.
     */
    public Score enterScore(Season season, long unitId, long criterionId, String selfText, String blocText, String note) {
        Score score = checkedScore(criterion(season, criterionId), unitId, selfText, blocText, note);
        store.saveScore(score);
        return score;
    }

    /** A score saved with the version it replaced, the next save's {@code seenVersion}. */
    public record SavedScore(Score score, int version) {
    }

    /**
     * The versions of a unit's scores in the year, by criterion id (a criterion never scored: absent, i.e.
     * version 0): what a window that shows the scores keeps, to save with {@link #enterScore(Season, long,
     * long, String, String, String, int)}.
     */
    public Map<Long, ScoringStore.ScoreVersion> scoreVersions(Season season, long unitId) {
        return store.scoreVersions(season.id(), unitId);
    }

    /**
     * As {@link #enterScore(Season, long, long, String, String, String)}, from a window that read the score at
     * {@code seenVersion}: when another window or program saved it since, nothing is written and the save is
     * refused, saying which score changed and when (optimistic locking; docs/decisions/0011-postgresql.md). A
     * criterion deleted elsewhere since the window read the table is refused too ({@code scoring.error.criterionGone}).
     */
    public SavedScore enterScore(Season season, long unitId, long criterionId, String selfText, String blocText,
                                 String note, int seenVersion) {
        Criterion criterion = table(season).criterion(criterionId).orElseThrow(() -> criterionGone(season));
        Score score = checkedScore(criterion, unitId, selfText, blocText, note);
        try {
            return new SavedScore(score, store.saveScore(score, seenVersion));
        } catch (ScoringStore.StaleScore stale) {
            if (stale.gone()) {
                throw criterionGone(season);
            }
            String unit = blocs.unit(unitId).map(u -> blocs.unitInYear(u, season.year()).fullName())
                    .orElse(Long.toString(unitId));
            throw new ValidationException(List.of(Problem.of("score", "scoring.error.stale", criterion.code(), unit,
                    VnFormat.formatDateTime(stale.now().changedAt()))));
        }
    }

    /** A score refused because its criterion was deleted elsewhere since the window read the table. */
    private static ValidationException criterionGone(Season season) {
        return new ValidationException(List.of(Problem.of("score", "scoring.error.criterionGone", season.year())));
    }

    private Criterion criterion(Season season, long criterionId) {
        return table(season).criterion(criterionId).orElseThrow(() -> new AppException("scoring.error.noCriterion"));
    }

    private static Score checkedScore(Criterion criterion, long unitId, String selfText, String blocText, String note) {
        List<Problem> problems = new ArrayList<>();
        BigDecimal self = points(criterion, selfText, "self", problems);
        BigDecimal bloc = points(criterion, blocText, "bloc", problems);
        Lengths.check(problems, "note", "length.note", note == null ? null : note.trim(), Lengths.NOTE);
        fail(problems);
        return new Score(unitId, criterion.id(), self, bloc, note == null ? "" : note.trim());
    }

    private static BigDecimal points(Criterion criterion, String text, String field, List<Problem> problems) {
        BigDecimal value = figure(text, field, problems);
        if (value == null) {
            return null;
        }
        Optional<Problem> refused = ScoreRules.check(criterion, value);
        if (refused.isPresent()) {
            Problem p = refused.get();
            problems.add(new Problem(field, p.key(), p.args()));
            return null;
        }
        return value;
    }

    // ---- bands

    public ClassificationBands bands(Season season) {
        return store.bands(season.id());
    }

    public void saveBands(Season season, ClassificationBands bands) {
        fail(bands.check());
        store.saveBands(season.id(), bands);
    }

    /** As {@link #saveBands(Season, ClassificationBands)}, refused when changed elsewhere since {@code seenVersion}. */
    public int saveBands(Season season, ClassificationBands bands, int seenVersion) {
        fail(bands.check());
        try {
            return store.saveBands(season.id(), bands, seenVersion);
        } catch (RowVersion.Stale stale) {
            throw stale("bands", stale.gone() ? "season.error.replaced" : "bands.error.stale", season.year(), null,
                    stale);
        }
    }

    // ---- the scoreboard

    public ScoreboardData scoreboard(Season season) {
        ScoringTable table = table(season);
        ClassificationBands bands = bands(season);
        List<Unit> members = blocs.members(season);
        List<UnitRef> refs = members.stream().map(u -> new UnitRef(u.id(), u.fullName())).toList();
        List<ScoreboardRow> rows = Scoreboard.compute(table, refs, scores(season), bands);
        return new ScoreboardData(season, table, bands, members, rows);
    }

    // ---- indicators

    public List<Indicator> indicators(Season season) {
        return store.indicators(season.id());
    }

    public List<Indicator> indicators(Season season, long unitId) {
        return indicators(season).stream().filter(i -> i.unitId() == unitId).toList();
    }

    /** Adds (id 0) or changes an indicator from the figures as typed. */
    public Indicator saveIndicator(Season season, long id, long unitId, String name, String measureUnit,
                                   String planText, String actualText, String previousText, String note) {
        return saveIndicator(season, id, unitId, name, measureUnit, planText, actualText, previousText, note, null);
    }

    /**
     * As {@link #saveIndicator(Season, long, long, String, String, String, String, String, String)}, from a window
     * that read the indicator at {@code seenVersion}: refused, nothing written, when it was changed elsewhere since.
     */
    public Indicator saveIndicator(Season season, long id, long unitId, String name, String measureUnit,
                                   String planText, String actualText, String previousText, String note,
                                   Integer seenVersion) {
        List<Problem> problems = new ArrayList<>();
        String n = name == null ? "" : name.trim();
        if (n.isEmpty()) {
            problems.add(Problem.of("name", "indicator.error.name"));
        }
        BigDecimal plan = figure(planText, "plan", problems);
        BigDecimal actual = figure(actualText, "actual", problems);
        BigDecimal previous = figure(previousText, "previous", problems);
        Lengths.check(problems, "name", "length.indicatorName", n, Lengths.INDICATOR_NAME);
        Lengths.check(problems, "measureUnit", "length.measureUnit", measureUnit == null ? null : measureUnit.trim(),
                Lengths.MEASURE_UNIT);
        Lengths.check(problems, "note", "length.note", note == null ? null : note.trim(), Lengths.NOTE);
        fail(problems);
        Indicator draft = new Indicator(id, unitId, n, measureUnit == null ? "" : measureUnit.trim(), plan, actual,
                previous, note == null ? "" : note.trim());
        long saved;
        if (seenVersion == null || id == 0) {
            saved = store.saveIndicator(season.id(), draft);
        } else {
            try {
                saved = store.saveIndicator(season.id(), draft, seenVersion);
            } catch (RowVersion.Stale stale) {
                String was = indicators(season).stream().filter(i -> i.id() == id).map(Indicator::name).findFirst()
                        .orElse(n);
                String unit = blocs.unit(unitId).map(u -> blocs.unitInYear(u, season.year()).fullName())
                        .orElse(Long.toString(unitId));
                // No one field is wrong.
                throw stale("row", stale.gone() ? "indicator.error.gone" : "indicator.error.stale", was, unit, stale);
            }
        }
        return new Indicator(saved, unitId, draft.name(), draft.measureUnit(), plan, actual, previous, draft.note());
    }

    private static BigDecimal figure(String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        ParseResult parsed = VnFormat.parseNumber(text);
        if (parsed instanceof ParseResult.Refused r) {
            problems.add(r.toProblem(field));
            return null;
        }
        return ((ParseResult.Ok) parsed).value();
    }

    public void deleteIndicator(Indicator indicator) {
        store.deleteIndicator(indicator.id());
    }

    /**
     * Gives the unit this year the names and units of measure of its indicators of the latest
     * earlier year, with empty figures (last year's actual becomes this year's previous-year
     * figure, as the report compares with it). Names the unit already has are skipped.
     */
    public int copyIndicatorNamesFromLastYear(Season season, long unitId) {
        Optional<Season> previous = blocs.seasons(season.blocId()).stream()
                .filter(s -> s.year() < season.year())
                .max(Comparator.comparingInt(Season::year));
        if (previous.isEmpty()) {
            throw new AppException("indicator.error.noPreviousYear", season.year());
        }
        List<String> existing = indicators(season, unitId).stream()
                .map(i -> i.name().toLowerCase(Locale.ROOT)).toList();
        int copied = 0;
        for (Indicator old : indicators(previous.get(), unitId)) {
            if (!existing.contains(old.name().toLowerCase(Locale.ROOT))) {
                store.saveIndicator(season.id(), new Indicator(0, unitId, old.name(), old.measureUnit(), null, null,
                        old.actual(), ""));
                copied++;
            }
        }
        return copied;
    }

    // ---- across years

    /**
     * The unit's place and indicators in every year it took part in, oldest first, and those of the units it
     * succeeds (merged, split or moved: docs/decisions/0008) in their years before it, each with the code and
     * name of that year; in a year, the unit itself first, then its predecessors by code.
     */
    public List<YearSummary> history(Bloc bloc, long unitId) {
        Map<Long, Integer> line = blocs.lineage(unitId);
        Set<Long> blocIds = new LinkedHashSet<>();
        blocIds.add(bloc.id());
        line.keySet().forEach(id -> blocs.unit(id).ifPresent(u -> blocIds.add(u.blocId())));
        List<Season> seasons = blocIds.stream().flatMap(b -> blocs.seasons(b).stream())
                .sorted(Comparator.comparingInt(Season::year)).toList();
        List<YearSummary> out = new ArrayList<>();
        for (Season s : seasons) {
            List<Unit> here = blocs.members(s).stream()
                    .filter(u -> line.containsKey(u.id()) && s.year() < line.get(u.id()))
                    .sorted(Comparator.comparing((Unit u) -> u.id() != unitId).thenComparing(Unit::code))
                    .toList();
            if (here.isEmpty()) {
                continue;
            }
            Map<Long, ScoreboardRow> rows = scoreboard(s).rows().stream()
                    .collect(Collectors.toMap(ScoreboardRow::unitId, Function.identity()));
            boolean scored = !table(s).criteria().isEmpty() && !scores(s).isEmpty();
            for (Unit u : here) {
                out.add(new YearSummary(s.year(), scored ? Optional.ofNullable(rows.get(u.id())) : Optional.empty(),
                        indicators(s, u.id()), u, u.id() != unitId));
            }
        }
        return out;
    }

    private static void fail(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
