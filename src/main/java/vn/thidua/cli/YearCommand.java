package vn.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.AppException;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;

/** {@code thidua year add --bloc B --year Y [--head C --deputy C]}: copies last year's setup. */
@Command(name = "year", description = "Năm thi đua", subcommands = YearCommand.Add.class)
final class YearCommand {

    @Command(name = "add", description = "Bắt đầu năm thi đua mới (chép thành viên, Trưởng/Phó khối, bảng tiêu chí của năm trước)")
    static final class Add extends WorkspaceCommand {

        @Option(names = "--bloc", required = true, description = "Mã khối")
        String bloc;

        @Option(names = "--year", required = true, description = "Năm, ví dụ 2020")
        int year;

        @Option(names = "--head", description = "Mã đơn vị Trưởng khối")
        String head;

        @Option(names = "--deputy", description = "Mã đơn vị Phó khối")
        String deputy;

        @Override
        int run(Workspace ws) {
            Bloc b = ws.blocs().requireBloc(bloc);
            // Check the leaders' codes before anything is written.
            if (head != null || deputy != null) {
                Season previous = ws.blocs().seasons(b.id()).stream().filter(s -> s.year() < year)
                        .reduce((a, c) -> c).orElse(null);
                if (previous != null) {
                    member(ws, previous, head);
                    member(ws, previous, deputy);
                }
            }
            Season s = ws.blocs().startYear(b.id(), year);
            if (head != null || deputy != null) {
                Long headId = head == null ? s.headUnitId() : member(ws, s, head);
                Long deputyId = deputy == null ? s.deputyUnitId() : member(ws, s, deputy);
                ws.blocs().setLeaders(s, headId, deputyId);
            }
            out().println(texts().t("cli.year.added", year, b.code(), ws.blocs().members(s).size()));
            return 0;
        }

        private static Long member(Workspace ws, Season s, String code) {
            if (code == null) {
                return null;
            }
            return ws.blocs().memberByCode(s, code).map(Unit::id)
                    .orElseThrow(() -> new AppException("cli.unit.notMember", code, s.year()));
        }
    }
}
