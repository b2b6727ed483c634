package vn.thidua.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import vn.thidua.app.AppException;
import vn.thidua.app.DataFiles;
import vn.thidua.app.DataLocation;
import vn.thidua.app.ImportFiles;
import vn.thidua.app.Recovery;
import vn.thidua.app.Texts;
import vn.thidua.app.WorkspaceOpener;

/**
 * {@code thidua [--db FILE] [command]}: with no command, opens the window; every command runs
 * the same use cases as the window does, without it.
 */
@Command(name = "thidua", mixinStandardHelpOptions = true, resourceBundle = "vn.thidua.cli.usage", versionProvider = RootCommand.Version.class,
        description = "ThiDua – Khối thi đua", subcommands = {SampleCommand.class, BlocCommand.class, UnitCommand.class, YearCommand.class,
                ScoreboardCommand.class, HistoryCommand.class, ElectionCommand.class, BallotsCommand.class, TallyCommand.class,
                RunoffCommand.class, CloseCommand.class, VerifyCommand.class, RecheckCommand.class, ReportCommand.class,
                TemplateCommand.class, ImportCommand.class, ExportCommand.class, OptimizeCommand.class,
                BackupCommand.class, BackupsCommand.class, RestoreCommand.class, PasswordCommand.class, RehearseCommand.class,
                PublishCommand.class,
                FetchCommand.class,
                ProvinceCommand.class})
public final class RootCommand implements Callable<Integer> {

    /** How the window is opened; given by the composition root so the CLI does not know JavaFX. */
    @FunctionalInterface
    public interface WindowLauncher {
        int run(Path dataFile) throws Exception;
    }

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "Tệp dữ liệu H2 (tạo mới nếu chưa có), hoặc máy chủ PostgreSQL: jdbc:postgresql://MÁY[:CỔNG]/CSDL")
    String db;

    private final WorkspaceOpener opener;
    private final Recovery recovery;
    private final DataFiles dataFiles;
    private final WindowLauncher window;
    private final ImportFiles workbooks;
    private final Texts texts = Texts.vietnamese();
    private InputStream input = System.in;
    private UnaryOperator<String> environment = System::getenv;

    public RootCommand(WorkspaceOpener opener, Recovery recovery, DataFiles dataFiles, WindowLauncher window,
                       ImportFiles workbooks) {
        this.opener = opener;
        this.recovery = recovery;
        this.dataFiles = dataFiles;
        this.window = window;
        this.workbooks = workbooks;
    }

    /** Standard input and the environment, as a test gives them. */
    RootCommand withInput(InputStream in, Map<String, String> env) {
        this.input = in;
        this.environment = env::get;
        return this;
    }

    @Override
    public Integer call() throws Exception {
        if (location() instanceof DataLocation.Server server) {
            throw new AppException("data.error.windowServer", server.display());
        }
        return window.run(dataFile());
    }

    /** Where the data is: --db (a file or a PostgreSQL URL; user and password may come from the environment). */
    DataLocation location() {
        return DataLocation.parse(db, environment);
    }

    /** The data file, for what only a data file has (backups, password, rehearsal, the window). */
    Path dataFile() {
        DataLocation where = location();
        if (where instanceof DataLocation.File file) {
            return file.path();
        }
        throw new AppException("data.error.fileOnly", where.display());
    }

    /** The data file's password, from the environment variable THIDUA_PASSWORD (never a flag: it would show in ps). */
    char[] password() {
        String p = environment.apply("THIDUA_PASSWORD");
        return p == null || p.isEmpty() ? null : Normalizer.normalize(p, Normalizer.Form.NFC).toCharArray();
    }

    /** The import workbook's files, for the commands that need no data file. */
    ImportFiles workbooks() {
        return workbooks;
    }

    WorkspaceOpener opener() {
        return opener;
    }

    /** Backups beside the data file, read and restored with the data file closed. */
    Recovery recovery() {
        return recovery;
    }

    DataFiles dataFiles() {
        return dataFiles;
    }

    /** Standard input: where {@code password} reads the passwords from. */
    InputStream input() {
        return input;
    }

    /** True when standard input is the user's terminal: passwords are then asked for, unechoed. */
    boolean interactive() {
        return input == System.in && System.console() != null;
    }

    Texts texts() {
        return texts;
    }

    /** Runs {@code args} and returns the exit code; messages go to {@code out} and {@code err}. */
    public static int execute(RootCommand root, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(root);
        withHelp(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new Failures(root.texts));
        cl.setParameterExceptionHandler(new Failures(root.texts));
        return cl.execute(args);
    }

    /** Every command answers --help, as the usage hint after a mistake tells the user to try. */
    private static void withHelp(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().mixinStandardHelpOptions(true);
            withHelp(sub);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RootCommand.class.getPackage().getImplementationVersion();
            return new String[] {"ThiDua " + (v == null ? "dev" : v)};
        }
    }
}
