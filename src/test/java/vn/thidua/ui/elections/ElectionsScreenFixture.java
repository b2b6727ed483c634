package vn.thidua.ui.elections;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Workspace;
import vn.thidua.testing.FxHarness;
import vn.thidua.testing.TestData;
import vn.thidua.app.Preferences;
import vn.thidua.ui.main.MainWindow;

/**
 * The real main window on a real data file in a temporary folder, opened where the secretary left
 * off, on the elections screen (Ctrl+5); closed after each test. By default the file is the 2019
 * sample and the window opens on bloc KTN, 2019; a test class changes either by overriding
 * {@link #openData}, {@link #blocCode} and {@link #year}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class ElectionsScreenFixture {

    @TempDir
    Path dir;
    Workspace ws;
    MainWindow window;
    ElectionsUi ui;

    /** The data file the window opens on. */
    Workspace openData(Path folder) throws Exception {
        return TestData.openSample(folder);
    }

    String blocCode() {
        return SampleBloc.BLOC_CODE;
    }

    int year() {
        return SampleBloc.YEAR;
    }

    /** What happens to the window before it goes to the elections screen: nothing, unless a class says. */
    void beforeElectionsScreen() throws Exception {
    }

    @BeforeEach
    void showElectionsScreen(FxRobot robot) throws Exception {
        ws = openData(dir);
        Path prefs = dir.resolve("prefs.properties");
        new Preferences(prefs).put("lastBloc", blocCode());
        new Preferences(prefs).put("lastYear", String.valueOf(year()));
        window = FxHarness.showMainWindow(ws, prefs);
        ui = new ElectionsUi(robot, window, ws);
        beforeElectionsScreen();
        ui.openElectionsScreen();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxHarness.close();
        ws.close();
    }
}
