package vn.thidua.ui.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.thidua.app.Workspace;
import vn.thidua.testing.TestData;
import vn.thidua.ui.elections.ElectionsViewModel.ElectionRow;

/**
 * A closed election of the sample whose paper was changed in the file (H2 shell) before the
 * program opened it: the list marks it in red, the room never sees its numbers.
 */
class ForgedElectionScreenTest extends ElectionsScreenFixture {

    private static final String FORGED = "Cờ thi đua của UBND tỉnh";

    @Override
    Workspace openData(Path folder) throws Exception {
        TestData.openSample(folder).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("test"), "thidua", "");
             Statement s = c.createStatement()) {
            // Election 2 of the sample; its paper 1 now approves nobody.
            assertThat(s.executeUpdate("update ballot set approved = '' where election_id = 2 and number = 1")).isEqualTo(1);
        }
        return TestData.open(folder);
    }

    @Test
    void theForgedElectionIsMarkedInRedOnTheList(FxRobot robot) {
        assertThat(ui.visible("#forgedWarning")).isTrue();
        assertThat(ui.text("#forgedWarning")).contains("CẢNH BÁO", "“" + FORGED + "” (2)");
        TableView<ElectionRow> table = robot.lookup("#electionsTable").queryTableView();
        assertThat(table.getItems()).filteredOn(ElectionRow::forged).extracting(ElectionRow::title, ElectionRow::status)
                .containsExactly(Assertions.tuple(FORGED, "BỊ SỬA SAU KHI KHÓA"));
        assertThat(robot.lookup(".election-forged").queryAll()).hasSize(1);
    }

    @Test
    void theProjectorRefusesTheForgedElectionInsteadOfShowingItsNumbers(FxRobot robot) throws Exception {
        ui.key(KeyCode.F5);
        ui.key(KeyCode.F7);
        ui.press("#electionsTable", KeyCode.ENTER); // the first election, untouched
        assertThat(ui.projector("#projectorTitle")).isEqualTo("Cờ thi đua của Chính phủ");

        robot.clickOn("#backToList");
        ui.idle();
        ui.press("#electionsTable", KeyCode.DOWN);
        ui.press("#electionsTable", KeyCode.ENTER);

        assertThat(ui.projector("#projectorRefused")).isEqualTo("Không chiếu kết quả cuộc bầu “" + FORGED
                + "”: dữ liệu đã bị sửa sau khi kết thúc kiểm phiếu.");
        assertThat(ui.projectorHas("#projectorCounter")).isFalse();
        assertThat(ui.projectorHas("#projectorTitle")).as("not even the last election's count stays up").isFalse();
        assertThat(ui.previewHas("#projectorRefused")).isTrue();
        assertThat(ui.text("#entryMessage")).contains("Cuộc bầu “" + FORGED + "” (số 2)", "đã bị sửa");
        assertThat(ui.text("#countReturned")).isEmpty();
    }
}
