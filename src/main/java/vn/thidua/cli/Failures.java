package vn.thidua.cli;

import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import vn.thidua.app.AppException;
import vn.thidua.app.ForgedElectionException;
import vn.thidua.app.Incidents;
import vn.thidua.app.Texts;
import vn.thidua.app.ValidationException;

/**
 * Turns failures into a Vietnamese message on stderr and an exit code: 1 for a forged election
 * (its result refused), 2 for bad usage or bad input, never a stack trace for any of these; an unexpected fault is logged in full and exits 3.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    /** A closed election's stored data was changed after it was locked: its result is refused. */
    static final int FORGED = 1;
    static final int BAD_INPUT = 2;
    static final int FAULT = 3;
    private static final Logger LOG = Logger.getLogger(Failures.class.getName());
    private final Texts texts;

    Failures(Texts texts) {
        this.texts = texts;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        if (ex instanceof ValidationException v) {
            cl.getErr().println(texts.t("cli.error") + " " + texts.all(v.problems()));
            return BAD_INPUT;
        }
        if (ex instanceof ForgedElectionException forged) {
            cl.getErr().println(texts.t("cli.error") + " " + texts.t(forged));
            return FORGED;
        }
        if (ex instanceof AppException app) {
            cl.getErr().println(texts.t("cli.error") + " " + texts.t(app));
            return BAD_INPUT;
        }
        cl.getErr().println(texts.t("cli.error") + " " + texts.t("error.unexpected", Incidents.reference(LOG, ex)));
        return FAULT;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println(texts.t("cli.error") + " " + describe(ex));
        cl.getErr().println(texts.t("cli.usageHint", cl.getCommandSpec().qualifiedName()));
        return BAD_INPUT;
    }

    /** picocli's own messages are English; the common ones are said in Vietnamese. */
    private String describe(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return texts.t("cli.usage.unknown", String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return texts.t("cli.usage.missing", String.join(", ", m.getMissing().stream().map(a -> a.isOption()
                    ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel()).toList()));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            String name = ex.getArgSpec().isOption()
                    ? ((CommandLine.Model.OptionSpec) ex.getArgSpec()).longestName() : ex.getArgSpec().paramLabel();
            String label = ex.getArgSpec().paramLabel();
            // A label that spells the accepted words (text|csv, >:P|>=:P) says what to write instead.
            String expected = label == null || label.startsWith("<") ? ""
                    : " " + texts.t("cli.usage.expected", name + " " + label);
            return texts.t("cli.usage.badValue", ex.getValue(), name) + expected;
        }
        // Any other of picocli's sentences is English: said generally, and logged as picocli put it.
        LOG.info(() -> "Usage refused: " + ex.getMessage());
        return texts.t("cli.usage.wrong");
    }
}
