package vn.thidua.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Workspace;

/** {@code thidua sample}: creates the 2019 sample bloc KTN unless it is there already. */
@Command(name = "sample", description = "Tạo khối mẫu KTN năm 2019 (nếu chưa có)")
final class SampleCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace ws = root.opener().open(root.dataFile())) {
            boolean created = ws.sample().createIfAbsent();
            spec.commandLine().getOut().println(root.texts().t(created ? "cli.sample.created" : "cli.sample.exists",
                    SampleBloc.BLOC_CODE));
        }
        return 0;
    }
}
