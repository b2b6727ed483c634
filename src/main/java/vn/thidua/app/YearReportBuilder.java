package vn.thidua.app;

import static vn.thidua.app.ReportData.BLANK;
import static vn.thidua.app.ReportData.headSignature;
import static vn.thidua.app.ReportData.header;
import static vn.thidua.app.ReportData.legalBasis;
import static vn.thidua.app.ReportData.sortedMembers;
import static vn.thidua.app.ReportData.unitName;
import static vn.thidua.app.ReportData.withPlaceBlank;
import static vn.thidua.app.VnProse.count;
import static vn.thidua.app.VnProse.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.ReportData.Context;
import vn.thidua.app.documents.IndicatorRow;
import vn.thidua.app.documents.YearReportData;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.scoring.ScoreboardRow;

/** Báo cáo tổng kết: the year told in prose, its indicators, scoreboard and elections. */
final class YearReportBuilder {

    private static final Locale VI = Texts.VIETNAMESE;

    private final BlocService blocs;
    private final ScoringService scoring;
    private final PutForwards putForwards;
    private final Texts texts;

    YearReportBuilder(BlocService blocs, ScoringService scoring, PutForwards putForwards, Texts texts) {
        this.blocs = blocs;
        this.scoring = scoring;
        this.putForwards = putForwards;
        this.texts = texts;
    }

    YearReportData build(Context ctx) {
        int year = ctx.season().year();
        List<ScoreboardRow> board = ctx.scoreboard().rows();
        List<YearReportData.ScoreRow> scores = board.stream().map(r -> new YearReportData.ScoreRow(r.rank(),
                r.unitName(), r.total(), texts.t(r.classification().key())
                        + (r.provisional() ? " (tạm tính)" : ""))).toList();
        List<YearReportData.ElectionResult> results = new ArrayList<>();
        for (StoredElection e : ctx.firstRounds()) {
            if (e.closed()) {
                results.add(new YearReportData.ElectionResult(e.settings().title(),
                        putForwards.putForward(e).stream().map(PutForwards.PutForward::name).toList()));
            }
        }
        Optional<Season> next = blocs.season(ctx.bloc().id(), year + 1);
        List<Unit> nextMembers = next.map(blocs::members).orElse(List.of());
        String nextHead = next.map(s -> unitName(nextMembers, s.headUnitId())).filter(n -> !n.isEmpty()).orElse(BLANK);
        String nextDeputy = next.map(s -> unitName(nextMembers, s.deputyUnitId())).filter(n -> !n.isEmpty())
                .orElse(BLANK);
        return new YearReportData(withPlaceBlank(header(ctx, "BC")), ctx.bloc().name(), year,
                narrative(ctx, results), sectors(ctx), scores, results, nextHead, nextDeputy, headSignature(ctx),
                List.of("Ban Thi đua – Khen thưởng (Sở Nội vụ)", "Các đơn vị trong khối", "Lưu: VT"),
                new YearReportData.NextYear(ctx.texts().plans(), ctx.texts().tasks()), legalBasis(ctx));
    }

    private List<String> narrative(Context ctx, List<YearReportData.ElectionResult> results) {
        int year = ctx.season().year();
        List<String> out = new ArrayList<>();
        String head = unitName(ctx.members(), ctx.season().headUnitId());
        String deputy = unitName(ctx.members(), ctx.season().deputyUnitId());
        StringBuilder intro = new StringBuilder("Năm " + year + ", " + ctx.bloc().name() + " gồm "
                + count(ctx.members().size()) + " đơn vị thành viên");
        if (!head.isEmpty()) {
            intro.append("; ").append(head).append(" là Trưởng khối");
            if (!deputy.isEmpty()) {
                intro.append(", ").append(deputy).append(" là Phó khối");
            }
        }
        intro.append(". Các đơn vị đã triển khai các phong trào thi đua gắn với nhiệm vụ chính trị của từng ngành; "
                + "kết quả thực hiện một số chỉ tiêu chủ yếu như sau:");
        out.add(intro.toString());
        for (YearReportData.IndicatorSection section : sectors(ctx)) {
            List<String> parts = new ArrayList<>();
            for (IndicatorRow r : section.rows()) {
                parts.add(VnProse.indicatorProse(r));
            }
            out.add("- " + section.sector() + ": " + String.join("; ", parts) + ".");
        }
        List<ScoreboardRow> board = ctx.scoreboard().rows();
        if (!board.isEmpty()) {
            Map<String, Long> byClass = new LinkedHashMap<>();
            board.stream().sorted(Comparator.comparing(ScoreboardRow::classification)).forEach(r ->
                    byClass.merge(texts.t(r.classification().key()).toLowerCase(VI), 1L, Long::sum));
            List<String> counts = byClass.entrySet().stream()
                    .map(en -> count(en.getValue().intValue()) + " đơn vị " + en.getKey()).toList();
            out.add("Qua chấm điểm, xếp loại theo bảng tiêu chí của khối: " + String.join(", ", counts) + ".");
        }
        if (!results.isEmpty()) {
            List<String> parts = results.stream().map(r -> r.title() + ": " + (r.units().isEmpty()
                    ? "không có đơn vị đạt tỷ lệ phiếu quy định" : names(r.units()))).toList();
            out.add("Hội nghị tổng kết đã bỏ phiếu kín suy tôn " + count(results.size()) + " danh hiệu, hình thức "
                    + "khen thưởng: " + String.join("; ", parts) + ".");
        }
        return out;
    }

    /** Each unit's indicators as a section of its field, units in Vietnamese order. */
    List<YearReportData.IndicatorSection> sectors(Context ctx) {
        List<Indicator> all = scoring.indicators(ctx.season());
        List<YearReportData.IndicatorSection> out = new ArrayList<>();
        for (Unit u : sortedMembers(ctx)) {
            List<IndicatorRow> rows = all.stream().filter(i -> i.unitId() == u.id()).map(ReportData::row).toList();
            if (!rows.isEmpty()) {
                out.add(new YearReportData.IndicatorSection(u.fullName(), rows));
            }
        }
        return out;
    }
}
