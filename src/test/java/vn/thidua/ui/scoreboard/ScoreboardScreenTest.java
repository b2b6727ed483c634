package vn.thidua.ui.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.testing.SampleScreenTest;

/** The 2019 sample's scoreboard on screen: counts, sorting, live updates, projection and print preview. */
class ScoreboardScreenTest extends SampleScreenTest {

    @BeforeEach
    void openScoreboard() throws Exception {
        shortcut(new FxRobot(), KeyCode.DIGIT4);
    }

    @SuppressWarnings("unchecked")
    private TableView<ScoreboardLine> table(FxRobot robot) {
        return robot.lookup("#scoreboardTable").queryAs(TableView.class);
    }

    @Test
    void sample2019ShowsSevenExcellentAndOneGood(FxRobot robot) {
        assertThat(table(robot).getItems()).hasSize(8);
        assertThat(table(robot).getItems()).filteredOn(l -> l.classification() == Classification.EXCELLENT).hasSize(7)
                .allSatisfy(l -> assertThat(l.classificationText()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ"));
        assertThat(table(robot).getItems()).filteredOn(l -> l.classification() == Classification.GOOD)
                .extracting(ScoreboardLine::classificationText).containsExactly("Hoàn thành tốt nhiệm vụ");
        assertThat(robot.lookup("#scoreboardSummary").queryAs(Label.class).getText())
                .isEqualTo("Năm 2019 · 8 đơn vị: 7 Hoàn thành xuất sắc nhiệm vụ · 1 Hoàn thành tốt nhiệm vụ");
        // Shared rank: two units on 93 are both third, the next is fifth.
        assertThat(table(robot).getItems()).extracting(ScoreboardLine::rank).containsExactly(1, 2, 3, 3, 5, 6, 7, 8);
        assertThat(robot.lookup("Hoàn thành tốt nhiệm vụ").tryQuery()).isPresent();
    }

    @Test
    void onTheFirstVisitEveryColumnHasItsWidthNotRankAlone(FxRobot robot) {
        // The screen's model is made on this first visit: the groups' columns arrive with the data,
        // after the table was first laid out.
        TableView<ScoreboardLine> t = table(robot);
        double rank = t.getColumns().get(0).getWidth();
        double unit = t.getColumns().get(1).getWidth();
        assertThat(t.getColumns()).hasSize(12);
        assertThat(rank).as("Hạng").isBetween(40.0, 90.0);
        assertThat(unit).as("Đơn vị").isGreaterThanOrEqualTo(250.0);
        for (var c : t.getColumns()) {
            assertThat(c.getWidth()).as(c.getId()).isGreaterThanOrEqualTo(40.0);
        }
        double sum = t.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertThat(sum).as("the columns fill the table").isLessThanOrEqualTo(t.getWidth());
    }

    @Test
    void columnsSortByValueAndNamesInVietnameseOrder(FxRobot robot) {
        robot.clickOn("#col-unit");
        assertThat(table(robot).getItems().get(0).unitName()).isEqualTo("Ban Quản lý các khu công nghiệp");
        assertThat(table(robot).getItems().get(7).unitName()).isEqualTo("Sở Xây dựng");
        robot.clickOn("#col-total");
        assertThat(table(robot).getItems().get(0).unitName()).isEqualTo("Sở Khoa học và Công nghệ");
    }

    @Test
    void aScoreChangedElsewhereShowsAtOnce(FxRobot robot) throws Exception {
        Unit khcn = ws.blocs().memberByCode(y2019, "KHCN").orElseThrow();
        Criterion bonus = ws.scoring().table(y2019).criterionByCode("6.1").orElseThrow();
        ws.scoring().enterScore(y2019, khcn.id(), bonus.id(), "8", "", "");
        robot.interact(() -> window.session().dataChanged());
        idle();
        ScoreboardLine line = table(robot).getItems().stream()
                .filter(l -> l.unitName().equals("Sở Khoa học và Công nghệ")).findFirst().orElseThrow();
        assertThat(line.total()).isEqualByComparingTo("94");
        assertThat(line.rank()).isEqualTo(3);
        assertThat(line.provisional()).isTrue();
        assertThat(line.note()).startsWith("Tạm tính");
        assertThat(robot.lookup("#scoreboardSummary").queryAs(Label.class).getText())
                .endsWith("· 1 đơn vị có điểm tạm tính (khối chưa chấm đủ)");
    }

    @Test
    void f5OpensAndClosesTheProjectorHereAsOnEveryScreen(FxRobot robot) throws Exception {
        robot.type(KeyCode.F5);
        idle();
        assertThat(window.projectorWindow().stage().isShowing()).as("the projector after F5").isTrue();
        assertThat(robot.lookup("#projectionPreview").query().isVisible()).as("the in-page preview").isFalse();
        robot.type(KeyCode.F5);
        idle();
        assertThat(window.projectorWindow().stage().isShowing()).as("the projector after a second F5").isFalse();
        assertThat(robot.lookup("#projectionPreview").query().isVisible()).isFalse();
    }

    @Test
    void theProjectionPreviewAndThePrintPreviewShowTheBoard(FxRobot robot) throws Exception {
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        assertThat(robot.lookup("#projectionPreview").query().isVisible()).isTrue();
        assertThat(robot.lookup("#scoreboardProjection .projection-unit").queryAll()).hasSize(8);
        assertThat(robot.lookup("#scoreboardProjection .projection-title").queryAs(Label.class).getText())
                .isEqualTo("BẢNG ĐIỂM THI ĐUA NĂM 2019");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#printPreview").tryQuery().isPresent());
        assertThat(robot.lookup("#previewPage").queryAs(Label.class).getText()).isEqualTo("Trang 1/1");
        assertThat(robot.lookup("#printPage-1 .print-title").queryAs(Label.class).getText())
                .isEqualTo("BẢNG TỔNG HỢP ĐIỂM VÀ XẾP LOẠI THI ĐUA NĂM 2019");
        assertThat(robot.lookup("#printPage-1 .print-footer").queryAs(Label.class).getText()).isEqualTo("Trang 1/1");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#printPreview").tryQuery().isEmpty());
    }
}
