package vn.thidua.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.Score;
import vn.thidua.testing.SampleScreenTest;
import vn.thidua.testing.Workbooks;
import vn.thidua.ui.common.UnitReturnBar;

/** "Nhập tệp của đơn vị" on Chấm điểm and Chỉ tiêu (issue 16), from the keyboard, on the 2019 sample. */
class UnitReturnsScreenTest extends SampleScreenTest {

    private static final DataFormatter SHOWN = new DataFormatter();
    private static final String AT = "\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}";

    /** The unit's return as {@code template --unit} writes it, filled with what the year holds, then {@code change}. */
    private Path unitReturn(String code, String name, Consumer<XSSFWorkbook> change) {
        Path blank = dir.resolve("blank-" + name);
        ws.imports().writeReturn("KTN", 2019, code, blank);
        Unit u = ws.blocs().memberByCode(y2019, code).orElseThrow();
        List<Criterion> criteria = ws.scoring().table(y2019).criteria();
        List<Score> scores = ws.scoring().scores(y2019);
        List<Indicator> indicators = ws.scoring().indicators(y2019, u.id());
        return Workbooks.edit(blank, dir.resolve(name), wb -> {
            Sheet s = wb.getSheet("Điểm");
            int col = Workbooks.column(s, "Mã tiêu chí");
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                String c = SHOWN.formatCellValue(s.getRow(r).getCell(col));
                long id = criteria.stream().filter(k -> k.code().equals(c)).findFirst().orElseThrow().id();
                BigDecimal self = scores.stream().filter(x -> x.unitId() == u.id() && x.criterionId() == id)
                        .findFirst().map(Score::self).orElse(null);
                Workbooks.set(wb, "Điểm", r + 1, "Điểm tự chấm", self);
            }
            int n = 2;
            for (Indicator i : indicators) {
                Workbooks.set(wb, "Chỉ tiêu", n, "Mã đơn vị", code);
                Workbooks.set(wb, "Chỉ tiêu", n, "Tên chỉ tiêu", i.name());
                Workbooks.set(wb, "Chỉ tiêu", n, "Đơn vị tính", i.measureUnit());
                Workbooks.set(wb, "Chỉ tiêu", n, "Kế hoạch", i.plan());
                Workbooks.set(wb, "Chỉ tiêu", n, "Thực hiện", i.actual());
                Workbooks.set(wb, "Chỉ tiêu", n, "Cùng kỳ năm trước", i.previousYear());
                Workbooks.set(wb, "Chỉ tiêu", n, "Ghi chú", i.note().isEmpty() ? null : i.note());
                n++;
            }
            change.accept(wb);
        });
    }

    /** The file the system's dialog would give, then Alt+N as the secretary presses it. */
    private void importWithAltN(FxRobot robot, Path file) throws Exception {
        Button b = robot.lookup("#importReturn").queryAs(Button.class);
        Supplier<Optional<Path>> chooser = () -> Optional.of(file);
        robot.interact(() -> b.getProperties().put(UnitReturnBar.CHOOSER, chooser));
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        idle();
    }

    /** As {@link #importWithAltN}, for a file that ends in a dialog: the job waits on it, so no waiting for idle. */
    private DialogPane importToDialog(FxRobot robot, Path file, String dialogId) throws Exception {
        Button b = robot.lookup("#importReturn").queryAs(Button.class);
        Supplier<Optional<Path>> chooser = () -> Optional.of(file);
        robot.interact(() -> b.getProperties().put(UnitReturnBar.CHOOSER, chooser));
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        return dialog(robot, dialogId);
    }

    private String received(FxRobot robot) {
        return robot.lookup("#returnsReceived").queryAs(Label.class).getText();
    }

    private BigDecimal self(String unit, String criterion) {
        Unit u = ws.blocs().memberByCode(y2019, unit).orElseThrow();
        Criterion c = ws.scoring().table(y2019).criterionByCode(criterion).orElseThrow();
        return ws.scoring().scores(y2019).stream().filter(s -> s.unitId() == u.id() && s.criterionId() == c.id())
                .findFirst().orElseThrow().self();
    }

    private DialogPane dialog(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        return robot.lookup(id).queryAs(DialogPane.class);
    }

    @Test
    void onScoringAReturnIsTakenShownAsReceivedAndASecondOneReplacesOnlyAfterTheSecretaryAgrees(FxRobot robot)
            throws Exception {
        shortcut(robot, KeyCode.DIGIT3);
        assertThat(received(robot)).isEqualTo("Chưa nhận tệp của đơn vị nào (0/8).");
        BigDecimal before = self("CT", "1.1");

        // The first return holds what the year holds: taken at once, nothing to ask.
        importWithAltN(robot, unitReturn("CT", "ct.xlsx", wb -> { }));
        assertThat(robot.lookup("#dialog-confirmation").tryQuery()).isEmpty();
        assertThat(received(robot)).matches("Đã nhận \\(1/8\\): Sở Công Thương lúc " + AT);

        // A second one lists its change; Esc leaves everything as it was.
        Path second = unitReturn("CT", "ct-2.xlsx", wb -> Workbooks.set(wb, "Điểm",
                Workbooks.rowOf(wb, "Điểm", "Mã tiêu chí", "1.1"), "Điểm tự chấm", 17));
        assertThat(importToDialog(robot, second, "#dialog-confirmation").getContentText())
                .contains("Sở Công Thương đã gửi tệp năm 2019 lúc").contains("(ct.xlsx)")
                .contains("Tiêu chí 1.1: điểm tự chấm " + before.stripTrailingZeros().toPlainString().replace('.', ',')
                        + " → 17");
        robot.type(KeyCode.ESCAPE);
        idle();
        assertThat(self("CT", "1.1")).isEqualByComparingTo(before);
        assertThat(ws.imports().received(y2019)).singleElement().satisfies(r -> assertThat(r.count()).isEqualTo(1));

        // Again, and Enter agrees: replaced.
        importToDialog(robot, second, "#dialog-confirmation");
        robot.type(KeyCode.ENTER);
        idle();
        assertThat(self("CT", "1.1")).isEqualByComparingTo("17");
        assertThat(received(robot)).matches("Đã nhận \\(1/8\\): Sở Công Thương lúc " + AT + " \\(lần 2\\)");
    }

    @Test
    void aReturnWithABlocScoreIsRefusedWithSheetRowAndColumnAndNothingChanges(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT3);
        BigDecimal before = self("XD", "1.1");
        Path bad = unitReturn("XD", "xd.xlsx", wb -> {
            Workbooks.set(wb, "Điểm", 3, "Điểm khối", 10);
            Workbooks.set(wb, "Điểm", 2, "Điểm tự chấm", 500);
        });
        assertThat(importToDialog(robot, bad, "#dialog-error").getContentText())
                .contains("có 2 lỗi")
                .contains("Sheet Điểm, dòng 3, cột Điểm khối: tệp của đơn vị không được ghi điểm khối (10)")
                .contains("Sheet Điểm, dòng 2, cột Điểm tự chấm: 500 vượt quá điểm tối đa");
        robot.type(KeyCode.ENTER);
        idle();
        assertThat(self("XD", "1.1")).isEqualByComparingTo(before);
        assertThat(received(robot)).startsWith("Chưa nhận");
    }

    @Test
    void onIndicatorsAReturnChangingAFigureIsTakenAfterTheSecretaryAgrees(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT2);
        assertThat(received(robot)).isEqualTo("Chưa nhận tệp của đơn vị nào (0/8).");
        Path ret = unitReturn("BQLKCN", "kcn.xlsx", wb -> Workbooks.set(wb, "Chỉ tiêu", 2, "Thực hiện", 60));
        assertThat(importToDialog(robot, ret, "#dialog-confirmation").getContentText())
                .contains("Ban Quản lý các khu công nghiệp đã có điểm tự chấm hoặc chỉ tiêu năm 2019")
                .contains("Chỉ tiêu “Dự án mới thu hút vào các khu công nghiệp”, thực hiện: 54 → 60");
        robot.type(KeyCode.ENTER);
        idle();
        Unit kcn = ws.blocs().memberByCode(y2019, "BQLKCN").orElseThrow();
        assertThat(ws.scoring().indicators(y2019, kcn.id()).get(0).actual()).isEqualByComparingTo("60");
        assertThat(received(robot)).matches("Đã nhận \\(1/8\\): BQL các KCN lúc " + AT);
    }
}
