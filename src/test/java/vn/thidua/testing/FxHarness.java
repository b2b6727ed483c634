package vn.thidua.testing;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Preferences;
import vn.thidua.app.Texts;
import vn.thidua.app.Workspace;
import vn.thidua.ui.common.Fonts;
import vn.thidua.ui.common.FxDialogService;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.Tasks;
import vn.thidua.ui.main.MainWindow;

/** The real main window over a real data file, wired as {@code Gui} wires it, for TestFX. */
public final class FxHarness {

    private FxHarness() {
    }

    public static MainWindow showMainWindow(Workspace ws, Path prefsFile) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            window.set(new MainWindow(stage, session(ws, prefsFile, stage)));
            stage.show();
            stage.toFront();
        });
        waitIdle(window.get().session());
        return window.get();
    }

    /**
     * The main window over {@code ws} opened on {@code bloc}'s {@code year}, as the secretary who last worked there
     * finds it (the choice kept in {@code dir/prefs.properties}).
     */
    public static MainWindow showMainWindow(Workspace ws, Path dir, String bloc, int year) throws Exception {
        Path prefsFile = dir.resolve("prefs.properties");
        Preferences prefs = new Preferences(prefsFile);
        prefs.put("lastBloc", bloc);
        prefs.put("lastYear", Integer.toString(year));
        return showMainWindow(ws, prefsFile);
    }

    /** A session over {@code ws}, in Vietnamese, wired as {@code Gui} wires it. On the FX thread. */
    public static Session session(Workspace ws, Path prefsFile, Stage stage) {
        Fonts.load();
        Texts texts = Texts.vietnamese();
        FxDialogService dialogs = new FxDialogService(() -> texts, () -> stage);
        return new Session(ws, new Preferences(prefsFile), new Tasks(dialogs), dialogs, texts);
    }

    /** Waits until every background job has finished and its result is on screen. */
    public static void waitIdle(Session session) throws Exception {
        // Idle is read on the FX thread, where a job's result is shown: when it says idle, every result
        // queued before is on screen, and a job that result started would have made it busy again.
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> session.tasks().isIdle()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void close() throws Exception {
        FxToolkit.cleanupStages();
    }
}
