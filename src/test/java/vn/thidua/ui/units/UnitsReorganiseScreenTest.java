package vn.thidua.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.testing.FxHarness;
import vn.thidua.testing.TestData;
import vn.thidua.ui.main.MainWindow;

/**
 * Issue 16 on Đơn vị: merge, split and move from a year on, from the keyboard, on a real data file read
 * back through the store. The year on screen keeps its members; the next year has the successors.
 */
@ExtendWith(ApplicationExtension.class)
class UnitsReorganiseScreenTest {

    @TempDir
    Path dir;
    Workspace ws;
    MainWindow window;
    Bloc vx;
    Season y2019;
    Season y2020;

    @BeforeEach
    void open() throws Exception {
        ws = TestData.open(dir);
        vx = ws.blocs().addBloc("VX", "Khối Văn hóa – Xã hội");
        y2019 = ws.blocs().startYear(vx.id(), 2019);
        ws.blocs().addUnit(y2019, new UnitDraft("GD", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT"));
        ws.blocs().addUnit(y2019, new UnitDraft("KHCN", "Sở Khoa học và Công nghệ", ""));
        ws.blocs().addUnit(y2019, new UnitDraft("VHTT", "Sở Văn hóa, Thể thao và Du lịch", ""));
        ws.blocs().addUnit(y2019, new UnitDraft("YT", "Sở Y tế", ""));
        y2020 = ws.blocs().startYear(vx.id(), 2020);
        window = FxHarness.showMainWindow(ws, dir.resolve("prefs.properties"));
        show(y2019);
    }

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
        ws.close();
    }

    private void idle() throws Exception {
        FxHarness.waitIdle(window.session());
    }

    private void show(Season season) throws Exception {
        FxToolkit.setupFixture(() -> window.session().select(vx, season));
        idle();
    }

    @SuppressWarnings("unchecked")
    private List<String> shownCodes(FxRobot robot) {
        TableView<UnitRow> table = robot.lookup("#unitsTable").queryAs(TableView.class);
        return table.getItems().stream().map(UnitRow::code).sorted().toList();
    }

    private List<String> storedCodes(int year) {
        return ws.blocs().members(ws.blocs().requireSeason(vx, year)).stream().map(Unit::code).sorted().toList();
    }

    private void alt(FxRobot robot, KeyCode key) throws Exception {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
        idle();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        idle();
    }

    private boolean formShown(FxRobot robot) {
        return robot.lookup("#reorgForm").query().isVisible();
    }

    @Test
    void aMergeFromNextYearLeavesThisYearsListAndGivesNextYearTheMergedUnit(FxRobot robot) throws Exception {
        robot.clickOn("Sở Giáo dục và Đào tạo");
        alt(robot, KeyCode.H);
        assertThat(formShown(robot)).isTrue();
        assertThat(robot.lookup("#mergePick-GD").queryAs(CheckBox.class).isSelected())
                .as("the selected unit starts ticked").isTrue();
        assertThat(robot.lookup("#reorgFromYear").queryTextInputControl().getText()).isEqualTo("2020");
        // The list is in name order: after GD comes KHCN. Tab to it, Space ticks it; Tab on to the code.
        robot.type(KeyCode.TAB).type(KeyCode.SPACE);
        robot.type(KeyCode.TAB, 2).type(KeyCode.TAB);
        assertThat(robot.lookup("#reorgCode").queryTextInputControl().isFocused()).isTrue();
        robot.write("gdkh").type(KeyCode.TAB).write("Sở Giáo dục, Khoa học và Công nghệ").type(KeyCode.TAB)
                .write("Sở GD-KH");
        save(robot);

        assertThat(formShown(robot)).isFalse();
        assertThat(robot.lookup("#unitsTable").query().isFocused()).as("the keys go back to the list").isTrue();
        assertThat(shownCodes(robot)).containsExactly("GD", "KHCN", "VHTT", "YT");
        assertThat(window.session().statusProperty().get()).isEqualTo("Từ năm 2020, GD, KHCN là một đơn vị: "
                + "Sở Giáo dục, Khoa học và Công nghệ (GDKH). Đã cập nhật thành viên các năm đã có: 2020.");
        assertThat(storedCodes(2019)).containsExactly("GD", "KHCN", "VHTT", "YT");
        assertThat(storedCodes(2020)).containsExactly("GDKH", "VHTT", "YT");
        Unit merged = ws.blocs().memberByCode(ws.blocs().requireSeason(vx, 2020), "GDKH").orElseThrow();
        assertThat(merged.fullName() + " / " + merged.shortName()).isEqualTo("Sở Giáo dục, Khoa học và Công nghệ / Sở GD-KH");

        show(ws.blocs().requireSeason(vx, 2020));
        assertThat(shownCodes(robot)).containsExactly("GDKH", "VHTT", "YT");
    }

    @Test
    void aSplitFromNextYearLeavesThisYearsListAndGivesNextYearTheNewUnits(FxRobot robot) throws Exception {
        robot.clickOn("Sở Y tế");
        alt(robot, KeyCode.T);
        assertThat(formShown(robot)).isTrue();
        assertThat(robot.lookup("#splitCode0").queryTextInputControl().isFocused()).isTrue();
        robot.write("YT").type(KeyCode.TAB).write("Sở Y tế").type(KeyCode.TAB)
                .write("DS").type(KeyCode.TAB).write("Chi cục Dân số").type(KeyCode.TAB);
        // The focus is on “Thêm đơn vị mới”: Space adds a third line and the focus goes to its code.
        robot.type(KeyCode.SPACE);
        assertThat(robot.lookup("#splitCode2").queryTextInputControl().isFocused()).isTrue();
        robot.write("ATTP").type(KeyCode.TAB).write("Chi cục An toàn vệ sinh thực phẩm");
        save(robot);

        assertThat(formShown(robot)).isFalse();
        assertThat(shownCodes(robot)).containsExactly("GD", "KHCN", "VHTT", "YT");
        assertThat(storedCodes(2019)).containsExactly("GD", "KHCN", "VHTT", "YT");
        assertThat(storedCodes(2020)).containsExactly("ATTP", "DS", "GD", "KHCN", "VHTT", "YT");
        show(ws.blocs().requireSeason(vx, 2020));
        assertThat(shownCodes(robot)).containsExactly("ATTP", "DS", "GD", "KHCN", "VHTT", "YT");
    }

    @Test
    void aMergeIntoAYearAlreadyStartedIsRefusedWithTheCommandLinesWordsAndChangesNothing(FxRobot robot)
            throws Exception {
        long gd = ws.blocs().memberByCode(y2020, "GD").orElseThrow().id();
        ws.blocs().setLeaders(y2020, gd, null);
        robot.clickOn("Sở Giáo dục và Đào tạo");
        alt(robot, KeyCode.H);
        robot.type(KeyCode.TAB).type(KeyCode.SPACE).type(KeyCode.TAB, 3);
        robot.write("GDKH").type(KeyCode.TAB).write("Sở Giáo dục, Khoa học và Công nghệ");
        save(robot);

        assertThat(robot.lookup("#reorgError").queryAs(Label.class).getText()).isEqualTo("Năm 2020, Sở Giáo dục và"
                + " Đào tạo (GD) là Trưởng khối hoặc Phó khối, nên không thể đổi thành viên từ năm 2020. Hãy chọn đơn"
                + " vị khác làm Trưởng/Phó khối năm 2020 trước, hoặc chọn năm bắt đầu từ 2021 trở đi.");
        assertThat(formShown(robot)).as("the form stays, to choose another year").isTrue();
        assertThat(storedCodes(2019)).containsExactly("GD", "KHCN", "VHTT", "YT");
        assertThat(storedCodes(2020)).containsExactly("GD", "KHCN", "VHTT", "YT");
        assertThat(ws.blocs().successions()).isEmpty();
        assertThat(ws.blocs().unitsOfBloc(vx.id())).extracting(Unit::code).doesNotContain("GDKH");

        // The year the message proposes is taken; 2020 stays as it was.
        robot.type(KeyCode.TAB, 2).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2021");
        assertThat(robot.lookup("#reorgFromYear").queryTextInputControl().getText()).isEqualTo("2021");
        save(robot);
        assertThat(formShown(robot)).isFalse();
        assertThat(storedCodes(2020)).containsExactly("GD", "KHCN", "VHTT", "YT");

        // The data file read back on its own, the window closed.
        FxHarness.close();
        ws.close();
        ws = TestData.open(dir);
        assertThat(storedCodes(2019)).containsExactly("GD", "KHCN", "VHTT", "YT");
        assertThat(storedCodes(2020)).containsExactly("GD", "KHCN", "VHTT", "YT");
        assertThat(ws.blocs().successions()).extracting(x -> x.fromYear()).containsOnly(2021).hasSize(2);
        Season y2021 = ws.blocs().startYear(vx.id(), 2021);
        assertThat(ws.blocs().members(y2021)).extracting(u -> u.code() + " " + u.fullName())
                .containsExactlyInAnyOrder("GDKH Sở Giáo dục, Khoa học và Công nghệ", "VHTT Sở Văn hóa, Thể thao và Du lịch",
                        "YT Sở Y tế");
    }

    @Test
    void aMergeWithOneUnitTickedSaysToTickTwo(FxRobot robot) throws Exception {
        robot.clickOn("Sở Y tế");
        alt(robot, KeyCode.H);
        robot.type(KeyCode.TAB).write("YT2").type(KeyCode.TAB).write("Sở Y tế mới");
        save(robot);
        assertThat(robot.lookup("#reorgError").queryAs(Label.class).getText())
                .isEqualTo("Hãy chọn ít nhất hai đơn vị để hợp nhất.");
        robot.type(KeyCode.ESCAPE);
        assertThat(formShown(robot)).isFalse();
        assertThat(ws.blocs().successions()).isEmpty();
    }

    @Test
    void aMoveFromNextYearTakesTheUnitOutOfNextYearOnly(FxRobot robot) throws Exception {
        Bloc kt = ws.blocs().addBloc("KT", "Khối Kinh tế");
        Season kt2020 = ws.blocs().startYear(kt.id(), 2020);
        robot.clickOn("Sở Văn hóa, Thể thao và Du lịch");
        alt(robot, KeyCode.K);
        idle();
        assertThat(formShown(robot)).isTrue();
        assertThat(robot.lookup("#moveTo").queryAs(ComboBox.class).getValue()).isEqualTo(kt);
        save(robot);

        assertThat(formShown(robot)).isFalse();
        assertThat(shownCodes(robot)).containsExactly("GD", "KHCN", "VHTT", "YT");
        assertThat(storedCodes(2020)).containsExactly("GD", "KHCN", "YT");
        assertThat(ws.blocs().members(kt2020)).extracting(u -> u.code() + " " + u.fullName())
                .containsExactly("VHTT Sở Văn hóa, Thể thao và Du lịch");
    }
}
