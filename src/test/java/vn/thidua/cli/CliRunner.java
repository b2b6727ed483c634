package vn.thidua.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import vn.thidua.ThiDua;

/** Runs the command line in-process, exactly as {@code main} wires it, capturing its output. */
final class CliRunner {

    record Result(int code, String out, String err) {
        /** The last non-empty line of standard output. */
        String lastLine() {
            String[] lines = out.strip().split("\\R");
            return lines[lines.length - 1].strip();
        }
    }

    private CliRunner() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        RootCommand root = new RootCommand(ThiDua::open, new vn.thidua.store.H2Recovery(), file -> {
            throw new IllegalStateException("no window in tests");
        });
        int code = RootCommand.execute(root, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }
}
