package vn.thidua.ui.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.Preferences;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Workspace;
import vn.thidua.domain.voting.ThresholdLevel;
import vn.thidua.testing.FxHarness;
import vn.thidua.testing.TestData;
import vn.thidua.ui.main.MainWindow;

/** The election form takes a threshold as a fraction of the base ("2/3") as well as a percentage. */
@ExtendWith(ApplicationExtension.class)
class ThresholdScreenTest {

    @TempDir
    Path dir;
    Workspace ws;
    MainWindow window;
    ElectionsUi ui;

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        ws = TestData.openSample(dir);
        Path prefs = dir.resolve("prefs.properties");
        new Preferences(prefs).put("lastBloc", SampleBloc.BLOC_CODE);
        new Preferences(prefs).put("lastYear", String.valueOf(SampleBloc.YEAR));
        window = FxHarness.showMainWindow(ws, prefs);
        ui = new ElectionsUi(robot, window, ws);
        ui.openElectionsScreen();
    }

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
        ws.close();
    }

    @Test
    void twoThirdsTypedOnTheFormIsStoredAsAFractionAndShownAsWritten() throws Exception {
        ui.press("#electionsTable", KeyCode.INSERT);
        ui.write("Bằng khen hai phần ba");
        ui.press("#excludePutForward", KeyCode.SPACE);
        assertThat(ui.text("#thresholdLevelOf")).isEqualTo("% của");
        ui.fill("#thresholdPercent", "2/3");
        assertThat(ui.text("#thresholdLevelOf")).isEqualTo("của");

        ui.ctrl(KeyCode.S);

        StoredElection created = ui.latestElection();
        assertThat(created.settings().title()).isEqualTo("Bằng khen hai phần ba");
        assertThat(created.settings().level()).isEqualTo(ThresholdLevel.fraction(2, 3));
        assertThat(ui.text("#tallyThreshold")).contains("> 2/3").doesNotContain("%");
        assertThat(ui.text("#tallyRule")).contains("trên 2/3 số phiếu hợp lệ");
    }

    @Test
    void aThresholdNobodyCouldMeetIsRefusedOnTheForm() throws Exception {
        ui.press("#electionsTable", KeyCode.INSERT);
        ui.write("Không ai đạt");
        ui.fill("#thresholdPercent", "100");
        ui.ctrl(KeyCode.S);
        assertThat(ui.text("#electionError")).contains("không ai đạt được");
    }
}
