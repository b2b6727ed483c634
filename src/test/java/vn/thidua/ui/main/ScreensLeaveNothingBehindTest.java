package vn.thidua.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Workspace;
import vn.thidua.testing.FxHarness;
import vn.thidua.testing.TestData;

/**
 * A conference day switches screens hundreds of times: every visit builds a new view over models
 * that live as long as the window. A view that stays attached to them is never collected and keeps
 * redrawing; this walks the screens 50 times and the language there and back, then asks the
 * collector for every view that is no longer on screen.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensLeaveNothingBehindTest {

    private static final String[] SCREENS = {"unitsScreen", "indicatorsScreen", "scoringScreen", "scoreboardScreen",
        "electionsScreen", "reportsScreen", "provinceScreen"};
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7};

    @TempDir
    Path dir;
    Workspace ws;
    MainWindow window;

    @BeforeEach
    void open() throws Exception {
        ws = TestData.openSample(dir);
        window = FxHarness.showMainWindow(ws, dir.resolve("prefs.properties"));
    }

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
        ws.close();
    }

    @Test
    void fiftySwitchesAndTwoLanguagesLeaveNoListenerOnTheLongLivedModels(FxRobot robot) throws Exception {
        // Every screen once, so that every model made on a first visit exists before counting.
        for (int s = 0; s < SCREENS.length; s++) {
            visit(robot, s);
        }
        visit(robot, 0);
        FxHarness.waitIdle(window.session());
        Map<String, Integer> before = ListenerCount.strongListeners(longLived());
        assertThat(before).as("the walk finds the models' properties").hasSizeGreaterThan(20);

        for (int i = 0; i < 50; i++) {
            visit(robot, i % SCREENS.length);
            if (i == 20) {
                robot.interact(() -> window.changeLanguage("en"));
            } else if (i == 35) {
                robot.interact(() -> window.changeLanguage("vi"));
            }
        }
        visit(robot, 0);
        FxHarness.waitIdle(window.session());
        Map<String, Integer> after = ListenerCount.strongListeners(longLived());
        Map<String, String> grown = new LinkedHashMap<>();
        after.forEach((where, n) -> {
            int was = before.getOrDefault(where, 0);
            if (n > was) {
                grown.put(where, was + " → " + n);
            }
        });
        assertThat(grown).as("listeners added to models that outlive the views, and never removed").isEmpty();
    }

    private void visit(FxRobot robot, int screen) {
        robot.press(KeyCode.CONTROL).type(DIGITS[screen]).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + SCREENS[screen]).tryQuery()).as(SCREENS[screen]).isPresent();
    }

    /** What lives as long as the window: the session and the models the window keeps across languages. */
    private List<Object> longLived() throws Exception {
        List<Object> roots = new ArrayList<>();
        roots.add(window.session());
        for (String field : List.of("vm", "units", "projector", "elections", "projectorScoreboard")) {
            var f = MainWindow.class.getDeclaredField(field);
            f.setAccessible(true);
            roots.add(f.get(window));
        }
        return roots;
    }
}
