package vn.thidua.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.AppException;
import vn.thidua.app.BlocService.Reorganised;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.UnitDraft;

/**
 * {@code thidua unit add|rename|merge|split|move}: a bloc's members, and how they change from a year on
 * (docs/decisions/0008).
 */
@Command(name = "unit", description = "Đơn vị thành viên", subcommands = {UnitCommand.Add.class, UnitCommand.Rename.class,
        UnitCommand.Merge.class, UnitCommand.Split.class, UnitCommand.Move.class})
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

    @Command(name = "rename", description = "Đổi tên đơn vị từ một năm (các năm trước giữ tên cũ)")
    static final class Rename extends WorkspaceCommand {

        @Option(names = "--bloc", required = true, description = "Mã khối")
        String bloc;

        @Option(names = "--code", required = true, description = "Mã đơn vị")
        String code;

        @Option(names = "--name", required = true, description = "Tên đầy đủ mới")
        String name;

        @Option(names = "--short", description = "Tên viết tắt mới")
        String shortName;

        @Option(names = "--from-year", required = true, description = "Năm bắt đầu mang tên mới")
        int fromYear;

        @Override
        int run(Workspace ws) {
            Bloc b = ws.blocs().requireBloc(bloc);
            ws.blocs().rename(b, code, name, shortName, fromYear);
            Unit u = ws.blocs().unitInYear(ws.blocs().requireUnit(b, code), fromYear);
            out().println(texts().t("cli.unit.renamed", u.code(), u.fullName(), fromYear));
            return 0;
        }
    }

    @Command(name = "merge", description = "Sáp nhập các đơn vị thành một từ một năm")
    static final class Merge extends WorkspaceCommand {

        @Option(names = "--bloc", required = true, description = "Mã khối")
        String bloc;

        @Option(names = "--codes", required = true, split = ",", description = "Mã các đơn vị sáp nhập, ví dụ NNPTNT,TNMT")
        List<String> codes;

        @Option(names = "--into", required = true, description = "Mã đơn vị sau sáp nhập (mã mới, hoặc một trong các mã trên)")
        String into;

        @Option(names = "--name", required = true, description = "Tên đầy đủ của đơn vị sau sáp nhập")
        String name;

        @Option(names = "--from-year", required = true, description = "Năm đầu tiên của đơn vị sau sáp nhập")
        int fromYear;

        @Override
        int run(Workspace ws) {
            Bloc b = ws.blocs().requireBloc(bloc);
            Reorganised r = ws.blocs().merge(b, codes, into, name, fromYear);
            Unit u = ws.blocs().unitInYear(ws.blocs().requireUnit(b, into), fromYear);
            out().println(texts().t("cli.unit.merged", codes.stream().map(String::trim)
                    .map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.joining(", ")), fromYear,
                    u.fullName(), u.code()));
            years(this, r, fromYear);
            return 0;
        }
    }

    @Command(name = "split", description = "Chia tách một đơn vị thành nhiều đơn vị từ một năm")
    static final class Split extends WorkspaceCommand {

        @Option(names = "--bloc", required = true, description = "Mã khối")
        String bloc;

        @Option(names = "--code", required = true, description = "Mã đơn vị được chia tách")
        String code;

        @Option(names = "--into", required = true, split = ",", description = "Mã các đơn vị mới, ví dụ C1,C2")
        List<String> into;

        @Option(names = "--names", required = true, description = "Tên các đơn vị mới, theo thứ tự, cách nhau bằng |")
        String names;

        @Option(names = "--from-year", required = true, description = "Năm đầu tiên của các đơn vị mới")
        int fromYear;

        @Override
        int run(Workspace ws) {
            Bloc b = ws.blocs().requireBloc(bloc);
            List<String> list = Arrays.stream(names.split("\\|", -1)).map(String::trim).toList();
            Reorganised r = ws.blocs().split(b, code, into, list, fromYear);
            String made = into.stream().map(c -> ws.blocs().unitInYear(ws.blocs().requireUnit(b, c), fromYear))
                    .map(u -> u.fullName() + " (" + u.code() + ")").collect(Collectors.joining(", "));
            out().println(texts().t("cli.unit.split", code.trim().toUpperCase(Locale.ROOT), fromYear, made));
            years(this, r, fromYear);
            return 0;
        }
    }

    @Command(name = "move", description = "Chuyển đơn vị sang khối khác từ một năm (lịch sử mỗi khối được giữ)")
    static final class Move extends WorkspaceCommand {

        @Option(names = "--from", required = true, description = "Mã khối hiện tại")
        String from;

        @Option(names = "--to", required = true, description = "Mã khối mới")
        String to;

        @Option(names = "--code", required = true, description = "Mã đơn vị")
        String code;

        @Option(names = "--from-year", required = true, description = "Năm đầu tiên ở khối mới")
        int fromYear;

        @Override
        int run(Workspace ws) {
            Bloc b1 = ws.blocs().requireBloc(from);
            Bloc b2 = ws.blocs().requireBloc(to);
            Reorganised r = ws.blocs().move(b1, b2, code, fromYear);
            out().println(texts().t("cli.unit.moved", code.trim().toUpperCase(Locale.ROOT), b1.code(),
                    fromYear, b2.code()));
            years(this, r, fromYear);
            return 0;
        }
    }

    private static void years(WorkspaceCommand cmd, Reorganised r, int fromYear) {
        cmd.out().println(r.yearsChanged().isEmpty() ? cmd.texts().t("cli.unit.noYearChanged", fromYear)
                : cmd.texts().t("cli.unit.yearsChanged", r.yearsChanged().stream().map(String::valueOf)
                        .collect(Collectors.joining(", "))));
    }
}
