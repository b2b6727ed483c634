package vn.thidua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.RowVersion;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.testing.SampleScreenTest;
import vn.thidua.ui.units.UnitRow;

/**
 * Stale edits refused on the screens beyond scores and indicators (issue 19, item 3; docs/decisions/0011): the
 * criteria form, the bands, the conference details on Báo cáo and the head and deputy on Đơn vị. Each row is
 * changed behind the screen's back (another window's save, through the workspace, which the screen is not told
 * of); the screen's save is refused in Vietnamese where the user looks, never in a dialog, the other value is
 * kept, and the keyboard is on the refusal's "Tải lại": pressed, the form shows the other value, the refusal is
 * gone, and the save made then goes through.
 */
class StaleEditsScreenTest extends SampleScreenTest {

    private static final String STALE = "ở nơi khác; thay đổi này chưa được lưu. Hãy tải lại rồi sửa.";

    private void retype(FxRobot robot, String id, String text) throws Exception {
        robot.clickOn(id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text, 0);
        idle();
    }

    private void click(FxRobot robot, String id) throws Exception {
        robot.clickOn(id);
        idle();
    }

    /**
     * The refusal's "Tải lại" (Alt+L), where the keyboard went when the refusal appeared: pressed with Enter (or
     * its mnemonic), it goes away once the form is read again.
     */
    private void reload(FxRobot robot, String id, boolean mnemonic) throws Exception {
        Button button = robot.lookup(id).queryAs(Button.class);
        assertThat(button.isVisible()).as("%s shown with the refusal", id).isTrue();
        assertThat(button.getText()).isEqualTo("Tải _lại");
        assertThat(button.isFocused()).as("the keyboard on %s", id).isTrue();
        if (mnemonic) {
            robot.press(KeyCode.ALT).type(KeyCode.L).release(KeyCode.ALT);
        } else {
            robot.type(KeyCode.ENTER);
        }
        idle();
        assertThat(button.isVisible()).as("%s gone after the reload", id).isFalse();
        assertThat(button.isFocused()).isFalse();
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
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
    void aCriterionChangedBehindTheFormsBackIsRefusedInTheFormAndSavedAfterItsReload(FxRobot robot) throws Exception {
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

        reload(robot, "#reloadTableForm", false);
        assertThat(field(robot, "#criterionName")).isEqualTo("Tên sửa ở cửa sổ khác");
        assertThat(text(robot, "#tableFormError")).isEmpty();
        assertThat(robot.lookup("#criterionGroup").query().isFocused()).isTrue();
        retype(robot, "#criterionName", "Tên sửa trên màn hình này");
        click(robot, "#saveTableForm");
        assertThat(text(robot, "#tableFormError")).isEmpty();
        assertThat(robot.lookup("#tableForm").query().isVisible()).as("the form closes on a save").isFalse();
        assertThat(criterionName("1.2")).isEqualTo("Tên sửa trên màn hình này");
    }

    /** Deleted, not changed: the form says so, and its "Tải lại" closes it with nothing left to edit. */
    @Test
    void aCriterionDeletedBehindTheFormsBackIsRefusedAsDeletedAndTheFormClosesOnItsReload(FxRobot robot)
            throws Exception {
        scoringTab(robot, 1);
        editCriterion(robot, "1.2");
        Criterion k = ws.scoring().table(y2019).criterionByCode("1.2").orElseThrow();
        ws.scoring().deleteCriterion(k);

        retype(robot, "#criterionName", "Tên sửa trên màn hình này");
        click(robot, "#saveTableForm");
        assertThat(text(robot, "#tableFormError")).isEqualTo("Tiêu chí 1.2 của bảng điểm năm 2019 đã bị xóa ở nơi"
                + " khác; thay đổi này chưa được lưu. Hãy tải lại.");
        assertThat(ws.scoring().table(y2019).criterionByCode("1.2")).as("nothing brought back").isEmpty();

        reload(robot, "#reloadTableForm", true);
        assertThat(robot.lookup("#tableForm").query().isVisible()).as("nothing left to edit").isFalse();
        assertThat(text(robot, "#statusText")).isEqualTo("Tiêu chí 1.2 đã bị xóa ở nơi khác; không còn gì để sửa.");
        assertThat(robot.lookup("#criteriaTable").query().isFocused()).as("the keyboard back on the table").isTrue();
        assertThat(ws.scoring().table(y2019).criterionByCode("1.2")).isEmpty();
    }

    @Test
    void bandsChangedBehindTheScreensBackAreRefusedUnderTheBandsAndSavedAfterTheirReload(FxRobot robot) throws Exception {
        scoringTab(robot, 2);
        ClassificationBands b = ws.scoring().bands(y2019);
        ws.scoring().saveBands(y2019, new ClassificationBands(new ClassificationBands.Band(new BigDecimal("91"),
                b.excellent().minCriterionPercent()), b.good(), b.completed()),
                ws.scoring().version(RowVersion.Of.BANDS, y2019.id()).version());

        retype(robot, "#bandTotal-excellent", "95");
        click(robot, "#saveBands");
        assertThat(text(robot, "#bandsError")).contains("Ngưỡng xếp loại năm 2019", "đã được sửa lúc ").endsWith(STALE);
        assertThat(ws.scoring().bands(y2019).excellent().minTotal()).isEqualByComparingTo("91");

        reload(robot, "#reloadBands", true);
        assertThat(field(robot, "#bandTotal-excellent")).isEqualTo("91");
        assertThat(text(robot, "#bandsError")).isEmpty();
        retype(robot, "#bandTotal-excellent", "95");
        click(robot, "#saveBands");
        assertThat(text(robot, "#bandsError")).isEmpty();
        assertThat(ws.scoring().bands(y2019).excellent().minTotal()).isEqualByComparingTo("95");
    }

    @Test
    void conferenceDetailsChangedBehindTheReportsBackAreRefusedBesideSaveAndSavedAfterTheirReload(FxRobot robot)
            throws Exception {
        shortcut(robot, KeyCode.DIGIT6);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#conferencePlace").tryQuery().isPresent());
        ws.blocs().setConferenceDetails(y2019, new ConferenceDetails(LocalDate.of(2019, 12, 11), "Hội trường A",
                "UBND tỉnh"), ws.blocs().version(RowVersion.Of.CONFERENCE, y2019).version());

        retype(robot, "#conferencePlace", "Hội trường B");
        click(robot, "#saveConference");
        assertThat(text(robot, "#conferenceMessage")).contains("Thông tin hội nghị năm 2019", "đã được sửa lúc ")
                .endsWith(STALE);
        assertThat(robot.lookup("#conferenceMessage").query().getStyleClass()).as("said as a refusal")
                .contains("error-text");
        assertThat(ws.blocs().conferenceDetails(y2019).place()).isEqualTo("Hội trường A");

        reload(robot, "#reloadConference", false);
        assertThat(field(robot, "#conferencePlace")).isEqualTo("Hội trường A");
        assertThat(text(robot, "#conferenceMessage")).isEmpty();
        retype(robot, "#conferencePlace", "Hội trường B");
        click(robot, "#saveConference");
        assertThat(text(robot, "#conferenceMessage")).isEqualTo("Đã lưu.");
        assertThat(robot.lookup("#conferenceMessage").query().getStyleClass()).doesNotContain("error-text");
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
        return member(code).id();
    }

    private String fullName(String code) {
        return member(code).fullName();
    }

    @Test
    void leadersChangedBehindTheUnitsBackAreRefusedOnTheScreenAndSetAfterTheirReload(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT1);
        selectUnit(robot, "XD");
        ws.blocs().setLeaders(y2019, unit("GTVT"), unit("TTTT"), ws.blocs().version(RowVersion.Of.LEADERS, y2019).version());

        click(robot, "#setHead");
        assertThat(robot.lookup("#dialog-error").tryQuery()).as("no dialog takes the keyboard").isEmpty();
        assertThat(text(robot, "#leadersError")).contains("Trưởng khối, Phó khối năm 2019", "đã được sửa lúc ")
                .endsWith(STALE);
        Season now = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        assertThat(List.of(now.headUnitId(), now.deputyUnitId())).containsExactly(unit("GTVT"), unit("TTTT"));

        reload(robot, "#reloadLeaders", false);
        assertThat(text(robot, "#yearInfo")).contains("Trưởng khối: " + fullName("GTVT"),
                "Phó khối: " + fullName("TTTT"));
        assertThat(text(robot, "#leadersError")).isEmpty();
        assertThat(robot.lookup("#leadersError").query().getParent().isVisible()).isFalse();
        selectUnit(robot, "XD");
        click(robot, "#setHead");
        assertThat(text(robot, "#leadersError")).isEmpty();
        Season after = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        assertThat(List.of(after.headUnitId(), after.deputyUnitId())).containsExactly(unit("XD"), unit("TTTT"));
        assertThat(text(robot, "#yearInfo")).contains("Trưởng khối: " + fullName("XD"));
    }
}
