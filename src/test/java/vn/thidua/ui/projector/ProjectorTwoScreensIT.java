package vn.thidua.ui.projector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.robot.Robot;
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
import vn.thidua.app.ElectionService;
import vn.thidua.app.Preferences;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.EligibilityRule;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.FxHarness;
import vn.thidua.testing.TestData;
import vn.thidua.ui.elections.ElectionsUi;
import vn.thidua.ui.main.MainWindow;

/**
 * The projector on two real screens (tools/with-two-screens.sh: a 1366×768 laptop and a
 * 1024×768 projector right of it): full screen on the projector, back to the laptop as a window
 * when the cable is pulled, back on the projector when it is plugged in again, the picture kept
 * throughout. Run with testfx.headless=false (see .ci/run); skips itself with fewer than two screens.
 * With -Dthidua.screenshots=DIR it saves what both screens show during the count.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorTwoScreensIT {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1366, 0, 1024, 768);

    @TempDir
    Path dir;
    Workspace ws;
    MainWindow window;
    ElectionsUi ui;

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        int screens = WaitForAsyncUtils.asyncFx(() -> Screen.getScreens().size()).get(10, TimeUnit.SECONDS);
        assumeTrue(screens >= 2, "needs two screens: run under tools/with-two-screens.sh");
        ws = TestData.openSample(dir);
        Season y2019 = ws.blocs().requireSeason(ws.blocs().requireBloc(SampleBloc.BLOC_CODE), SampleBloc.YEAR);
        ws.elections().create(y2019, new ElectionService.Draft("Cờ thi đua của Chính phủ (thử hai màn hình)", 1, ThresholdOperator.GT,
                BigDecimal.valueOf(50), Base.VALID, 8, List.of(), EligibilityRule.excellent(), false));
        Path prefs = dir.resolve("prefs.properties");
        new Preferences(prefs).put("lastYear", String.valueOf(SampleBloc.YEAR));
        window = FxHarness.showMainWindow(ws, prefs);
        Stage main = window.stage();
        robot.interact(() -> {
            main.setX(0);
            main.setY(0);
            main.setWidth(LAPTOP.getWidth());
            main.setHeight(LAPTOP.getHeight());
        });
        ui = new ElectionsUi(robot, window, ws);
        ui.openElectionsScreen();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            xrandr("--output", "DUMMY1", "--mode", "1024x768", "--pos", "1366x0");
            FxHarness.close();
            ws.close();
        }
    }

    @Test
    void theProjectorFollowsTheCableAndKeepsItsPicture(FxRobot robot) throws Exception {
        Stage projector = window.projectorWindow().stage();
        ui.key(KeyCode.F5);
        waitUntil(() -> sameBounds(projector, PROJECTOR));
        assertThat(projector.isFullScreen()).isTrue();
        assertThat(ui.projector("#projectorWelcomeBloc")).isEqualTo(SampleBloc.BLOC_NAME);
        assertThat(window.session().preferences().get(ProjectorWindow.SCREEN_PREFERENCE)).contains("1366,0,1024,768");
        assertThat(ui.text("#projectorPlacement")).isEqualTo("Toàn màn hình trên màn hình 2 (1024×768).");
        shot("1-welcome");

        // The count, with the keyboard still on the operator's window.
        var table = robot.lookup("#electionsTable").queryAs(TableView.class);
        robot.clickOn("#electionsTable");
        robot.interact(() -> table.getSelectionModel().selectLast());
        ui.key(KeyCode.ENTER);
        ui.key(KeyCode.F7);
        assertThat(ui.projector("#projectorCounter")).isEqualTo("0 / 8 phiếu");
        robot.clickOn("#ballotInput");
        for (String paper : List.of("1", "1", "2", "1", "H")) {
            ui.ballot(paper);
        }
        assertThat(ui.projector("#projectorCounter")).isEqualTo("5 / 8 phiếu");
        assertThat(ui.projector("#projectorVotes-1")).isEqualTo("3");
        waitUntilBlack(projector);
        shot("2-count");

        // Unplugged: back on the laptop as a window, same picture.
        xrandr("--output", "DUMMY1", "--off");
        waitUntil(() -> Screen.getScreens().size() == 1 && !projector.isFullScreen() && LAPTOP.contains(bounds(projector)));
        assertThat(ui.projector("#projectorCounter")).isEqualTo("5 / 8 phiếu");
        assertThat(ui.projector("#projectorVotes-1")).isEqualTo("3");
        assertThat(ui.text("#projectorPlacement")).startsWith("Chỉ có một màn hình");
        shot("3-unplugged");
        assertThat(xGeometry()).as("the X server's own idea of the window").isEqualTo(bounds(projector));
        // On the laptop's screen the room's window is "always on top" and the operator's keeps the
        // keyboard; with no window manager here nothing holds it up, so it is raised as one would.
        robot.interact(projector::toFront);
        waitUntilBlack(projector);
        // Counting goes on meanwhile.
        robot.clickOn("#ballotInput");
        ui.ballot("2");
        assertThat(ui.projector("#projectorCounter")).isEqualTo("6 / 8 phiếu");

        // Plugged in again: back to the projector, full screen.
        xrandr("--output", "DUMMY1", "--mode", "1024x768", "--pos", "1366x0");
        waitUntil(() -> Screen.getScreens().size() == 2 && sameBounds(projector, PROJECTOR) && projector.isFullScreen());
        assertThat(ui.projector("#projectorCounter")).isEqualTo("6 / 8 phiếu");
        assertThat(ui.projector("#projectorVotes-2")).isEqualTo("2");
        waitUntilBlack(projector);
        assertThat(xGeometry()).isEqualTo(PROJECTOR);
        robot.clickOn("#ballotInput");
        ui.ballot("1");
        assertThat(ui.projector("#projectorCounter")).isEqualTo("7 / 8 phiếu");
        shot("4-replugged");

        // The result, on the projector.
        ui.ballot("");
        ui.ctrl(KeyCode.K);
        ui.key(KeyCode.ENTER);
        assertThat(ui.projector("#projectorOutcome-1")).isEqualTo("Được suy tôn");
        shot("5-result");
    }

    private static Rectangle2D bounds(Stage s) {
        return new Rectangle2D(s.getX(), s.getY(), s.getWidth(), s.getHeight());
    }

    private static boolean sameBounds(Stage s, Rectangle2D r) {
        return bounds(s).equals(r);
    }

    /** Waits for a condition on the FX thread, where the screen list and the stage change. */
    private void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean)
                .get(5, TimeUnit.SECONDS));
        ui.idle();
    }

    /** The real window is where the stage says it is: its black background is read back from the screen. */
    private static void waitUntilBlack(Stage projector) throws Exception {
        // Two pixels in: the corner window on the laptop is 174 px wide, and its title begins 7 px in.
        double x = projector.getX() + 2;
        double y = projector.getY() + 2;
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> blackAround(x, y));
    }

    /**
     * A block of pure black pixels read back from the screen: the projector's background. The bare
     * X root shows its grey weave there, and the operator's window is light.
     */
    private static boolean blackAround(double x, double y) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Robot r = new Robot();
            for (int dx = 0; dx < 4; dx++) {
                for (int dy = 0; dy < 4; dy++) {
                    if (!r.getPixelColor(x + dx, y + dy).equals(Color.BLACK)) {
                        return false;
                    }
                }
            }
            return true;
        }).get(5, TimeUnit.SECONDS);
    }

    /** Where the X server has the projector's window: xwininfo, independent of JavaFX. */
    private static Rectangle2D xGeometry() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("xwininfo", "-name", "ThiDua – Trình chiếu").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return new Rectangle2D(field(out, "Absolute upper-left X:"), field(out, "Absolute upper-left Y:"),
                field(out, "Width:"), field(out, "Height:"));
    }

    private static double field(String xwininfo, String name) {
        return xwininfo.lines().map(String::strip).filter(l -> l.startsWith(name))
                .map(l -> Double.parseDouble(l.substring(name.length()).strip())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in: " + xwininfo));
    }

    private static void xrandr(String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "xrandr";
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("xrandr %s", List.of(args)).isZero();
    }

    /** Both screens as the X server has them (ImageMagick's import), when asked for. */
    private static void shot(String name) throws IOException, InterruptedException {
        String folder = System.getProperty("thidua.screenshots", "");
        if (folder.isBlank()) {
            return;
        }
        Path out = Path.of(folder);
        Files.createDirectories(out);
        Process p = new ProcessBuilder("import", "-window", "root", out.resolve(name + ".png").toString())
                .inheritIO().start();
        p.waitFor(20, TimeUnit.SECONDS);
    }
}
