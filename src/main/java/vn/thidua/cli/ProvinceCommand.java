package vn.thidua.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import vn.thidua.app.ProvinceView.BlocYear;
import vn.thidua.app.ProvinceView.Member;
import vn.thidua.app.ProvinceView.PutForward;
import vn.thidua.app.ProvinceView.Title;
import vn.thidua.app.ProvinceView;
import vn.thidua.app.Workspace;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.domain.text.VnFormat;

/**
 * {@code thidua province --year Y [--format text|csv]}: every bloc of the database in the year, for the
 * province's emulation office. CSV (README): {@code bloc,bloc_name,kind,title,code,name,classification,votes,percent},
 * one row per member ({@code member}), per unit put forward ({@code put_forward}), per election not closed
 * ({@code open}) or forged ({@code forged}), and one for a bloc without elections ({@code no_elections}) or
 * without the year ({@code no_year}).
 */
@Command(name = "province", description = "Toàn tỉnh trong một năm: thành viên và xếp loại của từng khối, các đơn vị"
        + " được suy tôn, các khối chưa kết thúc bầu", subcommands = {ProvinceGrantCommand.class, ProvinceRevokeCommand.class})
final class ProvinceCommand extends WorkspaceCommand {

    @Mixin
    FormatOption output;

    // Not required by picocli: it would be asked of `province grant` too. Checked in run() instead.
    @Option(names = "--year", description = "Năm thi đua, ví dụ 2019 (bắt buộc)")
    Integer year;

    @Option(names = "--out", paramLabel = "F.xlsx", description = "Ghi thêm ra tệp Excel (ghi đè nếu đã có)")
    Path xlsx;

    @Override
    int run(Workspace ws) {
        if (year == null) {
            throw new CommandLine.MissingParameterException(spec.commandLine(), spec.findOption("--year"),
                    "Missing required option: '--year'");
        }
        ProvinceView.Province p = ProvinceView.of(ws, year);
        if (xlsx != null) {
            ws.provinceWorkbooks().write(p, xlsx);
            out().println(texts().t("province.written", xlsx.toString()));
            return 0;
        }
        if (output.csv()) {
            csv(p);
        } else {
            text(p);
        }
        return 0;
    }

    private void csv(ProvinceView.Province p) {
        Csv.row(out(), "bloc", "bloc_name", "kind", "title", "code", "name", "classification", "votes", "percent");
        for (BlocYear b : p.blocs()) {
            if (!b.hasYear()) {
                Csv.row(out(), b.code(), b.name(), "no_year", "", "", "", "", "", "");
                continue;
            }
            for (Member m : b.members()) {
                Csv.row(out(), b.code(), b.name(), "member", "", m.code(), m.name(), m.classification().code(), "", "");
            }
            if (b.titles().isEmpty()) {
                Csv.row(out(), b.code(), b.name(), "no_elections", "", "", "", "", "", "");
            }
            for (Title t : b.titles()) {
                if (t.forged() || !t.closed()) {
                    Csv.row(out(), b.code(), b.name(), t.forged() ? "forged" : "open", t.title(), "", "", "", "", "");
                }
                for (PutForward u : t.putForward()) {
                    Csv.row(out(), b.code(), b.name(), "put_forward", t.title(), u.code(), u.name(), "", u.votes(),
                            Csv.decimal2(u.percent()));
                }
            }
        }
    }

    private void text(ProvinceView.Province p) {
        out().println(texts().t("province.title", p.year(), p.blocs().size()));
        for (BlocYear b : p.blocs()) {
            out().println();
            if (!b.hasYear()) {
                out().println(texts().t("province.bloc.noYear", b.name(), b.code(), p.year()));
                continue;
            }
            out().println(texts().t("province.bloc", b.name(), b.code(), b.members().size()));
            List<String> counts = new ArrayList<>();
            for (Map.Entry<Classification, Integer> e : new TreeMap<>(b.counts()).entrySet()) {
                counts.add(texts().t("cli.scoreboard.count", e.getValue(), texts().t(e.getKey().key())));
            }
            out().println("  " + texts().t("province.counts", counts.isEmpty() ? "–" : String.join(", ", counts)));
            for (Member m : b.members()) {
                out().println("    " + Columns.left(String.valueOf(m.rank()), 3) + " " + m.name() + " (" + m.code()
                        + "): " + texts().t(m.classification().key()));
            }
            if (b.titles().isEmpty()) {
                out().println("  " + texts().t("province.noElections"));
            }
            for (Title t : b.titles()) {
                String units = t.putForward().stream().map(u -> texts().t("province.unit", u.name(), u.code(),
                        u.votes(), VnFormat.formatDecimal(u.percent(), 2))).collect(Collectors.joining("; "));
                String state = t.forged() ? texts().t("province.forged") : !t.closed() ? texts().t("province.open")
                        : units.isEmpty() ? texts().t("province.nobody") : units;
                out().println("  " + t.title() + ": " + state);
            }
        }
        out().println();
        List<BlocYear> open = p.notClosed();
        out().println(open.isEmpty() ? texts().t("province.allClosed") : texts().t("province.notClosed",
                open.stream().map(BlocYear::code).collect(Collectors.joining(", "))));
    }
}
