package vn.thidua.ui.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.MoveTo;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Workspace;
import vn.thidua.domain.voting.Outcome;
import vn.thidua.testing.FxHarness;
import vn.thidua.testing.TestData;
import vn.thidua.ui.common.Session;

/** The projector's result line wraps between unit names, never inside one ("Vận / tải"). */
@ExtendWith(ApplicationExtension.class)
class ProjectorResultLineTest {

    private static final List<String> NAMES = List.of("Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Giao thông Vận tải", "Ban Quản lý các khu công nghiệp", "Sở Tài nguyên và Môi trường");

    @TempDir
    Path dir;
    Workspace ws;
    Stage stage;

    @AfterEach
    void close(FxRobot robot) {
        if (stage != null) {
            robot.interact(() -> stage.close());
        }
        if (ws != null) {
            ws.close();
        }
    }

    private Label shown(FxRobot robot, double width, String banner) throws Exception {
        ws = TestData.openSample(dir);
        robot.interact(() -> {
            Session session = FxHarness.session(ws, dir.resolve("prefs.properties"), null);
            ProjectorViewModel vm = new ProjectorViewModel(session);
            ProjectorView view = new ProjectorView(vm, new ProjectorScoreboard(() -> ""), session);
            List<ProjectorCount.Row> rows = new ArrayList<>();
            for (int i = 0; i < NAMES.size(); i++) {
                rows.add(new ProjectorCount.Row(i + 1, String.valueOf(i + 1), NAMES.get(i), 8 - i, "100%", 1,
                        Outcome.ELECTED, "Được suy tôn", ""));
            }
            vm.updateCount(new ProjectorCount(1, "Bằng khen của UBND tỉnh", "", "Trên 50% số phiếu hợp lệ",
                    "8 / 8 phiếu", 8, 8, 0.5, "> 50%", "Phiếu hợp lệ: 8", true, false, banner, rows));
            vm.showCount();
            stage = new Stage();
            stage.setScene(new Scene(view.node(), width, width * 3 / 4));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(stage.getScene().getRoot()).lookup("#projectorBanner").queryAs(Label.class);
    }

    /** The line the character at {@code index} is drawn on, as the top of its caret. */
    private static double lineOf(Text text, int index) {
        return ((MoveTo) text.caretShape(index, true)[0]).getY();
    }

    @Test
    void aUnitsNameIsNeverSplitAcrossLines(FxRobot robot) throws Exception {
        Label banner = shown(robot, 1024, "Được suy tôn: " + String.join(", ", NAMES));
        Text text = robot.from(banner).lookup((Node n) -> n instanceof Text).queryAs(Text.class);
        String drawn = text.getText().replace(ResultLine.GLUE, ' ');
        assertThat(drawn).as("drawn whole").isEqualTo("Được suy tôn: " + String.join(", ", NAMES));
        double first = lineOf(text, 0);
        double last = lineOf(text, drawn.length() - 1);
        assertThat(last).as("the line is long enough to wrap").isGreaterThan(first);
        robot.interact(() -> {
            for (String name : NAMES) {
                int at = drawn.indexOf(name);
                assertThat(lineOf(text, at + name.length() - 1)).as("%s on one line", name).isEqualTo(lineOf(text, at));
            }
        });
    }

    @Test
    void aNumberStaysWithItsWord() {
        assertThat(ResultLine.glue("Bằng phiếu — cần bầu lại (vòng 2)", NAMES))
                .isEqualTo("Bằng phiếu — cần bầu lại (vòng" + ResultLine.GLUE + "2)");
    }

    @Test
    void aNameWiderThanTheLineMakesTheFontSmaller(FxRobot robot) throws Exception {
        ws = TestData.openSample(dir);
        String line = ResultLine.glue("Được suy tôn: " + NAMES.get(0), NAMES);
        Label banner = new Label(line);
        robot.interact(() -> {
            banner.setWrapText(true);
            banner.setFont(Font.font(30));
            banner.setMaxWidth(300);
            ResultLine.shrinkToFit(banner);
            stage = new Stage();
            stage.setScene(new Scene(new VBox(banner), 300, 200));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.getFont().getSize()).as("smaller than 30 px").isLessThan(30);
        Text text = robot.from(banner).lookup((Node n) -> n instanceof Text).queryAs(Text.class);
        assertThat(text.getText()).as("drawn whole").isEqualTo(line);
        int at = line.indexOf(NAMES.get(0).replace(' ', ResultLine.GLUE));
        robot.interact(() -> assertThat(lineOf(text, line.length() - 1)).as("the name on one line").isEqualTo(lineOf(text, at)));
    }
}
