package vn.thidua.cli;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.thidua.app.ScoringService.ScoreboardData;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.domain.scoring.ScoreboardRow;
import vn.thidua.domain.text.VnFormat;

/**
 * {@code thidua scoreboard --bloc B --year Y [--format text|csv]}: the scoreboard the window shows,
 * from the same use case. CSV: {@code rank,code,name,total,classification}, rank order.
 */
@Command(name = "scoreboard", description = "Bảng điểm: tổng điểm, hạng, xếp loại của các đơn vị trong năm")
final class ScoreboardCommand extends WorkspaceCommand {

    @Mixin
    FormatOption output;

    @Option(names = "--bloc", required = true, description = "Mã khối")
    String bloc;

    @Option(names = "--year", required = true, description = "Năm thi đua")
    int year;

    @Override
    int run(Workspace ws) {
        Bloc b = ws.blocs().requireBloc(bloc);
        Season s = ws.blocs().requireSeason(b, year);
        ScoreboardData data = ws.scoring().scoreboard(s);
        Map<Long, Unit> units = data.members().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        if (output.csv()) {
            Csv.row(out(), "rank", "code", "name", "total", "classification");
            for (ScoreboardRow r : data.rows()) {
                Csv.row(out(), r.rank(), units.get(r.unitId()).code(), r.unitName(), Csv.decimal2(r.total()),
                        r.classification().code());
            }
            return 0;
        }
        text(b, data);
        return 0;
    }

    private void text(Bloc b, ScoreboardData data) {
        out().println(texts().t("cli.scoreboard.title", b.name(), b.code(), data.season().year()));
        if (data.rows().isEmpty()) {
            out().println(texts().t("cli.scoreboard.empty"));
            return;
        }
        int nameWidth = Math.max(Columns.length(texts().t("cli.scoreboard.unit")),
                data.rows().stream().mapToInt(r -> Columns.length(r.unitName())).max().orElse(0));
        out().println(Columns.left(texts().t("cli.scoreboard.rank"), 5) + "  "
                + Columns.left(texts().t("cli.scoreboard.unit"), nameWidth) + "  "
                + Columns.right(texts().t("cli.scoreboard.total"), 9) + "  " + texts().t("cli.scoreboard.class"));
        Map<Classification, Integer> counts = new EnumMap<>(Classification.class);
        int provisional = 0;
        for (ScoreboardRow r : data.rows()) {
            counts.merge(r.classification(), 1, Integer::sum);
            String mark = r.provisional() ? " " + texts().t("cli.scoreboard.provisionalMark") : "";
            provisional += r.provisional() ? 1 : 0;
            out().println(Columns.left(String.valueOf(r.rank()), 5) + "  " + Columns.left(r.unitName(), nameWidth)
                    + "  " + Columns.right(VnFormat.formatDecimal(r.total(), 2), 9) + "  "
                    + texts().t(r.classification().key()) + mark);
        }
        String byClass = counts.entrySet().stream()
                .map(e -> texts().t("cli.scoreboard.count", e.getValue(), texts().t(e.getKey().key())))
                .collect(Collectors.joining(", "));
        out().println(texts().t("cli.scoreboard.summary", data.rows().size(), byClass));
        if (provisional > 0) {
            out().println(texts().t("cli.scoreboard.provisional", provisional));
        }
    }
}
