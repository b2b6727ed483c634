package vn.thidua.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.thidua.app.Texts;
import vn.thidua.app.Workspace;

/** A command that works on the data file named by {@code --db}: open, run, close. */
abstract class WorkspaceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    RootCommand root() {
        return (RootCommand) spec.root().userObject();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    Texts texts() {
        return root().texts();
    }

    @Override
    public final Integer call() throws Exception {
        try (Workspace ws = root().opener().open(root().dataFile(), root().password())) {
            return run(ws);
        }
    }

    abstract int run(Workspace ws) throws Exception;
}
