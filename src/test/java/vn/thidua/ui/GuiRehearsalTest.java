package vn.thidua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Rehearsal;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;

/**
 * The real start-up (Gui) over a real file: Ctrl+Shift+T rehearses on a copy without the sample's
 * elections, the DIỄN TẬP band is on the operator window, the room's window and its preview, and
 * "Kết thúc diễn tập" discards the copy and opens the real file again, as it was.
 */
@ExtendWith(ApplicationExtension.class)
class GuiRehearsalTest {

    @TempDir
    Path dir;
    Gui gui;

    @AfterEach
    void close() throws Exception {
        GuiFixture.close(gui);
    }

    @Test
    void aRehearsalShowsItsBandEverywhereAndEndingItReopensTheRealFileUntouched(FxRobot robot) throws Exception {
        Path real = GuiFixture.sampleLeftOnItsConferenceYear(dir);
        gui = GuiFixture.start(real);
        GuiFixture.waitForTheYear(robot);
        assertThat(visible(robot, "#rehearsalBand")).isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        waitFor(robot, "#rehearsalWithoutElections");
        robot.push(KeyCode.SPACE);
        assertThat(robot.lookup("#rehearsalWithoutElections").queryAs(CheckBox.class).getText())
                .isEqualTo("Bỏ các cuộc bầu của năm 2019 trong bản diễn tập (để bầu lại từ đầu)");
        assertThat(robot.lookup("#rehearsalWithoutElections").queryAs(CheckBox.class).isSelected())
                .isTrue();
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visible(robot, "#rehearsalBand")
                && robot.lookup("#rehearsalBand").query().getBoundsInLocal().getHeight() > 10);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.openWorkspace() != null);
        WaitForAsyncUtils.waitForFxEvents();

        Workspace copy = gui.openWorkspace();
        assertThat(copy.dataFile()).isEqualTo(Rehearsal.copyOf(real));
        Season y2019 = copy.blocs().requireSeason(copy.blocs().requireBloc(SampleBloc.BLOC_CODE), SampleBloc.YEAR);
        assertThat(copy.elections().elections(y2019)).isEmpty();
        assertThat(text(robot, "#rehearsalBand")).startsWith("DIỄN TẬP").contains("Ctrl+Shift+T");
        assertThat(text(robot, "#statusText")).contains("đã bỏ 3 cuộc bầu của năm 2019");
        assertThat(text(robot, "#statusFile")).contains("test.dien-tap.mv.db");
        Node band = robot.lookup("#rehearsalBand").query();
        Node header = robot.lookup("#blocChooser").query();
        assertThat(band.localToScene(band.getBoundsInLocal()).getMaxY())
                .as("the band above the header, covering none of it")
                .isLessThanOrEqualTo(header.localToScene(header.getBoundsInLocal()).getMinY());

        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible(robot, "#projectorRehearsalBand"));
        Node roomBand = robot.lookup("#projectorRehearsalBand").query();
        Node picture = robot.lookup("#projectorWindowRoot").query();
        assertThat(roomBand.getScene()).isSameAs(picture.getScene());
        Bounds b = roomBand.localToScene(roomBand.getBoundsInLocal());
        assertThat(b.getMinY()).isZero();
        assertThat(b.getWidth()).isEqualTo(roomBand.getScene().getWidth());
        assertThat(picture.localToScene(picture.getBoundsInLocal()).getMinY()).isGreaterThanOrEqualTo(b.getMaxY());
        assertThat(text(robot, "#projectorRehearsalBand")).isEqualTo("DIỄN TẬP");
        assertThat(roomBand.getBoundsInLocal().getWidth()).as("not cut").isGreaterThanOrEqualTo(
                ((Labeled) roomBand).prefWidth(-1) - 0.5);
        robot.push(KeyCode.F5);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible(robot, "#previewRehearsalBand"));
        Node previewBand = robot.lookup("#previewRehearsalBand").query();
        Node preview = robot.lookup("#projectorPreview").query();
        assertThat(previewBand.localToScene(previewBand.getBoundsInLocal()).getMaxY())
                .isLessThanOrEqualTo(preview.localToScene(preview.getBoundsInLocal()).getMinY());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.openWorkspace() != null
                && gui.openWorkspace().dataFile().equals(real) && robot.lookup("#blocChooser").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statusText").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(visible(robot, "#rehearsalBand")).isFalse();
        assertThat(text(robot, "#statusText")).contains("giữ nguyên như lúc bắt đầu diễn tập");
        assertThat(Rehearsal.copyOf(real)).doesNotExist();
        Workspace back = gui.openWorkspace();
        Season again = back.blocs().requireSeason(back.blocs().requireBloc(SampleBloc.BLOC_CODE), SampleBloc.YEAR);
        assertThat(back.elections().elections(again)).hasSize(3).allMatch(e -> e.closed());
    }

    private static void waitFor(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).orElse(false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
