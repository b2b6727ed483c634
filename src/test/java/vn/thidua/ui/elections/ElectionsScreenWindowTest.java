package vn.thidua.ui.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.ui.projector.ProjectorPlacement;

/** What was seen in the real window on the elections screen (issues 14 and 17), pinned under TestFX. */
class ElectionsScreenWindowTest extends ElectionsScreenFixture {

    @Test
    void oldListPagesAreLetGoAndTheNewOneStillFollowsTheLeadersModel(FxRobot robot) throws Exception {
        WeakReference<Node> first = new WeakReference<>(robot.lookup("#leadersMessage").query());
        for (int i = 0; i < 5; i++) {
            ui.press("#electionsTable", KeyCode.INSERT);
            ui.key(KeyCode.ESCAPE);
            assertThat(robot.lookup("#electionsTable").tryQuery()).isPresent();
        }
        // TestFX records every event fired on its stage, with its target: a fresh record lets the old pages go.
        var testfx = FxToolkit.toolkitContext();
        robot.interact(() -> testfx.setRegisteredStage(testfx.getRegisteredStage()));
        for (int i = 0; i < 20 && first.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Node kept = first.get();
        String path = kept == null ? "" : WaitForAsyncUtils.asyncFx(
                () -> PathFinder.find(kept, window, window.stage(), window.session())).get();
        assertThat(first.get()).as("the first list page's leaders panel, collected; held by:%n%s", path).isNull();

        // The page on screen still turns its message red on a refusal: the same head and deputy.
        robot.clickOn("#nextHead").clickOn("Sở Xây dựng");
        robot.clickOn("#nextDeputy").clickOn("Sở Xây dựng");
        ui.press("#saveLeaders", KeyCode.SPACE);
        assertThat(robot.lookup("#leadersMessage").query().getStyleClass()).contains("error-text");
    }

    @Test
    void dropDownsOpenWithAltDownAndSpaceAndEscClosesOnlyThem(FxRobot robot) throws Exception {
        ui.press("#electionsTable", KeyCode.INSERT);
        ui.write("Cờ thử");
        for (String id : List.of("#candidateChoice", "#thresholdOperator", "#thresholdBase")) {
            ComboBox<?> combo = robot.lookup(id).queryAs(ComboBox.class);
            robot.interact(combo::requestFocus);
            robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
            ui.idle();
            assertThat(combo.isShowing()).as("%s open after Alt+Down", id).isTrue();
            ui.key(KeyCode.ESCAPE);
            assertThat(combo.isShowing()).as("%s closed by Esc", id).isFalse();
            assertThat(ui.visible("#discardConfirm")).as("Esc on an open list closes the list only").isFalse();
            ui.key(KeyCode.SPACE);
            assertThat(combo.isShowing()).as("%s open after Space", id).isTrue();
            ui.key(KeyCode.ESCAPE);
            assertThat(combo.isShowing()).isFalse();
        }
        assertThat(robot.lookup("#electionForm").tryQuery()).as("still on the form").isPresent();
        assertThat(ui.inputText("#electionTitle")).isEqualTo("Cờ thử");
    }

    @Test
    void aloneOnTheLaptopTheRoomsWindowCoversNothingTheOperatorUsesWhileCounting(FxRobot robot) throws Exception {
        ui.laptopSize();
        ui.press("#electionsTable", KeyCode.INSERT);
        ui.write("Cờ thử");
        ui.fill("#ballotsIssued", "8");
        ui.ctrl(KeyCode.S);
        for (String paper : List.of("1", "2", "1", "3", "1", "H", "2", "1")) {
            ui.ballot(paper);
        }
        ui.snapshot("corner-free");
        Rectangle2D corner = ProjectorPlacement.choose(
                List.of(new Rectangle2D(0, 0, 1280, 768)), new Rectangle2D(0, 0, 1280, 768),
                Optional.empty()).bounds();
        List<String> covered = new ArrayList<>();
        robot.interact(() -> collectCovered(window.stage().getScene().getRoot(), corner, covered));
        assertThat(covered).as("controls under the room's window at %s", corner).isEmpty();
        assertThat(robot.lookup("#ballotList").query().isVisible()).isTrue();
    }

    /** Every visible control, cell with content or text under {@code corner}; lists and panes count only by their content. */
    private static void collectCovered(Parent parent, Rectangle2D corner, List<String> covered) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            boolean container = n instanceof ListView || n instanceof TableView
                    || n instanceof ScrollPane || n instanceof ToolBar
                    || n instanceof ScrollBar;
            boolean empty = n instanceof Cell<?> c && (c.isEmpty() || c.getItem() == null);
            if ((n instanceof Control || n instanceof Text) && !container && !empty) {
                var b = n.localToScreen(n.getBoundsInLocal());
                if (b != null && b.getWidth() > 0 && corner.intersects(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())) {
                    covered.add(n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId())
                            + (n instanceof Labeled l ? " \"" + l.getText() + "\"" : ""));
                }
            }
            if (n instanceof Parent p && !empty && !(n instanceof ScrollBar)) {
                collectCovered(p, corner, covered);
            }
        }
    }
}
