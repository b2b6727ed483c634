package vn.thidua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.ThiDua;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.indicator.Indicator;

/**
 * The window closed by its close box while a figure is still in its field (typed, not yet left with Tab or
 * Enter): the screens save a row when it is left, so the close saves it first and the file holds it; a figure
 * that is refused keeps the window open with the reason, and a second close closes without it.
 */
@ExtendWith(ApplicationExtension.class)
class GuiCloseTest {

    @TempDir
    Path dir;
    Gui gui;
    Path file;

    @AfterEach
    void close() throws Exception {
        GuiFixture.close(gui);
    }

    /** The sample's window on Chỉ tiêu of Sở Công Thương, 2019, as the secretary gets there. */
    private void openIndicatorsOfCt(FxRobot robot) throws Exception {
        file = GuiFixture.sampleLeftOnItsConferenceYear(dir);
        gui = GuiFixture.start(file);
        GuiFixture.waitForTheYear(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        idle(robot);
        robot.press(KeyCode.ALT).type(KeyCode.V).release(KeyCode.ALT).type(KeyCode.DOWN);
        idle(robot);
    }

    private static void idle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#statusBar .progress-indicator")
                .queryAs(ProgressIndicator.class).isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** As the window manager does for the close box. */
    private static void closeBox(FxRobot robot) {
        Stage stage = (Stage) robot.lookup("#mainWindow").query().getScene().getWindow();
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private Indicator secondIndicatorOfCt(Workspace ws) {
        Season y = ws.blocs().requireSeason(ws.blocs().requireBloc(SampleBloc.BLOC_CODE), SampleBloc.YEAR);
        return ws.scoring().indicators(y, ws.blocs().memberByCode(y, "CT").orElseThrow().id()).get(1);
    }

    @Test
    void aFigureStillInItsFieldIsSavedWhenTheWindowIsClosed(FxRobot robot) throws Exception {
        openIndicatorsOfCt(robot);
        robot.clickOn("#ind-plan-1").write("25.000", 0);

        closeBox(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, gui::closed);

        assertThat(gui.openWorkspace()).as("the file closed with the window").isNull();
        try (Workspace ws = ThiDua.open(file)) {
            assertThat(secondIndicatorOfCt(ws).plan()).isEqualByComparingTo(new BigDecimal("25000"));
        }
    }

    @Test
    void aRefusedFigureKeepsTheWindowOpenWithTheReasonAndASecondCloseClosesWithoutIt(FxRobot robot)
            throws Exception {
        openIndicatorsOfCt(robot);
        robot.clickOn("#ind-plan-1").write("1,234,567", 0);

        closeBox(robot);
        idle(robot);

        assertThat(gui.closed()).as("kept open").isFalse();
        assertThat(robot.lookup("#ind-error-1").queryAs(Label.class).getText()).contains("“1,234,567”");
        assertThat(robot.lookup("#statusText").queryAs(Label.class).getText()).isEqualTo("Chưa đóng: thay đổi vừa"
                + " nhập chưa lưu được (xem lý do trên màn hình). Đóng lần nữa để bỏ thay đổi đó.");
        assertThat(robot.lookup("#ind-plan-1").queryAs(TextField.class).getText()).isEqualTo("1,234,567");
        assertThat(robot.lookup("#ind-plan-1").queryAs(TextField.class).isFocused()).as("the keyboard back on it")
                .isTrue();

        closeBox(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, gui::closed);
        try (Workspace ws = ThiDua.open(file)) {
            assertThat(secondIndicatorOfCt(ws).plan()).as("nothing of the refused figure stored").isNull();
        }
    }

    @Test
    void aRefusedFigureCorrectedAfterThePutOffIsSavedByTheNextClose(FxRobot robot) throws Exception {
        openIndicatorsOfCt(robot);
        robot.clickOn("#ind-plan-1").write("1,234,567", 0);
        closeBox(robot);
        idle(robot);
        assertThat(gui.closed()).isFalse();

        // The keyboard is back in the field: the secretary types the figure again, the Vietnamese way.
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("1.234.567", 0);
        closeBox(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, gui::closed);
        try (Workspace ws = ThiDua.open(file)) {
            assertThat(secondIndicatorOfCt(ws).plan()).isEqualByComparingTo(new BigDecimal("1234567"));
        }
    }
}
