package vn.thidua.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.testing.SampleScreenTest;

/** Indicators typed from the keyboard into the grid, on the 2019 sample in a real data file. */
class IndicatorsScreenTest extends SampleScreenTest {

    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    Unit ct;

    @BeforeEach
    void openCt() throws Exception {
        ct = member("CT");
        robotOpensCt(new FxRobot());
    }

    private void robotOpensCt(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT2);
        // Alt+V goes to the unit chooser; Sở Công Thương is second in Vietnamese order.
        robot.press(KeyCode.ALT).type(KeyCode.V).release(KeyCode.ALT).type(KeyCode.DOWN);
        idle();
        assertThat(robot.lookup("#indicatorUnit").queryAs(ComboBox.class).getValue()).isEqualTo(ct);
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    /** At the window's first size (1280 wide), the keys' hint ends well before the screen's right edge. */
    @Test
    void theHintLineStopsShortOfTheRightEdge(FxRobot robot) {
        Label hint = robot.lookup(".hint").match((Label l) -> l.getText().startsWith("Tab: sang ô bên phải"))
                .queryAs(Label.class);
        Node text = hint.lookup(".text");
        Node tabs = robot.lookup("#indicatorTabs").query();
        double end = text.localToScene(text.getBoundsInLocal()).getMaxX();
        double edge = tabs.localToScene(tabs.getBoundsInLocal()).getMaxX();
        assertThat(edge - end).as("room after the hint's last letter, px").isGreaterThanOrEqualTo(16);
    }

    @Test
    void aNewIndicatorIsTypedFromTheKeyboardAndSavedWithItsPercentages(FxRobot robot) throws Exception {
        // The sample's industrial production value: 108.500 on 93.293 the year before.
        assertThat(field(robot, "#ind-name-0").getText()).isEqualTo("Giá trị sản xuất công nghiệp");
        assertThat(text(robot, "#ind-growth-0")).isEqualTo("+16,3%");

        // Row 3 is the empty line for a new indicator: Tab through it, Enter to finish.
        robot.clickOn("#ind-name-3").write("GTSX (giá SS)", 0)
                .type(KeyCode.TAB).write("tỷ", 0)
                .type(KeyCode.TAB).write("100.000", 0)
                .type(KeyCode.TAB).write("108500", 0)
                .type(KeyCode.TAB).write("93293,5", 0)
                .type(KeyCode.ENTER);
        idle();

        assertThat(text(robot, "#ind-percent-3")).isEqualTo("108,5%");
        assertThat(text(robot, "#ind-growth-3")).isEqualTo("+16,3%");
        assertThat(field(robot, "#ind-actual-3").getText()).isEqualTo("108.500");
        Indicator saved = ws.scoring().indicators(y2019, ct.id()).stream()
                .filter(i -> i.name().equals("GTSX (giá SS)")).findFirst().orElseThrow();
        assertThat(saved.plan()).isEqualByComparingTo("100000");
        assertThat(saved.actual()).isEqualByComparingTo("108500");
        assertThat(saved.previousYear()).isEqualByComparingTo("93293.5");
        // A fresh empty line waits below for the next one.
        assertThat(field(robot, "#ind-name-4").getText()).isEmpty();
    }

    @Test
    void aFigureWithEnglishSeparatorsIsRefusedWithTheReasonBesideIt(FxRobot robot) throws Exception {
        robot.clickOn("#ind-plan-0").write("1,234,567", 0).type(KeyCode.TAB);
        idle();

        assertThat(text(robot, "#ind-error-0")).isEqualTo("“1,234,567” viết theo kiểu tiếng Anh. Hãy dùng dấu chấm "
                + "ngăn cách hàng nghìn và dấu phẩy thập phân, ví dụ 1.234.567 hoặc 1.234,5.");
        assertThat(field(robot, "#ind-plan-0").getPseudoClassStates()).contains(REFUSED);
        assertThat(ws.scoring().indicators(y2019, ct.id()).get(0).plan()).isNull();
        // A refusal of the figure itself: nothing to read again, so no "Tải lại".
        assertThat(robot.lookup("#ind-reload-0").queryAs(Button.class).isVisible()).isFalse();

        robot.clickOn("#ind-plan-0").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("100.000", 0).type(KeyCode.TAB);
        idle();
        assertThat(robot.lookup("#ind-error-0").queryAs(Label.class).isVisible()).isFalse();
        assertThat(field(robot, "#ind-plan-0").getPseudoClassStates()).doesNotContain(REFUSED);
        assertThat(text(robot, "#ind-percent-0")).isEqualTo("108,5%");
    }

    @Test
    void anIndicatorChangedBehindTheScreensBackIsNotOverwrittenAndTheRowSaysWhenItChanged(FxRobot robot)
            throws Exception {
        Indicator first = ws.scoring().indicators(y2019, ct.id()).get(0);
        ws.scoring().saveIndicator(y2019, first.id(), ct.id(), first.name(), first.measureUnit(), "90.000", "108.500",
                "", "Sửa ở cửa sổ khác");

        robot.clickOn("#ind-plan-0").write("100.000", 0).type(KeyCode.TAB);
        idle();

        assertThat(text(robot, "#ind-error-0"))
                .startsWith("Chỉ tiêu “" + first.name() + "” của Sở Công Thương đã được sửa lúc ")
                .endsWith("ở nơi khác; thay đổi này chưa được lưu. Hãy tải lại rồi sửa.");
        Indicator kept = ws.scoring().indicators(y2019, ct.id()).get(0);
        assertThat(kept.plan()).as("the other window's figure kept").isEqualByComparingTo("90000");
        assertThat(kept.note()).isEqualTo("Sửa ở cửa sổ khác");

        // "Tải lại" beside the words, with the keyboard on it: Enter reads the stored row into this one.
        Button reload = robot.lookup("#ind-reload-0").queryAs(Button.class);
        assertThat(reload.isVisible()).isTrue();
        assertThat(reload.isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        idle();
        assertThat(field(robot, "#ind-plan-0").getText()).isEqualTo("90.000");
        assertThat(field(robot, "#ind-note-0").getText()).isEqualTo("Sửa ở cửa sổ khác");
        assertThat(text(robot, "#ind-percent-0")).isEqualTo("120,6%");
        assertThat(robot.lookup("#ind-error-0").queryAs(Label.class).isVisible()).isFalse();
        assertThat(reload.isVisible()).isFalse();
        assertThat(field(robot, "#ind-name-0").isFocused()).as("the keyboard back in the row").isTrue();
        assertThat(text(robot, "#statusText")).isEqualTo("Đã tải lại chỉ tiêu “" + first.name()
                + "” như đang lưu; hãy sửa lại nếu cần.");

        // Now the row holds the stored version: the change goes through.
        robot.clickOn("#ind-plan-0").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("100.000", 0).type(KeyCode.TAB);
        idle();
        assertThat(robot.lookup("#ind-error-0").queryAs(Label.class).isVisible()).isFalse();
        Indicator saved = ws.scoring().indicators(y2019, ct.id()).get(0);
        assertThat(saved.plan()).isEqualByComparingTo("100000");
        assertThat(saved.note()).as("the other window's note kept").isEqualTo("Sửa ở cửa sổ khác");
    }

    @Test
    void anIndicatorDeletedBehindTheScreensBackIsSaidSoAndTheListReadAgain(FxRobot robot) throws Exception {
        List<Indicator> before = ws.scoring().indicators(y2019, ct.id());
        ws.scoring().deleteIndicator(before.get(0));

        robot.clickOn("#ind-plan-0").write("100.000", 0).type(KeyCode.TAB);
        idle();
        assertThat(text(robot, "#ind-error-0")).isNotEmpty();
        Button reload = robot.lookup("#ind-reload-0").queryAs(Button.class);
        assertThat(reload.isVisible()).as("a save over a deleted row is refused as changed elsewhere").isTrue();
        robot.type(KeyCode.ENTER);
        idle();
        assertThat(text(robot, "#statusText")).isEqualTo("Chỉ tiêu “" + before.get(0).name()
                + "” đã bị xóa ở nơi khác; đã tải lại danh sách.");
        assertThat(field(robot, "#ind-name-0").getText()).isEqualTo(before.get(1).name());
        assertThat(field(robot, "#ind-name-0").isFocused()).as("the keyboard in the row that took its place").isTrue();
        assertThat(ws.scoring().indicators(y2019, ct.id())).hasSize(before.size() - 1);
    }

    @Test
    void lastYearsNamesAreCopiedIntoANewYearAndARowIsDeletedAfterAsking(FxRobot robot) throws Exception {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Season> years = robot.lookup("#yearChooser").queryAs(ComboBox.class);
            years.getSelectionModel().selectLast();
        });
        idle();
        assertThat(robot.lookup("#indicatorUnit").queryAs(ComboBox.class).getValue()).isNotNull();
        assertThat(field(robot, "#ind-name-0").getText()).isEmpty();

        robot.clickOn("#copyIndicatorNames");
        idle();
        assertThat(field(robot, "#ind-name-0").getText()).isEqualTo("Giá trị sản xuất công nghiệp");
        assertThat(field(robot, "#ind-actual-0").getText()).isEmpty();
        // Last year's actual is this year's point of comparison.
        assertThat(field(robot, "#ind-previous-0").getText()).isEqualTo("108.500");
        assertThat(field(robot, "#ind-name-3").getText()).isEmpty();

        robot.clickOn("#ind-name-2").press(KeyCode.CONTROL).type(KeyCode.DELETE).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-confirmation").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        idle();
        Season y2020 = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2020);
        assertThat(ws.scoring().indicators(y2020, ct.id())).hasSize(2);
        assertThat(field(robot, "#ind-name-2").getText()).isEmpty();
    }

    @Test
    void theUnitAcrossYearsShowsItsTotalsAndIndicators(FxRobot robot) throws Exception {
        robot.clickOn("#tab-history");
        idle();
        @SuppressWarnings("unchecked")
        TableView<HistoryYear> years = robot.lookup("#historyYears").queryAs(TableView.class);
        assertThat(years.getItems()).extracting(HistoryYear::year).containsExactly(2019, 2020);
        assertThat(years.getItems().get(0).totalText()).isEqualTo("96");
        assertThat(years.getItems().get(0).classification()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(years.getItems().get(1).classification()).isEqualTo("(chưa chấm điểm)");
        LineChart<?, ?> chart = robot.lookup("#historyChart").queryAs(LineChart.class);
        assertThat(chart.getData().get(0).getData()).hasSize(1);
        @SuppressWarnings("unchecked")
        TableView<HistoryIndicator> indicators = robot.lookup("#historyIndicators").queryAs(TableView.class);
        assertThat(indicators.getItems()).extracting(HistoryIndicator::name).contains("Giá trị xuất khẩu");
        assertThat(indicators.getItems().get(0).actual(2019)).isEqualTo("108.500");
    }

    /** Issue 16: a merged unit's years before the merger are its predecessors', each labelled, with a line each. */
    @Test
    @SuppressWarnings("unchecked")
    void aMergedUnitsHistoryShowsItsPredecessorsYearsLabelled(FxRobot robot) throws Exception {
        Bloc ktn = ws.blocs().requireBloc("KTN");
        ws.blocs().merge(ktn, List.of("XD", "KHCN"), "XDKH", "Sở Xây dựng và Khoa học", 2020);
        Season y2020 = ws.blocs().requireSeason(ktn, 2020);
        Unit merged = ws.blocs().memberByCode(y2020, "XDKH").orElseThrow();
        robot.interact(() -> window.session().select(ktn, y2020));
        idle();
        robot.interact(() -> robot.lookup("#indicatorUnit").queryAs(ComboBox.class).setValue(merged));
        idle();
        robot.clickOn("#tab-history");
        idle();

        TableView<HistoryYear> years = robot.lookup("#historyYears").queryAs(TableView.class);
        assertThat(years.getItems()).extracting(y -> y.year() + " " + y.unit() + " " + y.predecessor())
                .containsExactly("2019 " + unitLabel(ktn, 2019, "KHCN") + " true",
                        "2019 " + unitLabel(ktn, 2019, "XD") + " true",
                        "2020 Sở Xây dựng và Khoa học (XDKH) false");
        assertThat(years.getItems().get(0).totalText()).isNotEmpty();
        LineChart<?, ?> chart = robot.lookup("#historyChart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(3);
        assertThat(chart.getData().get(0).getName()).endsWith("(KHCN) – đơn vị trước");
        assertThat(chart.isLegendVisible()).isTrue();
    }

    private String unitLabel(Bloc bloc, int year, String code) {
        Unit u = ws.blocs().memberByCode(ws.blocs().requireSeason(bloc, year), code).orElseThrow();
        return u.displayName() + " (" + code + ")";
    }
}
