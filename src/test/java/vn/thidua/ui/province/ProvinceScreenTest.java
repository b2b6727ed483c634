package vn.thidua.ui.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import vn.thidua.app.ElectionService;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.FxHarness;
import vn.thidua.testing.TestData;
import vn.thidua.ui.main.MainWindow;

/**
 * "Toàn tỉnh" in the real window, by the keyboard alone: Ctrl+7, the cells of the blocs' and the titles' tables
 * as drawn, the list of blocs that have not closed their elections, Alt+N for another year, Alt+X "Xuất Excel…"
 * read back with POI. On the 2019 sample's file, and on a file holding a second bloc.
 */
@ExtendWith(ApplicationExtension.class)
class ProvinceScreenTest {

    @TempDir
    Path dir;
    Workspace ws;
    MainWindow window;

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
        ws.close();
    }

    private void show(FxRobot robot) throws Exception {
        window = FxHarness.showMainWindow(ws, dir, "KTN", 2019);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        FxHarness.waitIdle(window.session());
    }

    /** The drawn rows of a table: each row's cells' texts joined by "|", top to bottom. */
    private static List<String> rows(FxRobot robot, String table) {
        List<String> out = new ArrayList<>();
        robot.lookup(table + " .table-row-cell").queryAll().stream()
                .map(n -> (TableRow<?>) n).filter(r -> !r.isEmpty() && r.getItem() != null)
                .sorted(Comparator.comparingInt(IndexedCell::getIndex))
                .forEach(r -> {
                    List<String> cells = new ArrayList<>();
                    for (Node c : r.lookupAll(".table-cell")) {
                        String text = ((Labeled) c).getText();
                        cells.add(text == null ? "" : text);
                    }
                    out.add(String.join("|", cells));
                });
        return out;
    }

    private static List<String> notClosed(FxRobot robot) {
        return robot.lookup("#provinceNotClosed .list-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n).filter(c -> !c.isEmpty() && c.getItem() != null)
                .sorted(Comparator.comparingInt(IndexedCell::getIndex)).map(c -> c.getText()).toList();
    }

    @Test
    void theSamplesYearByKeyboardShowsTheBlocAndTheFourUnitsPutForward(FxRobot robot) throws Exception {
        ws = TestData.openSample(dir);
        show(robot);

        assertThat(robot.lookup("#nav-province").queryAs(ListCell.class).getText())
                .isEqualTo("7  Toàn tỉnh");
        assertThat(robot.lookup("#provinceSummary").queryAs(Label.class).getText())
                .isEqualTo("Năm 2019 · 1 khối · 8 đơn vị · 4 lượt đơn vị được suy tôn");
        assertThat(rows(robot, "#provinceBlocs"))
                .containsExactly("KTN|Khối thi đua Kinh tế ngành|8|7|1|0|0|Đã kết thúc");
        assertThat(rows(robot, "#provinceTitles")).containsExactly(
                "KTN|Cờ thi đua của Chính phủ|Sở Giao thông Vận tải (GTVT)|6|75,00 %|Được suy tôn",
                "KTN|Cờ thi đua của UBND tỉnh|Sở Công Thương (CT)|5|62,50 %|Được suy tôn",
                "KTN|Bằng khen của UBND tỉnh|Sở Nông nghiệp và Phát triển nông thôn (NNPTNT)|6|85,71 %|Được suy tôn",
                "KTN|Bằng khen của UBND tỉnh|Sở Tài nguyên và Môi trường (TNMT)|5|71,43 %|Được suy tôn");
        assertThat(notClosed(robot)).isEmpty();
        assertThat(robot.lookup("#provinceNotClosed").query().isVisible()).as("an empty list takes no room").isFalse();
        assertThat(robot.lookup("#provinceNotClosedTitle").queryAs(Label.class).getText())
                .isEqualTo("Mọi khối đã kết thúc bầu suy tôn.");

        // Alt+N, Up: 2020 (the sample's next year, with its leaders and no election yet).
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        assertThat(robot.lookup("#provinceYear").query().isFocused()).isTrue();
        robot.type(KeyCode.UP);
        FxHarness.waitIdle(window.session());
        assertThat(robot.lookup("#provinceYear").queryAs(ComboBox.class).getValue()).isEqualTo(2020);
        assertThat(rows(robot, "#provinceBlocs"))
                .containsExactly("KTN|Khối thi đua Kinh tế ngành|8|0|0|0|8|Chưa có cuộc bầu");
        assertThat(notClosed(robot)).containsExactly("KTN – Khối thi đua Kinh tế ngành: Chưa có cuộc bầu suy tôn nào.");
    }

    @Test
    void aFileWithTwoBlocsListsTheOneNotClosedAndExportsTheCommandsWorkbook(FxRobot robot) throws Exception {
        ws = TestData.openSample(dir);
        // A second bloc, as `thidua bloc add`, `year add` and `unit add` make it; an election of KTN left open.
        Bloc vx = ws.blocs().addBloc("VX", "Khối Văn xã");
        Season vx2019 = ws.blocs().startYear(vx.id(), 2019);
        ws.blocs().addUnit(vx2019, new UnitDraft("SVHTT", "Sở Văn hóa, Thể thao và Du lịch", null));
        ws.blocs().addUnit(vx2019, new UnitDraft("SYT", "Sở Y tế", null));
        Season ktn2019 = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        ws.elections().create(ktn2019, new ElectionService.Draft("Bằng khen chuyên đề", 1, ThresholdOperator.GT,
                BigDecimal.valueOf(50), Base.VALID, 3, List.of(ws.blocs().memberByCode(ktn2019, "XD").orElseThrow().id(),
                ws.blocs().memberByCode(ktn2019, "TTTT").orElseThrow().id()), null, false));
        show(robot);

        assertThat(rows(robot, "#provinceBlocs")).containsExactly(
                "KTN|Khối thi đua Kinh tế ngành|8|7|1|0|0|Chưa kết thúc",
                "VX|Khối Văn xã|2|0|0|0|2|Chưa có cuộc bầu");
        assertThat(rows(robot, "#provinceTitles")).hasSize(5)
                .contains("KTN|Bằng khen chuyên đề||||chưa kết thúc kiểm phiếu");
        assertThat(notClosed(robot)).containsExactly(
                "KTN – Khối thi đua Kinh tế ngành: Bằng khen chuyên đề: chưa kết thúc kiểm phiếu",
                "VX – Khối Văn xã: Chưa có cuộc bầu suy tôn nào.");
        assertThat(robot.lookup("#provinceNotClosed").query().isVisible()).isTrue();
        assertThat(robot.lookup("#provinceNotClosedTitle").queryAs(Label.class).getText())
                .isEqualTo("Khối chưa kết thúc bầu suy tôn (2):");

        // Alt+X with the file the system's dialog would give.
        Path out = dir.resolve("tinh-2019.xlsx");
        Button export = robot.lookup("#provinceExport").queryAs(Button.class);
        Supplier<Optional<Path>> chooser = () -> Optional.of(out);
        robot.interact(() -> export.getProperties().put(ProvinceScreen.CHOOSER, chooser));
        robot.press(KeyCode.ALT).type(KeyCode.X).release(KeyCode.ALT);
        FxHarness.waitIdle(window.session());

        assertThat(robot.lookup("#statusText").tryQuery().map(n -> ((Label) n).getText()))
                .hasValue("Đã ghi " + out + ".");
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            DataFormatter f = new DataFormatter();
            Sheet blocs = wb.getSheet("Các khối");
            List<String> lines = new ArrayList<>();
            for (int r = 2; r <= blocs.getLastRowNum(); r++) {
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < 8; c++) {
                    sb.append(c == 0 ? "" : "|").append(f.formatCellValue(blocs.getRow(r).getCell(c)));
                }
                lines.add(sb.toString());
            }
            assertThat(lines).containsExactly("KTN|Khối thi đua Kinh tế ngành|8|7|1|0|0|Chưa kết thúc",
                    "VX|Khối Văn xã|2|0|0|0|2|Chưa có cuộc bầu");
            Sheet titles = wb.getSheet("Suy tôn");
            assertThat(f.formatCellValue(titles.getRow(3).getCell(3))).isEqualTo("Sở Công Thương");
            assertThat(f.formatCellValue(titles.getRow(3).getCell(5))).isEqualTo("62,50");
            assertThat(f.formatCellValue(titles.getRow(6).getCell(1))).isEqualTo("Bằng khen chuyên đề");
            assertThat(f.formatCellValue(titles.getRow(6).getCell(6))).isEqualTo("Chưa kết thúc kiểm phiếu");
        }
    }
}
