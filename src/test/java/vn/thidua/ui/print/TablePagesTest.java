package vn.thidua.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Texts;
import vn.thidua.ui.print.TableDocument.Align;
import vn.thidua.ui.print.TableDocument.Column;

/** A table laid out on A4 landscape sheets: split, repeated headings, page numbers, fitted to the width. */
@ExtendWith(ApplicationExtension.class)
class TablePagesTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static TableDocument table(int rows, String longCell) {
        List<Column> columns = List.of(new Column("Hạng", Align.CENTER, false), new Column("Đơn vị", Align.LEFT, true),
                new Column("Tổng điểm", Align.RIGHT, false), new Column("Ghi chú", Align.LEFT, false));
        List<List<String>> cells = new ArrayList<>();
        IntStream.rangeClosed(1, rows).forEach(i -> cells.add(List.of(String.valueOf(i), "Sở số " + i, "9" + (i % 10),
                longCell)));
        return new TableDocument("BẢNG ĐIỂM", List.of("Khối thi đua Kinh tế ngành – năm 2019", "Ngày in: 11/12/2019"),
                columns, cells, List.of("I: Thực hiện nhiệm vụ chính trị (tối đa 40 điểm)"));
    }

    private static List<Node> pages(TableDocument doc) {
        AtomicReference<List<Node>> out = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> out.set(new TablePages(doc, PageFormat.A4_LANDSCAPE, "Trang {0}/{1}").pages()));
        WaitForAsyncUtils.waitForFxEvents();
        return out.get();
    }

    private static List<String> texts(Node page, String styleClass) {
        return page.lookupAll("." + styleClass).stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void aLongTableIsSplitWithHeadingsAndPageNumbersOnEverySheet(FxRobot robot) {
        List<Node> pages = pages(table(60, ""));
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        int n = pages.size();
        List<String> unitCells = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            Node page = pages.get(p);
            assertThat(texts(page, "print-footer")).containsExactly("Trang " + (p + 1) + "/" + n);
            assertThat(texts(page, "print-title")).containsExactly("BẢNG ĐIỂM");
            assertThat(texts(page, "print-heading")).contains("Đơn vị", "Tổng điểm");
            unitCells.addAll(texts(page, "print-value").stream().filter(t -> t.startsWith("Sở số")).toList());
            assertThat(((Region) page).getWidth()).isEqualTo(PageFormat.A4_LANDSCAPE.width());
            // Nothing reaches below the printable area.
            Node grid = page.lookup(".print-grid");
            Bounds inPage = page.sceneToLocal(grid.localToScene(grid.getLayoutBounds()));
            assertThat(inPage.getMaxY()).isLessThanOrEqualTo(PageFormat.A4_LANDSCAPE.height());
        }
        // Every row printed once, in order; the notes only after the last row.
        assertThat(unitCells).containsExactlyElementsOf(IntStream.rangeClosed(1, 60).mapToObj(i -> "Sở số " + i).toList());
        assertThat(texts(pages.get(0), "print-note")).isEmpty();
        assertThat(texts(pages.get(n - 1), "print-note")).hasSize(1);
        robot.interact(() -> Snapshots.save(pages.get(0), "table-pages-1"));
    }

    @Test
    void aTableWiderThanTheSheetIsShrunkToItsWidth(FxRobot robot) {
        String wide = "Ghi chú rất dài ".repeat(12);
        TableDocument doc = table(3, wide);
        AtomicReference<Double> scale = new AtomicReference<>();
        robot.interact(() -> scale.set(new TablePages(doc, PageFormat.A4_LANDSCAPE, "Trang {0}/{1}").scale()));
        assertThat(scale.get()).isLessThan(1.0).isGreaterThan(0.3);
        List<Node> pages = pages(doc);
        assertThat(pages).hasSize(1);
        Node grid = pages.get(0).lookup(".print-grid");
        Bounds inPage = pages.get(0).sceneToLocal(grid.localToScene(grid.getLayoutBounds()));
        assertThat(inPage.getMaxX()).isLessThanOrEqualTo(PageFormat.A4_LANDSCAPE.width() + 0.5);
    }

    @Test
    void noPrinterIsToldInVietnameseNotThrown(FxRobot robot) {
        Printing none = new Printing(Texts.vietnamese(), () -> null, List::of);
        assertThat(none.print(f -> List.of(), "x").ok()).isFalse();
        robot.interact(() -> new PrintPreview(stage, Texts.vietnamese(), "Bảng điểm năm 2019",
                f -> new TablePages(table(3, ""), f, "Trang {0}/{1}").pages(), none, s -> { }).show());
        robot.clickOn("#previewPrint");
        assertThat(robot.lookup("#previewMessage").queryAs(Label.class).getText())
                .startsWith("Máy tính này chưa có máy in nào");
        assertThat(robot.lookup("#previewPage").queryAs(Label.class).getText()).isEqualTo("Trang 1/1");
    }
}
