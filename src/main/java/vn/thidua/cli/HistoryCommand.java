package vn.thidua.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.thidua.app.ScoringService.YearSummary;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.scoring.ScoreboardRow;
import vn.thidua.domain.text.VnFormat;

/**
 * {@code thidua history --bloc B --unit C [--format text|csv]}: the unit's place in every year, and that of the
 * units it succeeds in their years before it. CSV: {@code year,code,name,total,rank,classification}, one row per
 * year and per unit, with that year's code and name; a year not scored leaves the last three empty.
 */
@Command(name = "history", description = "Kết quả thi đua của một đơn vị qua các năm (kể cả các đơn vị trước sáp nhập, chia tách, chuyển khối)")
final class HistoryCommand extends WorkspaceCommand {

    @Mixin
    FormatOption output;

    @Option(names = "--bloc", required = true, description = "Mã khối")
    String bloc;

    @Option(names = "--unit", required = true, description = "Mã đơn vị")
    String unit;

    @Override
    int run(Workspace ws) {
        Bloc b = ws.blocs().requireBloc(bloc);
        Unit u = ws.blocs().requireUnit(b, unit);
        List<YearSummary> years = ws.scoring().history(b, u.id());
        if (output.csv()) {
            Csv.row(out(), "year", "code", "name", "total", "rank", "classification");
            for (YearSummary y : years) {
                ScoreboardRow r = y.row().orElse(null);
                Csv.row(out(), y.year(), y.unit().code(), y.unit().fullName(), r == null ? "" : Csv.decimal2(r.total()),
                        r == null ? "" : r.rank(), r == null ? "" : r.classification().code());
            }
            return 0;
        }
        out().println(texts().t("cli.history.title", u.fullName(), u.code(), b.code()));
        if (years.isEmpty()) {
            out().println(texts().t("cli.history.empty"));
            return 0;
        }
        int nameWidth = Math.max(Columns.length(texts().t("cli.scoreboard.unit")),
                years.stream().mapToInt(y -> Columns.length(y.unit().fullName())).max().orElse(0));
        out().println(Columns.left(texts().t("cli.history.year"), 5) + "  " + Columns.left(texts().t("cli.history.code"), 8)
                + "  " + Columns.left(texts().t("cli.scoreboard.unit"), nameWidth) + "  "
                + Columns.right(texts().t("cli.scoreboard.total"), 9) + "  " + Columns.left(texts().t("cli.scoreboard.rank"), 5)
                + "  " + texts().t("cli.scoreboard.class"));
        for (YearSummary y : years) {
            ScoreboardRow r = y.row().orElse(null);
            String cls = r == null ? texts().t("history.notScored") : texts().t(r.classification().key())
                    + (r.provisional() ? " " + texts().t("cli.scoreboard.provisionalMark") : "");
            out().println(Columns.left(String.valueOf(y.year()), 5) + "  " + Columns.left(y.unit().code(), 8) + "  "
                    + Columns.left(y.unit().fullName(), nameWidth) + "  "
                    + Columns.right(r == null ? "" : VnFormat.formatDecimal(r.total(), 2), 9) + "  "
                    + Columns.left(r == null ? "" : String.valueOf(r.rank()), 5) + "  " + cls
                    + (y.predecessor() ? "  " + texts().t("cli.history.predecessor") : ""));
        }
        return 0;
    }
}
