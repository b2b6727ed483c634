package vn.thidua.testing;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.ui.main.MainWindow;

/**
 * A screen test over the 2019 sample: before each test a copy of the sample in a new folder and the real main
 * window on it, opened on KTN 2019 as the secretary who last worked there finds it; after it, both closed. A
 * subclass's own {@code @BeforeEach} runs after this one's (e.g. to go to its screen).
 */
@ExtendWith(ApplicationExtension.class)
public abstract class SampleScreenTest {

    @TempDir
    protected Path dir;
    protected Workspace ws;
    protected MainWindow window;
    /** The sample's year, KTN 2019. */
    protected Season y2019;

    @BeforeEach
    protected final void openSampleWindow() throws Exception {
        ws = TestData.openSample(dir);
        y2019 = ws.blocs().requireSeason(ws.blocs().requireBloc(SampleBloc.BLOC_CODE), SampleBloc.YEAR);
        window = FxHarness.showMainWindow(ws, dir, SampleBloc.BLOC_CODE, SampleBloc.YEAR);
    }

    @AfterEach
    protected final void closeSampleWindow() throws Exception {
        try {
            FxHarness.close();
        } finally {
            if (ws != null) {
                ws.close();
            }
        }
    }

    /** Every background job done and its result on screen. */
    protected void idle() throws Exception {
        FxHarness.waitIdle(window.session());
    }

    /** Ctrl+{@code key} as the secretary presses it (Ctrl+1…7 a screen, Ctrl+S save…), then {@link #idle}. */
    protected void shortcut(FxRobot robot, KeyCode key) throws Exception {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        idle();
    }

    /** A member of the sample's 2019 by its code ({@code CT}, {@code XD}…). */
    protected Unit member(String code) {
        return ws.blocs().memberByCode(y2019, code).orElseThrow();
    }

    /** The text of the label {@code id}. */
    protected String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
