package vn.thidua.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.Score;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.testing.SampleScreenTest;
import vn.thidua.ui.scoreboard.ScoreboardLine;

/** Scores, the scoring table and the bands, typed from the keyboard on the 2019 sample. */
class ScoringScreenTest extends SampleScreenTest {

    Unit ct;

    @BeforeEach
    void findCt() {
        ct = member("CT");
    }

    /** Ctrl+3, then Alt+V to the unit chooser and Down to Sở Công Thương, second in Vietnamese order. */
    private void openScoresOfCt(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT3);
        robot.press(KeyCode.ALT).type(KeyCode.V).release(KeyCode.ALT).type(KeyCode.DOWN);
        idle();
        assertThat(robot.lookup("#scoreUnit").queryAs(ComboBox.class).getValue()).isEqualTo(ct);
    }

    /** Replaces the text of a field as a person would: into it, select all, type, Enter. */
    private void retype(FxRobot robot, String id, String text) throws Exception {
        robot.clickOn(id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text, 0)
                .type(KeyCode.ENTER);
        idle();
    }

    private BigDecimal blocScore(String criterionCode) {
        Criterion c = ws.scoring().table(y2019).criterionByCode(criterionCode).orElseThrow();
        return ws.scoring().scores(y2019).stream().filter(s -> s.unitId() == ct.id() && s.criterionId() == c.id())
                .map(Score::bloc).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableView<ScoreboardLine> scoreboard(FxRobot robot) {
        return robot.lookup("#scoreboardTable").queryAs(TableView.class);
    }

    @Test
    void loweringABlocScoreFromTheKeyboardTakesTheUnitOutOfExcellent(FxRobot robot) throws Exception {
        openScoresOfCt(robot);
        assertThat(text(robot, "#scoreSummary")).contains("Hoàn thành xuất sắc nhiệm vụ");

        // 16 of 20 is 80 %: the total still passes 90, but 1.1 falls below the 85 % an excellent unit needs.
        retype(robot, "#bloc-1_1", "16");

        assertThat(blocScore("1.1")).isEqualByComparingTo("16");
        assertThat(text(robot, "#scoreSummary")).contains("Tổng điểm 93").contains("Hoàn thành tốt nhiệm vụ");
        // Enter went down the column.
        assertThat(robot.lookup("#bloc-1_2").queryAs(TextField.class).isFocused()).isTrue();

        shortcut(robot, KeyCode.DIGIT4);
        ScoreboardLine line = scoreboard(robot).getItems().stream()
                .filter(l -> l.unitName().equals("Sở Công Thương")).findFirst().orElseThrow();
        assertThat(line.classification()).isEqualTo(Classification.GOOD);
        assertThat(line.note()).contains("1.1");
        assertThat(text(robot, "#scoreboardSummary"))
                .contains("6 Hoàn thành xuất sắc nhiệm vụ").contains("2 Hoàn thành tốt nhiệm vụ");

        // The note of the correction, and straight to another screen: leaving the field saves it.
        shortcut(robot, KeyCode.DIGIT3);
        robot.clickOn("#note-1_1").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Hội nghị sửa", 0);
        shortcut(robot, KeyCode.DIGIT4);
        Criterion c11 = ws.scoring().table(y2019).criterionByCode("1.1").orElseThrow();
        assertThat(ws.scoring().scores(y2019)).filteredOn(s -> s.unitId() == ct.id() && s.criterionId() == c11.id())
                .extracting(Score::note).containsExactly("Hội nghị sửa");
    }

    @Test
    void aScoreAboveTheMaximumIsRefusedNamingTheCriterionAndItsMaximum(FxRobot robot) throws Exception {
        openScoresOfCt(robot);
        retype(robot, "#bloc-1_1", "25");

        assertThat(text(robot, "#scoreError-1_1"))
                .isEqualTo("Điểm 25 của tiêu chí 1.1 (Hoàn thành các chỉ tiêu, nhiệm vụ kế hoạch năm UBND tỉnh giao) "
                        + "vượt quá điểm tối đa 20.");
        assertThat(robot.lookup("#bloc-1_1").queryAs(TextField.class).getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("refused"));
        assertThat(blocScore("1.1")).isEqualByComparingTo("19");

        // Put right, the message goes.
        retype(robot, "#bloc-1_1", "19,5");
        assertThat(robot.lookup("#scoreError-1_1").queryAs(Label.class).isVisible()).isFalse();
        assertThat(blocScore("1.1")).isEqualByComparingTo("19.5");
        assertThat(robot.lookup("#bloc-1_1").queryAs(TextField.class).getText()).isEqualTo("19,5");
    }

    @Test
    void aCriterionIsAddedRefusedWhenWrongAndDeletedAfterAsking(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT3);
        robot.clickOn("#tab-table");
        idle();
        assertThat(text(robot, "#tableInfo")).contains("15 tiêu chí").contains("100");
        robot.clickOn("Công tác khối").type(KeyCode.INSERT);
        assertThat(robot.lookup("#criterionOrder").queryAs(TextField.class).getText()).isEqualTo("3");
        robot.clickOn("#criterionCode").write("5.3");
        robot.clickOn("#criterionName").write("Hội thi", 0);
        robot.clickOn("#criterionMax").write("5,5,5").type(KeyCode.ENTER);
        idle();
        assertThat(text(robot, "#tableFormError")).contains("nhiều hơn một dấu phẩy");

        robot.clickOn("#criterionMax").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("5");
        shortcut(robot, KeyCode.S);
        assertThat(text(robot, "#tableInfo")).contains("16 tiêu chí").contains("105");
        assertThat(ws.scoring().table(y2019).criterionByCode("5.3")).get()
                .satisfies(c -> assertThat(c.max()).isEqualByComparingTo("5"));

        robot.clickOn("Hội thi").type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-confirmation").tryQuery().isPresent());
        assertThat(robot.lookup("#dialog-confirmation").queryAs(DialogPane.class).getContentText())
                .contains("5.3").contains("Điểm của mọi đơn vị");
        robot.type(KeyCode.ENTER);
        idle();
        assertThat(ws.scoring().table(y2019).criterionByCode("5.3")).isEmpty();
        assertThat(text(robot, "#tableInfo")).contains("15 tiêu chí");

        // A group: added from the form, then deleted after asking.
        robot.clickOn("#addGroup").write("VII", 0).type(KeyCode.TAB).write("Nhóm thử", 0).type(KeyCode.ENTER);
        idle();
        assertThat(ws.scoring().table(y2019).group("VII")).isPresent();
        robot.clickOn("Nhóm thử").clickOn("#deleteGroup");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-confirmation").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        idle();
        assertThat(ws.scoring().table(y2019).group("VII")).isEmpty();
    }

    @Test
    void bandsAreEditedStoredAndChangeTheScoreboard(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT3);
        // Two tabs on: the focus lands in the first band's minimum total.
        shortcut(robot, KeyCode.PAGE_DOWN);
        shortcut(robot, KeyCode.PAGE_DOWN);
        assertThat(robot.lookup("#bandTotal-excellent").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(robot.lookup("#bandTotal-excellent").queryAs(TextField.class).getText()).isEqualTo("90");

        robot.type(KeyCode.TAB, KeyCode.TAB);
        replaceFocused(robot, "96");
        assertThat(text(robot, "#bandsError"))
                .contains("Hoàn thành tốt nhiệm vụ: Điểm tổng tối thiểu của mức này phải thấp hơn của mức trên.");

        replaceFocused(robot, "80");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB, KeyCode.TAB).release(KeyCode.SHIFT);
        replaceFocused(robot, "95,5");
        assertThat(text(robot, "#bandsError")).isEmpty();
        assertThat(ws.scoring().bands(y2019).excellent().minTotal()).isEqualByComparingTo("95.5");

        shortcut(robot, KeyCode.DIGIT4);
        assertThat(scoreboard(robot).getItems()).filteredOn(l -> l.classification() == Classification.EXCELLENT)
                .extracting(ScoreboardLine::unitName).containsExactly("Sở Giao thông Vận tải", "Sở Công Thương");
    }

    /** Select all in the focused field, type, Enter. */
    private void replaceFocused(FxRobot robot, String text) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text, 0).type(KeyCode.ENTER);
        idle();
    }

    /** Two windows on one bloc-year: a score changed elsewhere after the screen loaded it is not overwritten. */
    @Test
    void aScoreChangedBehindTheScreensBackIsNotOverwrittenAndTheRowSaysWhenItChanged(FxRobot robot) throws Exception {
        openScoresOfCt(robot);
        Criterion c12 = ws.scoring().table(y2019).criterionByCode("1.2").orElseThrow();
        BigDecimal before = blocScore("1.2");
        String elsewhere = before.subtract(BigDecimal.ONE).toPlainString();
        ws.scoring().enterScore(y2019, ct.id(), c12.id(), "", elsewhere, "Sửa ở cửa sổ khác");

        retype(robot, "#bloc-1_2", before.subtract(BigDecimal.valueOf(2)).toPlainString());

        assertThat(text(robot, "#scoreError-1_2"))
                .startsWith("Điểm tiêu chí 1.2 của Sở Công Thương đã được sửa lúc ")
                .endsWith("ở nơi khác; thay đổi này chưa được lưu. Hãy tải lại rồi sửa.");
        assertThat(blocScore("1.2")).as("the other window's score kept").isEqualByComparingTo(elsewhere);

        // Tải lại: the row reads what is stored now, the refusal goes, and the next change is taken.
        robot.clickOn("#reloadScore-1_2");
        idle();
        assertThat(text(robot, "#scoreError-1_2")).isEmpty();
        assertThat(robot.lookup("#reloadScore-1_2").query().isVisible()).isFalse();
        assertThat(robot.lookup("#bloc-1_2").queryAs(TextField.class).getText())
                .isEqualTo(VnFormat.formatNumber(new BigDecimal(elsewhere)));
        String mine = before.subtract(BigDecimal.valueOf(2)).toPlainString();
        retype(robot, "#bloc-1_2", mine);
        assertThat(blocScore("1.2")).isEqualByComparingTo(mine);
        assertThat(text(robot, "#scoreError-1_2")).isEmpty();
    }
    /**
     * A criterion deleted elsewhere while the screen shows it: a score typed on it is refused in words, nothing is
     * stored, and Tải lại (from the keyboard) reads the table again; the keyboard goes to the row in its place.
     */
    @Test
    void aScoreOnACriterionDeletedElsewhereIsRefusedAndTaiLaiReadsTheTableAgain(FxRobot robot) throws Exception {
        openScoresOfCt(robot);
        java.util.List<Criterion> criteria = ws.scoring().table(y2019).criteria();
        Criterion c12 = ws.scoring().table(y2019).criterionByCode("1.2").orElseThrow();
        int at = criteria.indexOf(c12);
        ws.scoring().deleteCriterion(c12);

        retype(robot, "#bloc-1_2", "1");

        assertThat(text(robot, "#scoreError-1_2")).isEqualTo("Tiêu chí này đã bị xóa khỏi bảng điểm năm 2019 ở nơi"
                + " khác; điểm này chưa được lưu. Hãy tải lại.");
        assertThat(ws.scoring().scores(y2019)).noneMatch(s -> s.criterionId() == c12.id());
        assertThat(robot.lookup("#reloadScore-1_2").query().isVisible()).isTrue();

        // From the row's last field, Tab reaches its Tải lại; Space presses it.
        robot.clickOn("#note-1_2").type(KeyCode.TAB);
        idle();
        assertThat(robot.lookup("#reloadScore-1_2").query().isFocused()).as("Tab reaches Tải lại").isTrue();
        robot.type(KeyCode.SPACE);
        idle();

        assertThat(robot.lookup("#bloc-1_2").tryQuery()).as("the deleted criterion's row is gone").isEmpty();
        String next = ws.scoring().table(y2019).criteria().get(at).code().replaceAll("[^A-Za-z0-9]", "_");
        assertThat(robot.lookup("#self-" + next).query().isFocused())
                .as("the keyboard in the row that took its place (%s)", next).isTrue();
    }
}
