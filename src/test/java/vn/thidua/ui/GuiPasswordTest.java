package vn.thidua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Workspace;
import vn.thidua.store.DataFileTool;

/**
 * The real start-up (Gui) over a real file: Cài đặt → "Mật khẩu tệp…" closes the file, encrypts it and opens it
 * again in the same window with the new password, the status bar saying so (the close-work-reopen step that
 * restore, rehearsal and the changes of data share).
 */
@ExtendWith(ApplicationExtension.class)
class GuiPasswordTest {

    @TempDir
    Path dir;
    Gui gui;

    @AfterEach
    void close() throws Exception {
        GuiFixture.close(gui);
    }

    @Test
    void aNewPasswordReopensTheFileEncryptedInTheSameWindow(FxRobot robot) throws Exception {
        Path file = GuiFixture.sampleLeftOnItsConferenceYear(dir);
        gui = GuiFixture.start(file);
        GuiFixture.waitForTheYear(robot);
        Workspace before = gui.openWorkspace();
        Node windowBefore = robot.lookup("#mainWindow").query();
        assertThat(new DataFileTool().isEncrypted(file)).isFalse();

        robot.clickOn("#settingsButton");
        robot.clickOn("#changePassword");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#passwordNew").tryQuery().isPresent());
        robot.clickOn("#passwordNew").write("mat-khau-tep", 0);
        robot.clickOn("#passwordRepeat").write("mat-khau-tep", 0);
        robot.clickOn("#passwordOk");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> gui.openWorkspace() != null
                && gui.openWorkspace() != before);
        // The window built again over the file opened again says it, not only the one closed.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#mainWindow").tryQuery()
                .map(n -> n != windowBefore && n.getScene() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#statusText").queryAs(Label.class).getText()).isEqualTo("Đã đổi mật khẩu tệp dữ liệu.");
        assertThat(new DataFileTool().isEncrypted(file)).isTrue();
        assertThat(gui.openWorkspace().dataFile()).isEqualTo(file);
        assertThat(gui.openWorkspace().blocs().requireBloc("KTN").name()).isEqualTo("Khối thi đua Kinh tế ngành");
    }
}
