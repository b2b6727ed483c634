package vn.thidua.app;

import static vn.thidua.app.ReportData.sortedMembers;
import static vn.thidua.app.VnProse.base;
import static vn.thidua.app.VnProse.threshold;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.ReportData.Context;
import vn.thidua.app.ScoringService.ScoreboardData;
import vn.thidua.app.documents.WorkbookData;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.Score;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.domain.voting.TallyResult;

/** The scoreboard workbook: scores, criteria, bands, indicators and one sheet per closed election. */
final class WorkbookBuilder {

    private final ScoringService scoring;
    private final ElectionService elections;
    private final Texts texts;

    WorkbookBuilder(ScoringService scoring, ElectionService elections, Texts texts) {
        this.scoring = scoring;
        this.elections = elections;
        this.texts = texts;
    }

    /**
     * The workbook recomputes totals from the scores it is given. They are the scores the app's
     * scoreboard counts (the bloc score, or the self score while the bloc has none), so both agree.
     */
    WorkbookData build(Context ctx) {
        ScoreboardData board = ctx.scoreboard();
        Map<Long, Criterion> criteria = new HashMap<>();
        board.table().criteria().forEach(c -> criteria.put(c.id(), c));
        Map<Long, Map<String, BigDecimal>> scores = new HashMap<>();
        for (Score s : scoring.scores(ctx.season())) {
            Criterion c = criteria.get(s.criterionId());
            if (c != null) {
                scores.computeIfAbsent(s.unitId(), k -> new HashMap<>()).put(c.code(), s.effective());
            }
        }
        // In rank order, as the scoreboard lists them (equal ranks by Vietnamese name); the workbook's
        // RANK formulas still decide the ranks, so an edit in Excel re-ranks without re-sorting.
        Map<Long, Unit> byId = new HashMap<>();
        ctx.members().forEach(u -> byId.put(u.id(), u));
        List<Unit> ordered = new ArrayList<>();
        board.rows().forEach(r -> {
            Unit u = byId.remove(r.unitId());
            if (u != null) {
                ordered.add(u);
            }
        });
        ctx.members().stream().filter(u -> byId.containsKey(u.id())).forEach(ordered::add);
        List<WorkbookData.WorkbookUnit> units = ordered.stream().map(u -> new WorkbookData.WorkbookUnit(u.code(),
                u.fullName(), scores.getOrDefault(u.id(), new HashMap<>()))).toList();
        List<WorkbookData.CriterionGroup> groups = new ArrayList<>();
        for (CriterionGroup g : board.table().groups()) {
            groups.add(new WorkbookData.CriterionGroup(g.code() + ". " + g.name(), board.table().criteriaOf(g.code())
                    .stream().map(c -> new WorkbookData.Criterion(c.code(), c.name(), c.max(),
                            WorkbookData.CriterionKind.valueOf(c.kind().name()))).toList()));
        }
        var b = board.bands();
        WorkbookData.ClassificationBands bands = new WorkbookData.ClassificationBands(
                new WorkbookData.Band(b.excellent().minTotal(), b.excellent().minCriterionPercent()),
                new WorkbookData.Band(b.good().minTotal(), b.good().minCriterionPercent()),
                new WorkbookData.Band(b.completed().minTotal(), b.completed().minCriterionPercent()));
        List<Indicator> indicators = scoring.indicators(ctx.season());
        List<WorkbookData.UnitIndicators> byUnit = sortedMembers(ctx).stream()
                .map(u -> new WorkbookData.UnitIndicators(u.fullName(), indicators.stream()
                        .filter(i -> i.unitId() == u.id()).map(ReportData::row).toList()))
                .filter(x -> !x.rows().isEmpty()).toList();
        List<WorkbookData.ElectionSheet> sheets = new ArrayList<>();
        for (StoredElection e : ctx.all()) {
            if (!e.closed()) {
                continue;
            }
            TallyResult t = elections.tally(e.id());
            ElectionSettings s = e.settings();
            sheets.add(new WorkbookData.ElectionSheet(s.title(), s.round(), s.seats(),
                    new WorkbookData.Papers(t.issued(), t.returned(), t.valid(), t.invalid(), t.base()),
                    threshold(s) + " " + base(s), t.rows().stream()
                    .map(r -> new WorkbookData.ElectionRow(r.candidate().name(), r.votes(), r.percent(),
                            texts.t(r.outcome().key()))).toList()));
        }
        return new WorkbookData(ctx.bloc().name(), ctx.season().year(), units, groups, bands, byUnit, sheets);
    }
}
