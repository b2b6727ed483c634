package vn.thidua.cli;

import java.util.Comparator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.AppException;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.UnitDraft;

/** {@code thidua unit add --bloc B --code C --name NAME [--short SHORT]}. */
@Command(name = "unit", description = "Đơn vị thành viên", subcommands = UnitCommand.Add.class)
final class UnitCommand {

    @Command(name = "add", description = "Thêm đơn vị vào khối (thành viên của năm gần nhất của khối)")
    static final class Add extends WorkspaceCommand {

        @Option(names = "--bloc", required = true, description = "Mã khối")
        String bloc;

        @Option(names = "--code", required = true, description = "Mã đơn vị, ví dụ GTVT")
        String code;

        @Option(names = "--name", required = true, description = "Tên đầy đủ")
        String name;

        @Option(names = "--short", description = "Tên viết tắt")
        String shortName;

        @Override
        int run(Workspace ws) {
            Bloc b = ws.blocs().requireBloc(bloc);
            // A unit joins the bloc in its latest year; a bloc without a year cannot take members yet.
            Season latest = ws.blocs().seasons(b.id()).stream().max(Comparator.comparingInt(Season::year))
                    .orElseThrow(() -> new AppException("cli.unit.noYear", b.code()));
            Unit u = ws.blocs().addUnit(latest, new UnitDraft(code, name, shortName));
            out().println(texts().t("cli.unit.added", u.code(), b.code(), latest.year()));
            return 0;
        }
    }
}
