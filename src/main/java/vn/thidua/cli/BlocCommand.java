package vn.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;

/** {@code thidua bloc add --code B --name NAME}. */
@Command(name = "bloc", description = "Khối thi đua", subcommands = BlocCommand.Add.class)
final class BlocCommand {

    @Command(name = "add", description = "Thêm khối thi đua")
    static final class Add extends WorkspaceCommand {

        @Option(names = "--code", required = true, description = "Mã khối, ví dụ KTN")
        String code;

        @Option(names = "--name", required = true, description = "Tên khối")
        String name;

        @Override
        int run(Workspace ws) {
            Bloc bloc = ws.blocs().addBloc(code, name);
            out().println(texts().t("bloc.added", bloc.code()));
            return 0;
        }
    }
}
