package vn.thidua.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.thidua.ThiDua;
import vn.thidua.report.PoiImportFiles;
import vn.thidua.store.DataFileTool;
import vn.thidua.store.H2Recovery;

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
        return runWith("", Map.of(), args);
    }

    /** Runs with {@code stdin} as standard input and {@code env} as the whole environment. */
    static Result runWith(String stdin, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        RootCommand root = new RootCommand(ThiDua::open, new H2Recovery(), new DataFileTool(), file -> {
            throw new IllegalStateException("no window in tests");
        }, new PoiImportFiles()).withInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env);
        int code = RootCommand.execute(root, new PrintWriter(out, true), new PrintWriter(err, true), args);
        Result result = new Result(code, out.toString(), err.toString());
        UserWords.check(args, result);
        return result;
    }
}
