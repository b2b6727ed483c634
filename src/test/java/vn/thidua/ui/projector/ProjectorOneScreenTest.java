package vn.thidua.ui.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Preferences;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Workspace;
import vn.thidua.testing.FxHarness;
import vn.thidua.testing.TestData;
import vn.thidua.ui.main.MainWindow;

/**
 * A laptop alone (Monocle has one screen): the room's window is small, in a corner clear of the count,
 * the tally and the operator's preview; Ctrl+F5 moves it round the corners; the keyboard stays with
 * the operator.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorOneScreenTest {

    @TempDir
    Path dir;
    Workspace ws;
    MainWindow window;

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        ws = TestData.openSample(dir);
        Path prefs = dir.resolve("prefs.properties");
        new Preferences(prefs).put("lastBloc", SampleBloc.BLOC_CODE);
        new Preferences(prefs).put("lastYear", String.valueOf(SampleBloc.YEAR));
        window = FxHarness.showMainWindow(ws, prefs);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#electionsTable").tryQuery().isPresent());
        FxHarness.waitIdle(window.session());
        robot.clickOn("Cờ thi đua của Chính phủ").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#countingPage").tryQuery().isPresent());
        FxHarness.waitIdle(window.session());
    }

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
        ws.close();
    }

    private static Rectangle2D onScreen(Node n) {
        Bounds b = n.localToScreen(n.getLayoutBounds());
        return new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    private static Rectangle2D of(Stage s) {
        return new Rectangle2D(s.getX(), s.getY(), s.getWidth(), s.getHeight());
    }

    private void assertClearOfTheCount(FxRobot robot, Stage room) {
        Rectangle2D where = of(room);
        for (String id : List.of("#projectorControls", "#projectorPreview", "#tallyProgress", "#ballotInput", "#countsBar")) {
            Node n = robot.lookup("#countingPage " + id).query();
            assertThat(where.intersects(onScreen(n))).as("the room's window %s over %s %s", where, id, onScreen(n))
                    .isFalse();
        }
    }

    @Test
    void f5OpensASmallWindowClearOfTheCountAndTheKeyboardStaysWithTheOperator(FxRobot robot) throws Exception {
        assertThat(Screen.getScreens()).hasSize(1);
        Stage room = window.projectorWindow().stage();
        robot.type(KeyCode.F5);
        FxHarness.waitIdle(window.session());
        assertThat(room.isShowing()).isTrue();
        assertThat(room.isFullScreen()).isFalse();
        Rectangle2D screen = Screen.getPrimary().getBounds();
        assertThat(screen.contains(of(room))).isTrue();
        assertThat(room.getWidth()).as("a part of the screen").isLessThanOrEqualTo(screen.getWidth() / 3);
        assertClearOfTheCount(robot, room);
        // Monocle reports a newly shown window as focused whatever follows; the real window's focus is
        // checked by tools/replay-conference.sh (xdotool).
        assertThat(window.stage().isFocused()).as("the operator's window has the keyboard").isTrue();
        assertThat(window.stage().getScene().getFocusOwner()).isNotNull();
    }

    @Test
    void ctrlF5MovesTheWindowRoundTheCornersOfTheScreenAndItIsRemembered(FxRobot robot) throws Exception {
        Stage room = window.projectorWindow().stage();
        robot.type(KeyCode.F5);
        FxHarness.waitIdle(window.session());
        Set<String> places = new HashSet<>();
        places.add(room.getX() + "," + room.getY());
        for (int i = 0; i < 4; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.F5).release(KeyCode.CONTROL);
            FxHarness.waitIdle(window.session());
            assertThat(room.isShowing()).as("still open after Ctrl+F5").isTrue();
            assertThat(Screen.getPrimary().getBounds().contains(of(room))).isTrue();
            assertThat(window.stage().isFocused()).isTrue();
            places.add(room.getX() + "," + room.getY());
        }
        assertThat(places).as("four corners, then back to the first").hasSize(4);
        robot.press(KeyCode.CONTROL).type(KeyCode.F5).release(KeyCode.CONTROL);
        FxHarness.waitIdle(window.session());
        String corner = window.session().preferences().get(ProjectorWindow.CORNER_PREFERENCE).orElseThrow();
        // Closed and opened again: the same corner.
        robot.type(KeyCode.F5);
        FxHarness.waitIdle(window.session());
        double x = room.getX();
        robot.type(KeyCode.F5);
        FxHarness.waitIdle(window.session());
        assertThat(room.isShowing()).isTrue();
        assertThat(room.getX()).isEqualTo(x);
        assertThat(window.session().preferences().get(ProjectorWindow.CORNER_PREFERENCE)).contains(corner);
    }
}
