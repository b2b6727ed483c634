package vn.thidua.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.testing.FxHarness;
import vn.thidua.testing.TestData;
import vn.thidua.ui.main.MainWindow;

/** The units screen driven from the keyboard, as the secretary would, on a real data file. */
@ExtendWith(ApplicationExtension.class)
class UnitsScreenTest {

    @TempDir
    Path dir;
    Workspace ws;
    MainWindow window;

    @BeforeEach
    void open() throws Exception {
        ws = TestData.open(dir);
        Bloc bloc = ws.blocs().addBloc("VX", "Khối Văn hóa – Xã hội");
        Season y = ws.blocs().startYear(bloc.id(), 2019);
        ws.blocs().addUnit(y, new UnitDraft("GD", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT"));
        ws.blocs().addUnit(y, new UnitDraft("VHTT", "Sở Văn hóa, Thể thao và Du lịch", ""));
        window = FxHarness.showMainWindow(ws, dir.resolve("prefs.properties"));
    }

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
        ws.close();
    }

    private void idle() throws Exception {
        FxHarness.waitIdle(window.session());
    }

    @SuppressWarnings("unchecked")
    private TableView<UnitRow> table(FxRobot robot) {
        return robot.lookup("#unitsTable").queryAs(TableView.class);
    }

    @Test
    void addUnitRefuseDuplicateSetHeadAndStartNewYear(FxRobot robot) throws Exception {
        assertThat(table(robot).getItems()).hasSize(2);

        // Add a unit from the keyboard: Insert, type, Ctrl+S.
        robot.clickOn("#unitsTable").type(KeyCode.INSERT);
        robot.clickOn("#unitCode").write("syt").type(KeyCode.TAB).write("Sở Y tế").type(KeyCode.TAB).write("Sở YT");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        idle();
        assertThat(table(robot).getItems()).extracting(UnitRow::code).contains("SYT");
        assertTableShowsEveryRowAndNoEmptyOne(robot);
        // A notice in the window's corner says so, and goes away by itself (ControlsFX Notifications).
        assertThat(robot.lookup(".notification-bar").lookup((Node n) -> n instanceof Labeled l
                && "Đã lưu đơn vị SYT.".equals(l.getText())).tryQuery()).as("the notice of the save").isPresent();

        // The same code again is refused, with the reason beside the form.
        robot.clickOn("#unitsTable").type(KeyCode.INSERT);
        robot.clickOn("#unitCode").write("SYT").type(KeyCode.TAB).write("Sở Y tế (trùng)");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        idle();
        String error = robot.lookup("#unitError").queryAs(Label.class).getText();
        assertThat(error).contains("“SYT” đã dùng cho Sở Y tế");
        assertThat(table(robot).getItems()).hasSize(3);
        robot.type(KeyCode.ESCAPE);

        // Make the new unit head of the bloc.
        robot.clickOn("Sở Y tế");
        assertThat(table(robot).getSelectionModel().getSelectedItem().code()).isEqualTo("SYT");
        robot.clickOn("#setHead");
        idle();
        assertThat(robot.lookup("#yearInfo").queryAs(Label.class).getText())
                .contains("Năm 2019").contains("Trưởng khối: Sở Y tế");
        assertThat(table(robot).getItems()).filteredOn(r -> r.code().equals("SYT"))
                .extracting(UnitRow::role).containsExactly("Trưởng khối");

        // Start 2020: the members and the head are copied.
        robot.clickOn("#startYear");
        // The question is asked while the proposal job is still open: wait for the dialog itself.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#askField").tryQuery().isPresent());
        assertThat(robot.lookup("#askField").queryTextInputControl().getText()).isEqualTo("2020");
        robot.type(KeyCode.ENTER);
        idle();
        ComboBox<?> years = robot.lookup("#yearChooser").queryAs(ComboBox.class);
        assertThat(String.valueOf(years.getValue())).contains("year=2020");
        assertThat(table(robot).getItems()).extracting(UnitRow::code).containsExactlyInAnyOrder("GD", "VHTT", "SYT");
        assertThat(robot.lookup("#yearInfo").queryAs(Label.class).getText())
                .contains("Năm 2020").contains("Trưởng khối: Sở Y tế").contains("3 đơn vị");
    }

    /**
     * Issue 18: the table ends at its last row (no empty filler rows for the first frame to style) and
     * grows with its rows, each one inside the table where a click reaches it.
     */
    private void assertTableShowsEveryRowAndNoEmptyOne(FxRobot robot) {
        TableView<UnitRow> table = table(robot);
        Bounds inTable = table.localToScene(table.getLayoutBounds());
        var rows = robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class)
                .stream().filter(Node::isVisible).toList();
        assertThat(rows).as("rows drawn").noneMatch(TableRow::isEmpty);
        assertThat(rows).extracting(r -> ((UnitRow) r.getItem()).code())
                .containsExactlyInAnyOrderElementsOf(table.getItems().stream().map(UnitRow::code).toList());
        for (var r : rows) {
            Bounds b = r.localToScene(r.getLayoutBounds());
            assertThat(b.getMaxY()).as("bottom of row " + r.getIndex()).isLessThanOrEqualTo(inTable.getMaxY());
        }
    }

    @Test
    void editFixesANameAndEmptyNameIsRefused(FxRobot robot) throws Exception {
        robot.clickOn("Sở Giáo dục và Đào tạo").type(KeyCode.F2);
        robot.doubleClickOn("#unitFullName").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        idle();
        assertThat(robot.lookup("#unitError").queryAs(Label.class).getText())
                .isEqualTo("Tên đầy đủ của đơn vị không được để trống.");
        robot.clickOn("#unitFullName").write("Sở Giáo dục và Đào tạo tỉnh");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        idle();
        assertThat(table(robot).getItems()).extracting(UnitRow::fullName).contains("Sở Giáo dục và Đào tạo tỉnh");
    }

    /** Issue 16: a new name from a year on; the year on screen keeps the name it had. */
    @Test
    void renamingFromNextYearLeavesThisYearsNameAndGivesNextYearTheNewOne(FxRobot robot) throws Exception {
        robot.clickOn("Sở Giáo dục và Đào tạo").clickOn("#renameUnit");
        assertThat(robot.lookup("#unitCode").queryTextInputControl().isDisabled()).isTrue();
        robot.doubleClickOn("#unitFromYear").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("năm sau");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        idle();
        assertThat(robot.lookup("#unitError").queryAs(Label.class).getText())
                .isEqualTo("Năm bắt đầu năm sau không hợp lệ; hãy ghi năm bốn chữ số, ví dụ 2025.");

        robot.doubleClickOn("#unitFromYear").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2020");
        robot.clickOn("#unitFullName").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Sở Giáo dục, Khoa học và Đào tạo");
        robot.clickOn("#unitShortName").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Sở GD-KH");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        idle();

        assertThat(robot.lookup("#unitForm").query().isVisible()).isFalse();
        assertThat(table(robot).getItems()).extracting(UnitRow::fullName)
                .contains("Sở Giáo dục và Đào tạo").doesNotContain("Sở Giáo dục, Khoa học và Đào tạo");
        Bloc vx = ws.blocs().requireBloc("VX");
        Season y2020 = ws.blocs().startYear(vx.id(), 2020);
        assertThat(ws.blocs().members(y2020)).extracting(u -> u.fullName() + " / " + u.shortName())
                .contains("Sở Giáo dục, Khoa học và Đào tạo / Sở GD-KH");
        assertThat(ws.blocs().members(ws.blocs().requireSeason(vx, 2019))).extracting(u -> u.fullName())
                .contains("Sở Giáo dục và Đào tạo");
    }

    @Test
    void englishCanBeChosenInSettings(FxRobot robot) throws Exception {
        robot.interact(() -> window.changeLanguage("en"));
        idle();
        assertThat(robot.lookup("#nav-units").queryAs(ListCell.class).getText()).contains("Units");
        assertThat(robot.lookup("#addUnit").queryButton().getText()).isEqualTo("Add");
        assertThat(window.session().preferences().language()).isEqualTo("en");
    }
}
