package vn.thidua;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.thidua.app.AppException;
import vn.thidua.app.BackupService;
import vn.thidua.app.BlocService;
import vn.thidua.app.ClassArchive;
import vn.thidua.app.DataLocation;
import vn.thidua.app.ElectionService;
import vn.thidua.app.ImportService;
import vn.thidua.app.Incidents;
import vn.thidua.app.Logs;
import vn.thidua.app.Rehearsal;
import vn.thidua.app.ReportService;
import vn.thidua.app.ScoringService;
import vn.thidua.app.Texts;
import vn.thidua.app.Workspace;
import vn.thidua.cli.RootCommand;
import vn.thidua.report.PoiDocuments;
import vn.thidua.report.PoiImportFiles;
import vn.thidua.report.ProvinceWorkbook;
import vn.thidua.store.DataFileTool;
import vn.thidua.store.Database;
import vn.thidua.store.H2Backups;
import vn.thidua.store.H2Recovery;
import vn.thidua.store.JdbcAuditLog;
import vn.thidua.store.JdbcBlocStore;
import vn.thidua.store.JdbcElectionStore;
import vn.thidua.store.JdbcImportStore;
import vn.thidua.store.JdbcReturnStore;
import vn.thidua.store.JdbcScoringStore;
import vn.thidua.store.JdbcServerRoles;
import vn.thidua.store.JdbcYearCopies;
import vn.thidua.store.ServerBackups;
import vn.thidua.ui.Gui;

/**
 * The composition root: the one place that builds the store, the use cases over it, and hands
 * them to the window or the command line. No static state anywhere else.
 */
public final class ThiDua {

    /** How long after start the window waits before making the class-data archive (first run only). */
    static final Duration CLASS_ARCHIVE_DELAY = Duration.ofSeconds(20);

    private ThiDua() {
    }

    public static void main(String[] args) {
        long jvmStart = ProcessHandle.current().info().startInstant()
                .map(Instant::toEpochMilli).orElse(System.currentTimeMillis());
        RootCommand.WindowLauncher window = dataFile -> {
            Logs.toFolder(dataFile.getParent());
            writeClassArchiveLater();
            new Gui(dataFile, ThiDua::open, new H2Recovery(), new DataFileTool(), jvmStart).runUntilClosed();
            return 0;
        };
        // Opening the window is what the secretary does, and it goes straight there: the
        // command-line parser costs ~0.2 s of class loading and reflection before the first frame
        // (docs/decisions/0004-installers-and-start-up.md). Anything else goes through picocli.
        DataLocation windowOnly = windowOnlyLocation(args);
        if (windowOnly != null) {
            int code;
            try {
                code = windowOnly instanceof DataLocation.File file ? window.run(file.path())
                        : openWindowOnServer((DataLocation.Server) windowOnly, jvmStart);
            } catch (Exception e) {
                // Reported as the command line reports an unexpected fault (cli.Failures).
                Texts texts = Texts.vietnamese();
                String ref = Incidents.reference(Logger.getLogger(ThiDua.class.getName()), e);
                System.err.println(texts.t("cli.error") + " " + texts.t("error.unexpected", ref));
                code = 3;
            }
            System.exit(code);
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        RootCommand root = new RootCommand(ThiDua::openForCommandLine, new H2Recovery(), new DataFileTool(), window,
                new PoiImportFiles());
        int code = RootCommand.execute(root, out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The window over a server's database: its log goes to the user's ThiDua folder; no class archive, no file. */
    private static int openWindowOnServer(DataLocation.Server server, long jvmStart) throws InterruptedException {
        Logs.toFolder(DataLocation.defaultFile().getParent());
        new Gui(server, ThiDua::open, new H2Recovery(), new DataFileTool(), jvmStart).runUntilClosed();
        return 0;
    }

    /**
     * When the installed program runs from a folder it may write (a per-user install on Windows,
     * an unpacked Linux image) and the class-data archive of its jars is missing or stale, makes
     * it, once, on a low-priority thread a while after the window has come: the next start opens
     * the data about twice as fast. The .deb makes it when installing (`thidua optimize`).
     */
    private static void writeClassArchiveLater() {
        Thread t = new Thread(() -> {
            Logger log = Logger.getLogger(ThiDua.class.getName());
            try {
                Thread.sleep(CLASS_ARCHIVE_DELAY.toMillis());
                Optional<ClassArchive> archive = ClassArchive.ofThisJvm();
                if (archive.isPresent() && archive.get().madeByTheProgram()) {
                    log.info("Writing the class-data archive of this installation: " + archive.get().local());
                    ClassArchive.Built built = archive.get().build(Duration.ofMinutes(5));
                    log.info("Class-data archive written: " + built.archive() + ", " + built.bytes() / 1024 + " KB in "
                            + built.millis() + " ms");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                log.log(Level.WARNING, "No class-data archive for this installation (the program only opens slower)", e);
            }
        }, "class-archive");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * The data file when the arguments only open the window ({@code []}, {@code --db FILE} or
     * {@code --db=FILE}), resolved as the command line resolves it; null for anything else.
     */
    static Path windowOnlyDataFile(String[] args) {
        return windowOnlyLocation(args) instanceof DataLocation.File file ? file.path() : null;
    }

    /**
     * Where the data is when the arguments only open the window: a data file, or a server's database
     * ({@code --db jdbc:postgresql://…}); null for anything else, which the command line then explains.
     */
    static DataLocation windowOnlyLocation(String[] args) {
        String db;
        if (args.length == 0) {
            db = null;
        } else if (args.length == 2 && args[0].equals("--db")) {
            db = args[1];
        } else if (args.length == 1 && args[0].startsWith("--db=")) {
            db = args[0].substring("--db=".length());
        } else {
            return null;
        }
        if (db != null && (db.isBlank() || db.startsWith("-"))) {
            return null;
        }
        try {
            // A name that is neither a file nor a server: the command line says what it is.
            return DataLocation.parse(db, System::getenv);
        } catch (InvalidPathException | AppException e) {
            return null;
        }
    }

    private static Workspace openForCommandLine(DataLocation location, char[] password) {
        // Quiet first: a folder where no log can be written must not put a line on the console.
        Logs.quietConsole();
        // A server's data has no folder of its own here: its log goes to the user's ThiDua folder, never the working one.
        Logs.toFolder(location instanceof DataLocation.File file ? file.path().toAbsolutePath().getParent()
                : DataLocation.defaultFile().getParent());
        return open(location, password);
    }

    /** Opens a bloc's data, a file or a server's database, and wires every use case over it. */
    public static Workspace open(DataLocation location, char[] password) {
        if (location instanceof DataLocation.File file) {
            return open(file.path(), password);
        }
        DataLocation.Server server = (DataLocation.Server) location;
        Database db = Database.open(server);
        try {
            BlocService blocs = new BlocService(new JdbcBlocStore(db, List.of(JdbcScoringStore.copyStep())));
            ScoringService scoring = new ScoringService(new JdbcScoringStore(db), blocs);
            // Backups of a server's database are the server's (pg_dump): BackupCommand and the window say so.
            BackupService backups = new BackupService(new ServerBackups(server), null, Clock.systemDefaultZone());
            ElectionService elections = new ElectionService(new JdbcElectionStore(db), blocs, scoring, kind -> { });
            JdbcAuditLog audit = new JdbcAuditLog(db);
            ReportService reports = new ReportService(blocs, scoring, elections, audit, new PoiDocuments(Optional.empty()),
                    Clock.systemDefaultZone());
            ImportService imports = new ImportService(blocs, scoring, elections, new JdbcImportStore(db),
                    new PoiImportFiles(), new JdbcReturnStore(db), Clock.systemDefaultZone());
            return new Workspace(server, blocs, scoring, elections, backups, audit, reports, imports, db)
                    .withCopies(new JdbcYearCopies(db)).withProvinceWorkbooks(new ProvinceWorkbook())
                    .withServerRoles(new JdbcServerRoles(db));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Opens a data file that has no password and wires every use case over it. */
    public static Workspace open(Path dataFile) {
        return open(dataFile, null);
    }

    /** Opens a data file and wires every use case over it. */
    public static Workspace open(Path dataFile, char[] password) {
        Database db = Database.open(dataFile, password);
        try {
            BlocService blocs = new BlocService(new JdbcBlocStore(db, List.of(JdbcScoringStore.copyStep())));
            ScoringService scoring = new ScoringService(new JdbcScoringStore(db), blocs);
            // A rehearsal copy's backups stay apart from the real file's and go with it (app.Rehearsal).
            boolean rehearsal = Rehearsal.isCopy(db.file());
            BackupService backups = new BackupService(new H2Backups(db), rehearsal ? Rehearsal.backupsFolder(db.file())
                    : db.file().resolveSibling(H2Recovery.FOLDER), Clock.systemDefaultZone());
            ElectionService elections = new ElectionService(new JdbcElectionStore(db), blocs, scoring,
                    backups::backup);
            JdbcAuditLog audit = new JdbcAuditLog(db);
            ReportService reports = new ReportService(blocs, scoring, elections, audit, new PoiDocuments(rehearsal
                    ? Optional.of(Texts.vietnamese().t("rehearsal.documentMark")) : Optional.empty()), Clock.systemDefaultZone());
            ImportService imports = new ImportService(blocs, scoring, elections, new JdbcImportStore(db),
                    new PoiImportFiles(), new JdbcReturnStore(db), Clock.systemDefaultZone());
            return new Workspace(db.file(), blocs, scoring, elections, backups, audit, reports, imports, db)
                    .withCopies(new JdbcYearCopies(db)).withProvinceWorkbooks(new ProvinceWorkbook());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
