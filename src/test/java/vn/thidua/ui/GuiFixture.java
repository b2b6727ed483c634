package vn.thidua.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.ThiDua;
import vn.thidua.app.Preferences;
import vn.thidua.app.SampleBloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.store.DataFileTool;
import vn.thidua.store.H2Recovery;
import vn.thidua.testing.TestData;

/** The real start-up (Gui) over a real file, for the tests of the window as the program starts it. */
final class GuiFixture {

    private GuiFixture() {
    }

    /** A data file holding the sample, left off (as the secretary would) on the sample's conference year. */
    static Path sampleLeftOnItsConferenceYear(Path dir) {
        TestData.openSample(dir).close();
        Path file = dir.resolve("test.mv.db");
        Preferences.besideData(file).put("lastBloc", SampleBloc.BLOC_CODE);
        Preferences.besideData(file).put("lastYear", String.valueOf(SampleBloc.YEAR));
        return file;
    }

    /** The window started over {@code file} as the program starts it. */
    static Gui start(Path file) throws Exception {
        FxToolkit.registerPrimaryStage();
        Gui gui = new Gui(file, ThiDua::open, new H2Recovery(), new DataFileTool(), System.currentTimeMillis());
        FxToolkit.setupFixture(gui::start);
        return gui;
    }

    /** Until the main window shows a chosen year (the start-up's last step). */
    static void waitForTheYear(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#yearChooser").tryQuery()
                .map(n -> ((ComboBox<?>) n).getValue() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The year the main window shows. */
    static int chosenYear(FxRobot robot) {
        return ((Season) robot.lookup("#yearChooser").queryAs(ComboBox.class).getValue()).year();
    }

    /** Closes the windows and the file the window left open. */
    static void close(Gui gui) throws Exception {
        FxToolkit.cleanupStages();
        if (gui != null && gui.openWorkspace() != null) {
            gui.openWorkspace().close();
        }
    }
}
