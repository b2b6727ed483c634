package vn.thidua.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import vn.thidua.app.Workspace;
import vn.thidua.testing.FxHarness;
import vn.thidua.testing.TestData;

/** A data file whose audit log was edited with the H2 shell: the window says so in red, and still opens it. */
@ExtendWith(ApplicationExtension.class)
class BrokenAuditLogScreenTest {

    @TempDir
    Path dir;
    Workspace ws;

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
        if (ws != null) {
            ws.close();
        }
    }

    @Test
    void anEditedAuditLineIsNamedInRedWhileTheFileStaysOpen(FxRobot robot) throws Exception {
        TestData.openSample(dir).close();
        long line;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("test"), "thidua", "");
             Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("select min(id) from audit_log where action = 'ballot.import'")) {
                rs.next();
                line = rs.getLong(1);
            }
            s.execute("drop trigger audit_log_append_only");
            assertThat(s.executeUpdate("update audit_log set detail = 'election=1; count=7' where id = " + line)).isOne();
        }
        ws = TestData.open(dir);

        FxHarness.showMainWindow(ws, dir.resolve("prefs.properties"));

        Label warning = robot.lookup("#integrityWarning").queryAs(Label.class);
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("CẢNH BÁO", "dòng số " + line + " đã bị sửa", "khôi phục bản sao lưu");
        assertThat(robot.lookup("#blocChooser").tryQuery()).as("the window is there to read and restore").isPresent();
    }

    @Test
    void anUntouchedFileShowsNoWarning(FxRobot robot) throws Exception {
        ws = TestData.openSample(dir);

        FxHarness.showMainWindow(ws, dir.resolve("prefs.properties"));

        assertThat(robot.lookup("#integrityWarning").queryAs(Label.class).isVisible()).isFalse();
    }
}
