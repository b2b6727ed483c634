package vn.thidua.ui.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.SampleBloc;

/** What the secretary and the room see on the elections screen, seen once in the real window (issue 14). */
class ElectionsScreenFixesTest extends ElectionsScreenFixture {

    @Override
    void beforeElectionsScreen() {
        ui.laptopSize();
    }

    /** Insert, a title, all members, {@code issued} papers; Ctrl+S creates and opens the count. */
    private StoredElection create(String title, int seats, String issued) throws Exception {
        ui.press("#electionsTable", KeyCode.INSERT);
        ui.write(title);
        ui.fill("#electionSeats", String.valueOf(seats));
        ui.press("#candidateChoice", KeyCode.UP);
        ui.press("#excludePutForward", KeyCode.SPACE);
        ui.fill("#ballotsIssued", issued);
        ui.ctrl(KeyCode.S);
        StoredElection created = ui.latestElection();
        assertThat(ui.text("#countHeading")).isEqualTo(title);
        return created;
    }

    /** What a label draws: JavaFX puts "…" in the drawn text when it is cut. */
    private static String drawn(FxRobot robot, Node labeled) {
        return robot.from(labeled).lookup((Node n) -> n instanceof Text).queryAs(Text.class).getText();
    }

    @Test
    void countingStartsOnTheProjectorWithoutF7(FxRobot robot) throws Exception {
        ui.key(KeyCode.F5);
        assertThat(ui.projectorHas("#projectorWelcomeBloc")).isTrue();
        create("Cờ thử", 1, "3");
        assertThat(ui.projector("#projectorTitle")).isEqualTo("Cờ thử");
        assertThat(ui.projector("#projectorCounter")).isEqualTo("0 / 3 phiếu");
        ui.ballot("1");
        assertThat(ui.projector("#projectorCounter")).isEqualTo("1 / 3 phiếu");
    }

    @Test
    void theAllEnteredRefusalGoesWhenTheFieldIsClearedAndAWithdrawalIsSaidOnce(FxRobot robot) throws Exception {
        StoredElection e = create("Cờ thử", 2, "1");
        ui.ballot("12");
        ui.write("1");
        ui.key(KeyCode.ENTER);
        assertThat(ui.text("#entryMessage")).startsWith("Đã nhập đủ 1 phiếu phát ra");
        ui.key(KeyCode.BACK_SPACE);
        assertThat(ui.visible("#entryMessage")).as("the refusal went with the paper it refused").isFalse();

        // A 2-seat paper names two units in the list of papers, both in full.
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#ballotList").queryAs(ListView.class);
        Labeled cell = robot.from(list).lookup(".list-cell").queryAs(Labeled.class);
        String second = e.settings().candidates().get(1).name();
        assertThat(cell.getText()).endsWith(second);
        assertThat(drawn(robot, cell)).as("drawn without a cut").isEqualTo(cell.getText());

        ui.ctrl(KeyCode.Z);
        ui.write("Nhập nhầm");
        ui.key(KeyCode.ENTER);
        assertThat(ui.text("#lastBallot")).startsWith("Đã rút phiếu số 1");
        assertThat(ui.visible("#entryMessage")).as("said once").isFalse();
    }

    @Test
    void theStatusBarForgetsAnotherScreensMessage(FxRobot robot) throws Exception {
        create("Cờ thử", 1, "3");
        assertThat(ui.text("#statusText")).startsWith("Đã thiết lập cuộc bầu");
        ui.ctrl(KeyCode.DIGIT1);
        assertThat(ui.text("#statusText")).isEmpty();
    }

    @Test
    void enterOnAFocusedSaveSavesOnce(FxRobot robot) throws Exception {
        robot.clickOn("#nextHead").clickOn("Sở Xây dựng");
        robot.clickOn("#nextDeputy").clickOn("Sở Thông tin và Truyền thông");
        long before = leaderLines();
        ui.press("#saveLeaders", KeyCode.ENTER);
        assertThat(ui.text("#leadersMessage")).startsWith("Đã ghi cho năm 2020");
        assertThat(leaderLines() - before).as("one save, one audit line").isEqualTo(1);
    }

    @Test
    void enterOnAFocusedUnitSaveSavesOnce(FxRobot robot) throws Exception {
        ui.ctrl(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#unitsTable").tryQuery().isPresent());
        ui.idle();
        @SuppressWarnings("unchecked")
        TableView<Object> units = robot.lookup("#unitsTable").queryAs(TableView.class);
        robot.interact(() -> units.getSelectionModel().select(0));
        ui.press("#unitsTable", KeyCode.F2);
        ui.fill("#unitShortName", "Sở GTVT mới");
        long before = ws.audit().entries(0).stream().filter(l -> l.action().equals("unit.edit")).count();
        ui.press("#saveUnit", KeyCode.ENTER);
        long after = ws.audit().entries(0).stream().filter(l -> l.action().equals("unit.edit")).count();
        assertThat(after - before).as("one save, one audit line").isEqualTo(1);
    }

    @Test
    void nextYearsHeadAndDeputyShowTheirNamesWhole(FxRobot robot) throws Exception {
        robot.clickOn("#nextDeputy").clickOn("Sở Nông nghiệp và Phát triển nông thôn");
        ui.idle();
        Node deputy = robot.lookup("#nextDeputy").query();
        Labeled shown = robot.from(deputy).lookup(".list-cell").queryAs(Labeled.class);
        assertThat(shown.getText()).isEqualTo("Sở Nông nghiệp và Phát triển nông thôn");
        assertThat(drawn(robot, shown)).isEqualTo(shown.getText());
    }

    private long leaderLines() {
        return ws.audit().entries(0).stream().filter(l -> l.action().equals("season.leaders")).count();
    }

    @Test
    void escOnATypedTitleAsksBeforeDiscarding(FxRobot robot) throws Exception {
        ui.press("#electionsTable", KeyCode.INSERT);
        ui.write("Cờ thi đua của Chính phủ");
        ui.key(KeyCode.ESCAPE);
        assertThat(robot.lookup("#electionForm").tryQuery()).as("still on the form").isPresent();
        assertThat(ui.visible("#discardConfirm")).isTrue();
        assertThat(ui.inputText("#electionTitle")).isEqualTo("Cờ thi đua của Chính phủ");
        // Typing goes on: the question goes.
        ui.write(" 2019");
        assertThat(ui.visible("#discardConfirm")).isFalse();
        ui.key(KeyCode.ESCAPE);
        ui.key(KeyCode.ESCAPE);
        assertThat(robot.lookup("#electionForm").tryQuery()).isEmpty();
        assertThat(robot.lookup("#electionsTable").tryQuery()).isPresent();
        // An empty form goes at once.
        ui.press("#electionsTable", KeyCode.INSERT);
        ui.key(KeyCode.ESCAPE);
        assertThat(robot.lookup("#electionsTable").tryQuery()).isPresent();
    }

    @Test
    void theHandPickedListComesRightAfterTheChoiceAndItsHeadingIsWhole(FxRobot robot) throws Exception {
        ui.press("#electionsTable", KeyCode.INSERT);
        ui.press("#candidateChoice", KeyCode.DOWN);
        ui.key(KeyCode.DOWN);
        assertThat(ui.comboText("#candidateChoice")).isEqualTo("Chọn từng đơn vị");
        ui.key(KeyCode.TAB);
        Node focused = window.stage().getScene().getFocusOwner();
        assertThat(focused.getId()).isEqualTo("memberChecklist");
        ui.key(KeyCode.DOWN, KeyCode.SPACE);
        @SuppressWarnings("unchecked")
        ListView<String> preview = robot.lookup("#candidatePreview").queryAs(ListView.class);
        assertThat(preview.getItems()).hasSize(1);
        Labeled heading = robot.lookup("#byHandHeading").queryAs(Labeled.class);
        assertThat(heading.getText()).contains("phím cách để đánh dấu");
        assertThat(drawn(robot, heading)).isEqualTo(heading.getText());
        ui.snapshot("setup-by-hand");
    }

    @Test
    void aSecondElectionForTheSameTitleInTheYearAsksFirst(FxRobot robot) throws Exception {
        String title = SampleBloc.ELECTIONS.get(0)[0];
        int before = ws.elections().elections(ui.year2019()).size();
        ui.press("#electionsTable", KeyCode.INSERT);
        ui.write(title);
        ui.ctrl(KeyCode.S);
        assertThat(ws.elections().elections(ui.year2019())).hasSize(before);
        assertThat(ui.text("#electionError")).startsWith("Năm 2019 đã có cuộc bầu “" + title + "”");
        // Asked, and confirmed with Ctrl+S again: a second one, on purpose.
        ui.ctrl(KeyCode.S);
        List<StoredElection> all = ws.elections().elections(ui.year2019());
        assertThat(all).hasSize(before + 1);
        assertThat(all.get(all.size() - 1).settings().title()).isEqualTo(title);
    }
}
