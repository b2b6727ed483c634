package vn.thidua.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.thidua.app.AuditLog;
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
        try (Workspace ws = root().opener().open(root().location(), root().password())) {
            if (warnsOfBrokenChain()) {
                warnOfBrokenChain(ws);
            }
            return run(ws);
        }
    }

    /**
     * Every open checks the audit log's chain. A broken chain is said loudly on stderr but the
     * command still runs: the owner must be able to read the file and restore a backup.
     */
    private void warnOfBrokenChain(Workspace ws) {
        AuditLog.Chain chain = ws.audit().chain();
        if (!chain.isIntact()) {
            spec.commandLine().getErr().println(texts().t("data.warning.chainBroken",
                    texts().t(chain.problem().key(), chain.firstBadLine())));
        }
    }

    /** False for a command that reports the chain as its own result. */
    boolean warnsOfBrokenChain() {
        return true;
    }

    abstract int run(Workspace ws) throws Exception;
}
