package vn.thidua.report;

import static vn.thidua.report.VietnameseFormat.count;
import static vn.thidua.report.VietnameseFormat.number;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.app.documents.YearReportData;

/** The year-end report's data as the template sees it. */
final class YearReportModel {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private YearReportModel() {
    }

    static Fields of(YearReportData d) {
        // One count of decimals for the whole column of totals: the most any total needs, at most 2.
        int totalDecimals = d.scoreboard().stream().mapToInt(s -> VietnameseFormat.decimalsOf(s.total(), 2)).max()
                .orElse(0);
        return new Fields()
                .with("header", Fields.header(d.header()))
                .with("bloc", new Fields().with("name", d.blocName()))
                .with("year", Integer.toString(d.year()))
                .with("nextYear", Integer.toString(d.year() + 1))
                .with("subject", "Tổng kết công tác thi đua, khen thưởng năm " + d.year() + (d.nextYear().isEmpty() ? ""
                        : "\nvà phương hướng, nhiệm vụ năm " + (d.year() + 1)))
                .with("plans", d.nextYear().isEmpty() ? null : new Fields()
                        .with("paragraphs", Fields.numbered("paragraph", d.nextYear().paragraphs(),
                                p -> new Fields().with("text", p)))
                        .with("tasks", Fields.numbered("task", d.nextYear().tasks(), t -> new Fields().with("text", t))))
                .with("basis", Fields.numbered("line", d.legalBasis(), l -> new Fields().with("text", l)))
                .with("narrative", Fields.numbered("paragraph", d.narrative(), p -> new Fields().with("text", p)))
                .with("sectors", Fields.numbered("sector", d.sectors(), s -> new Fields()
                        .with("name", s.sector())
                        .with("rows", Fields.numbered("row", s.rows(), r -> new Fields()
                                .with("name", r.name())
                                .with("measure", r.measure())
                                .with("plan", figure(number(r.plan())))
                                .with("actual", figure(number(r.actual())))
                                .with("previous", figure(number(r.previous())))
                                .with("percentOfPlan", figure(number(r.percentOfPlan(), 1)))
                                .with("growth", figure(number(r.growth(), 1)))))))
                .with("scoreboard", Fields.numbered("score", d.scoreboard(), s -> new Fields()
                        .with("rank", Integer.toString(s.rank()))
                        .with("unit", s.unitName())
                        .with("total", VietnameseFormat.fixed(s.total(), totalDecimals))
                        .with("classification", s.classification())))
                .with("summary", summary(d))
                .with("elections", Fields.numbered("election", d.elections(), e -> new Fields()
                        .with("title", e.title())
                        .with("count", count(e.units().size()))
                        .with("units", e.units().isEmpty() ? "không có đơn vị đạt tỷ lệ phiếu quy định"
                                : String.join("; ", e.units()))))
                .with("next", new Fields().with("head", d.nextHead()).with("deputy", d.nextDeputy()))
                .with("signer", Fields.signature(d.signer()))
                .with("recipients", Fields.recipients(d.recipients()));
    }

    /**
     * A figure the bloc has not given (no plan, no figure of the year before, so no ratio either) prints as a dash,
     * the usual mark for "no figure" in a report's table: an empty cell reads as a gap to fill in by hand.
     */
    private static String figure(String formatted) {
        return formatted.isEmpty() ? "–" : formatted;
    }

    /** "07 đơn vị hoàn thành xuất sắc nhiệm vụ; 01 đơn vị hoàn thành tốt nhiệm vụ", best band first. */
    private static String summary(YearReportData d) {
        Map<String, Long> counts = d.scoreboard().stream().collect(Collectors.groupingBy(
                YearReportData.ScoreRow::classification, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> count(e.getValue().intValue()) + " đơn vị " + lowerFirst(e.getKey()))
                .collect(Collectors.joining("; "));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }
}
