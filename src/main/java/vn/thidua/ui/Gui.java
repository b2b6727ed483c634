package vn.thidua.ui;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import vn.thidua.app.AppException;
import vn.thidua.app.DataFileException;
import vn.thidua.app.DataLocation;
import vn.thidua.app.DataFiles;
import vn.thidua.app.FirstRun;
import vn.thidua.app.Preferences;
import vn.thidua.app.BackupService;
import vn.thidua.app.Recovery;
import vn.thidua.app.Rehearsal;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Texts;
import vn.thidua.app.Workspace;
import vn.thidua.app.WorkspaceOpener;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.ui.common.Fonts;
import vn.thidua.ui.common.FxDialogService;
import vn.thidua.ui.common.PasswordDialogs;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.Tasks;
import vn.thidua.ui.main.MainWindow;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Starts the window. The first frame is drawn before the data file is opened (H2's first open
 * in a JVM takes longer than a window), then the main window fills in. Opening the file on a
 * thread of its own while JavaFX starts was measured twice and not kept: on two cores the first
 * window came later (JDK 17: ~130 ms; JDK 25 with its cache: 1.17×) and the filled one hardly
 * sooner (docs/decisions/0004, 0010). The automatic backup is taken once the window is filled,
 * or before the first write if one comes sooner ({@link BackupService#armAutomatic()}).
 */
public final class Gui {

    private static final Logger LOG = Logger.getLogger(Gui.class.getName());
    // Where the data is: a file, or a server's database (with no password: that is kept in password only).
    private volatile DataLocation location;
    private final WorkspaceOpener opener;
    private final Recovery recovery;
    private final DataFiles dataFiles;
    private final AtomicReference<char[]> password = new AtomicReference<>();
    private final long jvmStartMillis;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicReference<Workspace> workspace = new AtomicReference<>();
    private boolean readyLogged; // FX thread
    private final Rehearsal rehearsal;
    // On a server, the window's preferences (language, where the secretary left off) stay on this computer,
    // beside the user's own data file.
    private Path serverPreferencesBeside = DataLocation.defaultFile();
    private MainWindow window; // FX thread: the window over the open file
    private boolean closing; // FX thread: a close waits for the saves it set off
    private boolean putOff; // FX thread: a close was put off once by a refused save
    private volatile boolean ownsToolkit; // started by runUntilClosed: its close ends JavaFX too
    private String nextStatus; // FX thread
    private Previous previous; // FX thread: while a server chosen in the window is opening: said once the file opened again (a rehearsal begun or ended)

    public Gui(Path dataFile, WorkspaceOpener opener, Recovery recovery, DataFiles dataFiles, long jvmStartMillis) {
        this(new DataLocation.File(dataFile), opener, recovery, dataFiles, jvmStartMillis);
    }

    /**
     * @param location a data file, or a database on a PostgreSQL server (its password, if the URL or the
     *                 environment gave one, is used; when the server asks for one and none is given, the window asks)
     */
    public Gui(DataLocation location, WorkspaceOpener opener, Recovery recovery, DataFiles dataFiles, long jvmStartMillis) {
        if (location instanceof DataLocation.Server server && server.password() != null) {
            this.location = new DataLocation.Server(server.url(), server.user(), null);
            this.password.set(server.password().toCharArray());
        } else {
            this.location = location;
        }
        this.opener = opener;
        this.recovery = recovery;
        this.dataFiles = dataFiles;
        this.jvmStartMillis = jvmStartMillis;
        this.rehearsal = new Rehearsal(dataFiles);
    }

    /** Shows the window and returns when it is closed. */
    public void runUntilClosed() throws InterruptedException {
        Platform.setImplicitExit(false);
        renderingDefaults();
        ownsToolkit = true;
        Platform.startup(this::start);
        finished.await();
    }

    /**
     * Opens the data file (made with the sample on a first run; the rehearsal copy while one is
     * under way) and arms its automatic backup.
     */
    private Opened openFile() {
        if (location instanceof DataLocation.Server server) {
            // No first run, rehearsal or automatic backup on a server: its administrator keeps its backups.
            char[] pw = password.get();
            return new Opened(opener.open(new DataLocation.Server(server.url(), server.user(),
                    pw == null ? null : new String(pw)), null), false);
        }
        Path dataFile = dataFile();
        // A first run makes the data file with the sample in it, whole or not at all (FirstRun).
        boolean firstRun = password.get() == null && FirstRun.createWithSample(dataFile, opener);
        // A rehearsal copy that is there (begun from the command line, or left by a window closed or
        // killed while rehearsing) is opened, still a rehearsal with its band: see app.Rehearsal.
        boolean rehearsing = Rehearsal.underWay(dataFile);
        Workspace ws = opener.open(rehearsing ? Rehearsal.copyOf(dataFile) : dataFile, password.get());
        ws.backups().armAutomatic();
        return new Opened(ws, firstRun);
    }

    /** The open file, and whether this run made it (with the sample). */
    private record Opened(Workspace ws, boolean firstRun) {
    }

    /**
     * JavaFX settings of the program, set before the toolkit starts unless given on the command line.
     * {@code prism.disableRegionCaching}: with the software renderer (no usable graphics card:
     * Xvfb, virtual machines, old drivers) JavaFX caches control backgrounds in 8 MB bitmaps on
     * the Java heap and redraws them as sizes change; without the cache the scoreboard scrolls at
     * the screen's rate (median frame 16.7 ms against 22) and the heap is ~10 MB smaller
     * (docs/decisions/0004).
     */
    public static void renderingDefaults() {
        if (System.getProperty("prism.disableRegionCaching") == null) {
            System.setProperty("prism.disableRegionCaching", "true");
        }
    }

    void start() {
        // Before the first scene: every style sheet names the shipped font.
        Fonts.load();
        Preferences prefs = location instanceof DataLocation.File f ? Preferences.besideData(f.path())
                : Preferences.besideData(serverPreferencesBeside);
        Texts texts = Texts.forLanguage(prefs.language());
        Stage stage = new Stage();
        stage.setTitle(texts.t("app.windowTitle"));
        Label opening = new Label(texts.t("startup.opening", Session.where(texts, location)));
        opening.setId("startupLabel");
        StackPane splash = new StackPane(opening);
        splash.setAlignment(Pos.CENTER);
        stage.setScene(MainWindow.startScene(splash));
        stage.setOnShown(e -> LOG.info("ThiDua started in " + (System.currentTimeMillis() - jvmStartMillis) + " ms"));
        AtomicReference<Texts> currentTexts = new AtomicReference<>(texts);
        FxDialogService dialogs = new FxDialogService(currentTexts::get, () -> stage);
        Tasks tasks = new Tasks(dialogs);
        stage.setOnCloseRequest(e -> {
            // shutdown hides the window and ends the toolkit; JavaFX's own hide after it threw
            // "Not on FX application thread" when the window was closed by its close box.
            e.consume();
            closeWhenSaved(stage, tasks);
        });
        stage.show();
        openData(stage, prefs, texts, currentTexts, dialogs, tasks);
    }

    private void openData(Stage stage, Preferences prefs, Texts texts, AtomicReference<Texts> currentTexts,
                          FxDialogService dialogs, Tasks tasks) {
        tasks.run(() -> {
            Opened opened = openFile();
            Workspace ws = opened.ws();
            workspace.set(ws);
            // A server's empty database is left empty: a shared server is not the place for the sample.
            if (opened.firstRun() || (!(ws.location() instanceof DataLocation.Server) && ws.sample().createIfEmpty())) {
                // A first run opens on the sample's conference year, as the secretary would.
                prefs.put("lastBloc", SampleBloc.BLOC_CODE);
                prefs.put("lastYear", String.valueOf(SampleBloc.YEAR));
            }
            return ws;
        }, ws -> {
            Session session = new Session(ws, prefs, tasks, dialogs, texts);
            session.textsProperty().addListener((o, a, b) -> currentTexts.set(b));
            if (window != null) {
                window.projectorWindow().stage().hide(); // the room's window of the file closed before
            }
            // A window built again (another file or server, a restore, a rehearsal) takes a new scene of the
            // first size: the size the secretary gave the window is kept.
            double width = stage.getWidth();
            double height = stage.getHeight();
            MainWindow main = new MainWindow(stage, session);
            if (window != null && !stage.isMaximized() && !stage.isFullScreen()) {
                stage.setWidth(width);
                stage.setHeight(height);
            }
            window = main;
            Runnable reopen = () -> openData(stage, prefs, texts, currentTexts, dialogs, tasks);
            if (ws.location() instanceof DataLocation.File f && Rehearsal.isCopy(f.path())) {
                // A copy's password and backups are the real file's business, not the rehearsal's.
                String said = nextStatus != null ? nextStatus
                        : session.t("rehearsal.resumed", ws.dataFile().getFileName().toString());
                session.statusProperty().set(said);
                LOG.info(nextStatus != null ? "Rehearsing on " + ws.dataFile()
                        : "A rehearsal copy was there at start: opened as a rehearsal, " + ws.dataFile());
            } else {
                main.onPasswordChange(() -> changePassword(stage, session, reopen));
                main.onRestore(zip -> restoreBackup(session, zip, reopen));
                if (nextStatus != null) {
                    session.statusProperty().set(nextStatus);
                }
            }
            nextStatus = null;
            main.onRehearsal(year -> startRehearsal(session, year, reopen), () -> endRehearsal(session, reopen));
            main.onOpenServer((server, pw) -> openServer(session, server, pw, reopen));
            main.onOpenFile(file -> openDataFile(session, file, reopen));
            if (ws.location() instanceof DataLocation.Server server) {
                prefs.rememberServer(server); // without its password
            }
            previous = null;
            LOG.info("Main window built over the data in " + (System.currentTimeMillis() - jvmStartMillis) + " ms");
            // The automatic backup after the first screen's reads: behind them on the data thread.
            Runnable backup = ws.location() instanceof DataLocation.Server ? () -> { }
                    : () -> tasks.run(() -> ws.backups().automaticIfDue(), taken -> { });
            logWhenReady(stage, session, backup);
        }, error -> offerRecovery(error, stage, texts, dialogs, tasks,
                () -> openData(stage, prefs, texts, currentTexts, dialogs, tasks)));
    }

    /**
     * "ready": the first frame laid out with the chosen year's data in it and nothing left loading,
     * when the secretary can work (issue 18 compares it with hello-world). The window's start-up jobs
     * (blocs, years, the first screen's data, the audit chain's check) are queued as it is built, so
     * the data thread idle with a year chosen means their results are on screen.
     */
    private void logWhenReady(Stage stage, Session session, Runnable then) {
        if (readyLogged) {
            then.run();
            return; // a file opened again (password, restore) is not the start
        }
        Scene scene = stage.getScene();
        // A last result that changes nothing on screen asks for no pulse: ask for one.
        ChangeListener<Boolean> idle = (o, was, busy) -> {
            if (!busy) {
                Platform.requestNextPulse();
            }
        };
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (!readyLogged && session.tasks().isIdle() && session.season() != null) {
                readyLogged = true;
                scene.removePostLayoutPulseListener(check[0]);
                session.tasks().busyProperty().removeListener(idle);
                LOG.info("ThiDua ready in " + (System.currentTimeMillis() - jvmStartMillis) + " ms");
                then.run();
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        session.tasks().busyProperty().addListener(idle);
    }

    /**
     * A file that cannot be opened: say why, and when a readable backup exists, offer to put it
     * in place (the unreadable file is kept aside). Otherwise close, changing nothing.
     */
    private void offerRecovery(Throwable error, Stage stage, Texts texts, FxDialogService dialogs, Tasks tasks,
                               Runnable retry) {
        if (location instanceof DataLocation.Server server) {
            serverRefused(error, server, stage, texts, dialogs, retry);
            return;
        }
        Path dataFile = dataFile();
        DataFileException.Kind kind = DataFileException.kindOf(error);
        Previous back = previous;
        if (kind == DataFileException.Kind.PASSWORD) {
            Optional<char[]> pw = PasswordDialogs.ask(stage, texts, dialogs.describe(error));
            if (pw.isPresent()) {
                password.set(pw.get());
                retry.run();
            } else if (back != null) {
                goBack(back, retry);
            } else {
                shutdown(stage);
            }
            return;
        }
        if (back != null) {
            // A file chosen in the window that does not open: said, and the data open before comes back;
            // the file's recovery is offered when the program is started on it.
            dialogs.showError(error);
            goBack(back, retry);
            return;
        }
        if (kind == null) {
            dialogs.showError(error);
            shutdown(stage);
            return;
        }
        boolean behind = kind == DataFileException.Kind.BEHIND;
        tasks.run(() -> new Offer(recovery.newestGoodBackup(dataFile), recovery.current(dataFile)), offer -> {
            StringBuilder text = new StringBuilder(dialogs.describe(error));
            List<String> options = new ArrayList<>();
            List<Runnable> actions = new ArrayList<>();
            if (behind) {
                options.add(texts.t("recovery.openAsIs"));
                actions.add(() -> tasks.run(() -> {
                    recovery.acceptAsItIs(dataFile);
                    return Boolean.TRUE;
                }, ok -> {
                    LOG.warning("Opened " + dataFile + " as it is, behind its last write");
                    retry.run();
                }));
            }
            if (offer.backup().isPresent()) {
                Recovery.Found f = offer.backup().get();
                text.append("\n\n").append(texts.t("recovery.offer", f.zip().getFileName().toString(),
                        VnFormat.formatDateTime(f.taken()), f.contents().blocs(), f.contents().years(),
                        f.contents().elections(), f.contents().ballots()));
                offer.current().ifPresent(now -> BackupService.undone(f.contents(), now).forEach(u ->
                        text.append("\n• ").append(texts.t(u.key(), u.args().toArray()))));
                options.add(texts.t("recovery.restore", f.zip().getFileName().toString()));
                actions.add(() -> tasks.run(() -> recovery.restore(f.zip(), dataFile), aside -> {
                    LOG.info("Restored " + f.zip() + " over " + dataFile + "; the file before is kept as " + aside);
                    retry.run();
                }));
            }
            if (options.isEmpty()) {
                dialogs.showError(error);
                shutdown(stage);
                return;
            }
            options.add(texts.t("recovery.quit"));
            Optional<Integer> chosen = dialogs.choose(texts.t("recovery.title"), text.toString(), options);
            if (chosen.isPresent() && chosen.get() < actions.size()) {
                actions.get(chosen.get()).run();
            } else {
                dialogs.showInfo(texts.t("recovery.title"), texts.t("recovery.nothingChanged", dataFile.toString()));
                shutdown(stage);
            }
        });
    }

    /**
     * A server's database that does not open. When it refuses the user's password (or asks for one and
     * none was given) the window asks for it, again after a wrong one, until it opens or the secretary
     * cancels; the password stays in memory only. Anything else is said, and the window closes.
     */
    private void serverRefused(Throwable error, DataLocation.Server server, Stage stage, Texts texts,
                               FxDialogService dialogs, Runnable retry) {
        Previous back = previous;
        if (error instanceof AppException a && "data.error.serverLogin".equals(a.key())) {
            String user = server.user() == null ? System.getProperty("user.name") : server.user();
            String message = password.get() == null ? texts.t("server.password.needed", Session.where(texts, server), user)
                    : texts.t("server.password.wrong", Session.where(texts, server), user);
            Optional<char[]> pw = PasswordDialogs.ask(stage, texts, texts.t("server.password.title"), message);
            if (pw.isPresent()) {
                password.set(pw.get());
                retry.run();
            } else if (back != null) {
                goBack(back, retry);
            } else {
                shutdown(stage);
            }
            return;
        }
        dialogs.showError(error);
        if (back != null) {
            goBack(back, retry);
        } else {
            shutdown(stage);
        }
    }

    /** A server or a file chosen in the window that did not open: the data open before is opened again. */
    private void goBack(Previous back, Runnable reopen) {
        previous = null;
        location = back.location();
        password.set(back.password());
        reopen.run();
    }

    /** Where the data was before the secretary chose a server or a file, to go back to if it does not open. */
    private record Previous(DataLocation location, char[] password) {
    }

    /** "Mở cơ sở dữ liệu trên máy chủ…": the data open now is closed and the server's opened in the same window. */
    private void openServer(Session session, DataLocation.Server server, char[] pw, Runnable reopen) {
        closeThenReopen(session, false, ws -> { }, () -> Boolean.TRUE, ok -> {
            previous = new Previous(location, password.get());
            location = server;
            password.set(pw);
        }, reopen);
    }

    /**
     * "Mở tệp dữ liệu…": the data open now (a server's, or another file) is closed and {@code file} opened in
     * the same window; a file that does not open (a password refused or not given, a broken file) is said, and
     * the data open before is opened again.
     */
    private void openDataFile(Session session, Path file, Runnable reopen) {
        closeThenReopen(session, false, ws -> { }, () -> Boolean.TRUE, ok -> {
            previous = new Previous(location, password.get());
            location = new DataLocation.File(file.toAbsolutePath());
            password.set(null);
        }, reopen);
    }

    /**
     * What restore, rehearsal, a new password and a change of data (server or file) share: refused on a server
     * when {@code fileOnly} (a data file's business); else the data open now closed on the data thread (after
     * {@code beforeClose}), {@code work} done there, {@code then} on the FX thread, and the window opened again
     * over what is now to be opened. An error is said, and the data is opened again as it was.
     */
    private <T> void closeThenReopen(Session session, boolean fileOnly, Consumer<Workspace> beforeClose,
                                     Callable<T> work, Consumer<T> then, Runnable reopen) {
        if (fileOnly && session.refusedOnServer()) {
            return;
        }
        session.tasks().run(() -> {
            Workspace ws = workspace.getAndSet(null);
            if (ws != null) {
                beforeClose.accept(ws);
                ws.close();
            }
            return work.call();
        }, result -> {
            then.accept(result);
            reopen.run();
        }, error -> {
            session.dialogs().showError(error);
            reopen.run();
        });
    }

    /** The data file; only the file's own actions ask for it (a server's are refused before, see Session.refusedOnServer). */
    private Path dataFile() {
        if (location instanceof DataLocation.File f) {
            return f.path();
        }
        throw new AppException("data.error.fileOnly", location.display());
    }

    /** What can be offered for a file that does not open: the newest readable backup, and the file as it is. */
    private record Offer(Optional<Recovery.Found> backup, Optional<BackupService.Contents> current) {
    }

    /**
     * Sets, changes or removes the file's password: the file is closed, re-encrypted by H2, and
     * opened again with the new password; the window is rebuilt over it.
     */
    private void changePassword(Stage stage, Session session, Runnable reopen) {
        if (session.refusedOnServer()) {
            return;
        }
        Path dataFile = dataFile();
        boolean encrypted = dataFiles.isEncrypted(dataFile);
        Optional<PasswordDialogs.Change> change = PasswordDialogs.change(stage, session.texts(), encrypted);
        if (change.isEmpty()) {
            return;
        }
        char[] old = encrypted ? change.get().current() : null;
        closeThenReopen(session, false, ws -> { }, () -> {
            try {
                dataFiles.changePassword(dataFile, old, change.get().next());
                password.set(change.get().next());
            } catch (RuntimeException e) {
                // The file keeps its old password: open it again as it was before reporting.
                password.set(old);
                throw e;
            }
            return Boolean.TRUE;
        }, ok -> nextStatus = session.t("password.changed"), reopen); // said by the window built again
    }

    /**
     * Puts a backup in place of the data file: the current state is backed up first, the file
     * closed, the backup moved in (the old file kept aside), and the file opened again.
     */
    private void restoreBackup(Session session, Path zip, Runnable reopen) {
        closeThenReopen(session, true, ws -> ws.backups().backup("truoc-khoi-phuc"),
                () -> recovery.restore(zip, dataFile()),
                aside -> LOG.info("Restored " + zip + "; the file before is kept as " + aside), reopen);
    }

    /** "Diễn tập…": the file closed, copied into its rehearsal copy (the year's elections left out if asked), the copy opened. */
    private void startRehearsal(Session session, OptionalInt withoutElectionsOf, Runnable reopen) {
        closeThenReopen(session, true, ws -> { },
                () -> rehearsal.start(dataFile(), password.get(), withoutElectionsOf),
                started -> nextStatus = withoutElectionsOf.isPresent()
                        ? session.t("rehearsal.started.removed", started.copy().getFileName().toString(),
                        started.electionsRemoved(), String.valueOf(withoutElectionsOf.getAsInt()))
                        : session.t("rehearsal.started", started.copy().getFileName().toString()), reopen);
    }

    /** "Kết thúc diễn tập": the copy closed and discarded, the real file (not opened meanwhile) opened again. */
    private void endRehearsal(Session session, Runnable reopen) {
        // The file's name only: the status bar also shows the whole path, and a long line is cut.
        closeThenReopen(session, true, ws -> { }, () -> rehearsal.end(dataFile()),
                ended -> nextStatus = session.t(ended.untouched() ? "rehearsal.ended" : "rehearsal.ended.changed",
                        ended.dataFile().getFileName().toString()), reopen);
    }

    /** Where a server's window keeps its preferences (tests keep them in their own folder). */
    /** Whether the window was closed (its file closed with it). */
    boolean closed() {
        return finished.getCount() == 0;
    }

    void serverPreferencesBeside(Path file) {
        this.serverPreferencesBeside = file;
    }

    /** The open data file (the rehearsal copy while rehearsing); null while none is. */
    Workspace openWorkspace() {
        return workspace.get();
    }

    /**
     * The close box: what is typed in a field the screens save on leaving (a figure on Chỉ tiêu or Chấm điểm) is
     * saved first, as if the secretary had tabbed away, and the window closes once the data thread has written it.
     * If that save is refused or fails, the window stays open with the reason on screen and nothing is lost, once:
     * the next close saves what was corrected and closes whatever the outcome (a data file that cannot be written
     * must not keep the window from closing). A second close while the first waits closes at once.
     */
    private void closeWhenSaved(Stage stage, Tasks tasks) {
        if (closing) {
            shutdown(stage);
            return;
        }
        closing = true;
        int failed = tasks.failures();
        Scene scene = stage.getScene();
        Node field = scene == null ? null : scene.getFocusOwner();
        if (field instanceof TextInputControl) {
            scene.getRoot().requestFocus(); // the field is left: its row saves, as on Tab
        }
        tasks.whenIdle(() -> {
            if (tasks.failures() > failed && window != null && !putOff) {
                closing = false;
                putOff = true; // once: the next close saves what it can and closes whatever the outcome
                LOG.info("Close put off: a save set off by the close was refused or failed");
                window.session().statusProperty().set(window.session().t("app.closePutOff"));
                if (field instanceof TextInputControl && field.getScene() == stage.getScene()) {
                    field.requestFocus(); // back where the refused figure is, to correct it
                }
                return;
            }
            shutdown(stage);
        });
    }

    private void shutdown(Stage stage) {
        stage.hide();
        Workspace ws = workspace.getAndSet(null);
        if (ws != null) {
            try {
                ws.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing the data file", e);
            }
        }
        if (ownsToolkit) {
            Platform.exit();
        }
        finished.countDown();
    }
}
