package vn.thidua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.RowVersion;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.testing.FxHarness;
import vn.thidua.testing.TestData;
import vn.thidua.ui.main.MainWindow;
import vn.thidua.ui.units.UnitRow;

/**
 * Stale edits refused on the screens beyond scores and indicators (issue 19, item 3; docs/decisions/0011): the
 * criteria form, the bands, the conference details on Báo cáo and the head and deputy on Đơn vị. Each row is
 * changed behind the screen's back (another window's save, through the workspace, which the screen is not told
 * of); the screen's save is refused in Vietnamese where the user looks, the other value is kept, and after a
 * reload (the year chosen again) the save goes through.
 */
@ExtendWith(ApplicationExtension.class)
class StaleEditsScreenTest {

    private static final String STALE = "ở nơi khác; thay đổi này chưa được lưu. Hãy tải lại rồi sửa.";

    @TempDir
    Path dir;
    Workspace ws;
    MainWindow window;
    Season y2019;

    @BeforeEach
    void open() throws Exception {
        ws = TestData.openSample(dir);
        y2019 = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        window = FxHarness.showMainWindow(ws, dir, "KTN", 2019);
    }

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
        ws.close();
    }

    private void idle() throws Exception {
        FxHarness.waitIdle(window.session());
    }

    private void shortcut(FxRobot robot, KeyCode key) throws Exception {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        idle();
    }

    private void retype(FxRobot robot, String id, String text) throws Exception {
        robot.clickOn(id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text, 0);
        idle();
    }

    private void click(FxRobot robot, String id) throws Exception {
        robot.clickOn(id);
        idle();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The secretary's reload: another year chosen in the header, then 2019 again. */
    @SuppressWarnings("unchecked")
    private void reload(FxRobot robot) throws Exception {
        ComboBox<Season> years = robot.lookup("#yearChooser").queryAs(ComboBox.class);
        Season other = years.getItems().stream().filter(s -> s.year() != 2019).findFirst().orElseThrow();
        robot.interact(() -> years.setValue(other));
        idle();
        Season again = years.getItems().stream().filter(s -> s.year() == 2019).findFirst().orElseThrow();
        robot.interact(() -> years.setValue(again));
        idle();
    }

    private void scoringTab(FxRobot robot, int tab) throws Exception {
        shortcut(robot, KeyCode.DIGIT3);
        robot.interact(() -> robot.lookup("#scoringTabs").queryAs(TabPane.class).getSelectionModel().select(tab));
        idle();
    }

    @SuppressWarnings("unchecked")
    private void editCriterion(FxRobot robot, String code) throws Exception {
        TableView<Criterion> criteria = robot.lookup("#criteriaTable").queryAs(TableView.class);
        robot.interact(() -> criteria.getSelectionModel().select(criteria.getItems().stream()
                .filter(c -> c.code().equals(code)).findFirst().orElseThrow()));
        click(robot, "#editCriterion");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#criterionName").tryQuery()
                .map(n -> n.isVisible()).orElse(false));
    }

    private String criterionName(String code) {
        return ws.scoring().table(y2019).criterionByCode(code).orElseThrow().name();
    }

    @Test
    void aCriterionChangedBehindTheFormsBackIsRefusedInTheFormAndSavedAfterAReload(FxRobot robot) throws Exception {
        scoringTab(robot, 1);
        editCriterion(robot, "1.2");
        Criterion k = ws.scoring().table(y2019).criterionByCode("1.2").orElseThrow();
        ws.scoring().saveCriterion(y2019, k.groupCode(), k.id(), k.code(), "Tên sửa ở cửa sổ khác", k.max().toPlainString(),
                k.kind(), k.order(), ws.scoring().version(RowVersion.Of.CRITERION, k.id()).version());

        retype(robot, "#criterionName", "Tên sửa trên màn hình này");
        click(robot, "#saveTableForm");
        assertThat(text(robot, "#tableFormError")).startsWith("Tiêu chí 1.2").contains("năm 2019", "đã được sửa lúc ")
                .endsWith(STALE);
        assertThat(criterionName("1.2")).isEqualTo("Tên sửa ở cửa sổ khác");

        click(robot, "#cancelTableForm");
        reload(robot);
        editCriterion(robot, "1.2");
        retype(robot, "#criterionName", "Tên sửa trên màn hình này");
        click(robot, "#saveTableForm");
        assertThat(criterionName("1.2")).isEqualTo("Tên sửa trên màn hình này");
    }

    @Test
    void bandsChangedBehindTheScreensBackAreRefusedUnderTheBandsAndSavedAfterAReload(FxRobot robot) throws Exception {
        scoringTab(robot, 2);
        ClassificationBands b = ws.scoring().bands(y2019);
        ws.scoring().saveBands(y2019, new ClassificationBands(new ClassificationBands.Band(new BigDecimal("91"),
                b.excellent().minCriterionPercent()), b.good(), b.completed()),
                ws.scoring().version(RowVersion.Of.BANDS, y2019.id()).version());

        retype(robot, "#bandTotal-excellent", "95");
        click(robot, "#saveBands");
        assertThat(text(robot, "#bandsError")).contains("Ngưỡng xếp loại năm 2019", "đã được sửa lúc ").endsWith(STALE);
        assertThat(ws.scoring().bands(y2019).excellent().minTotal()).isEqualByComparingTo("91");

        reload(robot);
        assertThat(robot.lookup("#bandTotal-excellent").queryAs(TextField.class).getText())
                .isEqualTo("91");
        retype(robot, "#bandTotal-excellent", "95");
        click(robot, "#saveBands");
        assertThat(text(robot, "#bandsError")).isEmpty();
        assertThat(ws.scoring().bands(y2019).excellent().minTotal()).isEqualByComparingTo("95");
    }

    @Test
    void conferenceDetailsChangedBehindTheReportsBackAreRefusedBesideSaveAndSavedAfterAReload(FxRobot robot)
            throws Exception {
        shortcut(robot, KeyCode.DIGIT6);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#conferencePlace").tryQuery().isPresent());
        ws.blocs().setConferenceDetails(y2019, new ConferenceDetails(LocalDate.of(2019, 12, 11), "Hội trường A",
                "UBND tỉnh"), ws.blocs().version(RowVersion.Of.CONFERENCE, y2019).version());

        retype(robot, "#conferencePlace", "Hội trường B");
        click(robot, "#saveConference");
        assertThat(text(robot, "#conferenceMessage")).contains("Thông tin hội nghị năm 2019", "đã được sửa lúc ")
                .endsWith(STALE);
        assertThat(ws.blocs().conferenceDetails(y2019).place()).isEqualTo("Hội trường A");

        reload(robot);
        assertThat(robot.lookup("#conferencePlace").queryAs(TextField.class).getText())
                .isEqualTo("Hội trường A");
        retype(robot, "#conferencePlace", "Hội trường B");
        click(robot, "#saveConference");
        assertThat(ws.blocs().conferenceDetails(y2019).place()).isEqualTo("Hội trường B");
    }

    @SuppressWarnings("unchecked")
    private void selectUnit(FxRobot robot, String code) throws Exception {
        TableView<UnitRow> units = robot.lookup("#unitsTable").queryAs(TableView.class);
        robot.interact(() -> units.getSelectionModel().select(units.getItems().stream()
                .filter(r -> r.unit().code().equals(code)).findFirst().orElseThrow()));
        idle();
    }

    private long unit(String code) {
        return ws.blocs().memberByCode(y2019, code).orElseThrow().id();
    }

    @Test
    void leadersChangedBehindTheUnitsBackAreRefusedInADialogAndSetAfterAReload(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT1);
        selectUnit(robot, "XD");
        ws.blocs().setLeaders(y2019, unit("GTVT"), unit("TTTT"), ws.blocs().version(RowVersion.Of.LEADERS, y2019).version());

        // The refusal's dialog holds the data thread's answer until it is closed: no wait for idle before it.
        robot.clickOn("#setHead");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-error").tryQuery().isPresent());
        assertThat(robot.lookup("#dialog-error").queryAs(DialogPane.class).getContentText())
                .contains("Trưởng khối, Phó khối năm 2019", "đã được sửa lúc ").contains(STALE);
        robot.type(KeyCode.ENTER);
        idle();
        Season now = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        assertThat(List.of(now.headUnitId(), now.deputyUnitId())).containsExactly(unit("GTVT"), unit("TTTT"));

        reload(robot);
        selectUnit(robot, "XD");
        click(robot, "#setHead");
        assertThat(robot.lookup("#dialog-error").tryQuery()).isEmpty();
        Season after = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        assertThat(List.of(after.headUnitId(), after.deputyUnitId())).containsExactly(unit("XD"), unit("TTTT"));
    }
}
