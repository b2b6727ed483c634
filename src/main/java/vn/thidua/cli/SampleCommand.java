package vn.thidua.cli;

import picocli.CommandLine.Command;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Workspace;

/** {@code thidua sample}: creates the 2019 sample bloc KTN unless it is there already. */
@Command(name = "sample", description = "Tạo khối mẫu KTN năm 2019 (nếu chưa có)")
final class SampleCommand extends WorkspaceCommand {

    @Override
    int run(Workspace ws) {
        boolean created = ws.sample().createIfAbsent();
        out().println(texts().t(created ? "cli.sample.created" : "cli.sample.exists", SampleBloc.BLOC_CODE));
        return 0;
    }
}
