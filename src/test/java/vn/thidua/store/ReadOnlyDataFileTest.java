package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.AppException;
import vn.thidua.app.Texts;
import vn.thidua.testing.TestData;

/**
 * A data file H2 can only read (no write permission, a read-only drive) refuses a change in the
 * user's words, not H2's. Tests run as any user, root included, who may write any file: the file
 * is opened read-only the way H2 opens a file it may not write.
 */
class ReadOnlyDataFileTest {

    @TempDir
    Path dir;

    @Test
    void aChangeToAReadOnlyDataFileIsRefusedInVietnamese() throws Exception {
        TestData.openSample(dir).close();
        Path file = dir.resolve("test.mv.db");
        String base = file.toString().replace(".mv.db", "");

        SQLException refused;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r", "thidua", "");
             Statement s = c.createStatement()) {
            refused = catchThrowableOfType(SQLException.class,
                    () -> s.executeUpdate("update bloc set name = 'Khối mới' where code = 'KTN'"));
        }
        assertThat((Object) refused).as("H2 refuses the write itself").isNotNull();

        AppException said = Database.failure(refused, file);

        assertThat(said.key()).isEqualTo("data.error.readOnly");
        String words = Texts.vietnamese().t(said);
        assertThat(words).contains("chỉ đọc được", file.toString(), "chưa được lưu")
                .doesNotContain("read only", "90097", "Exception");
    }

    @Test
    void anyOtherDatabaseFailureIsSaidWithoutTheDatabaseText() {
        SQLException h2 = new SQLException("Syntax error in SQL statement \"SELEC [*]1\"; SQL statement: SELEC 1 [42001-252]",
                "42001", 42001);
        String words = Texts.vietnamese().t(Database.failure(h2, dir.resolve("test.mv.db")));
        assertThat(words).contains("chưa được lưu", "thidua-0.log").doesNotContain("Syntax", "SQL", "42001");
    }
}
