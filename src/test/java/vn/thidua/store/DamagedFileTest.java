package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.AppException;
import vn.thidua.app.DataFileException;
import vn.thidua.app.Texts;
import vn.thidua.testing.TestData;

/** Bad data files get a clear message and are left exactly as they were: never emptied. */
class DamagedFileTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("test.mv.db");
    }

    /** Opening is refused, and the file's bytes are exactly as they were. */
    private AppException refused() throws Exception {
        int before = Arrays.hashCode(Files.readAllBytes(file()));
        AppException e = refusedOpening();
        assertThat(Arrays.hashCode(Files.readAllBytes(file()))).as("the file is left as it was").isEqualTo(before);
        return e;
    }

    private AppException refusedOpening() {
        AppException e = catchThrowableOfType(AppException.class, () -> TestData.open(dir));
        assertThat(e).as("opening must be refused").isNotNull();
        return e;
    }

    private int count(String user, String sql) throws Exception {
        String base = file().toString().replace(".mv.db", "");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, user, "");
             Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void anEmptyFileIsNotTakenForANewDatabase() throws Exception {
        Files.write(file(), new byte[0]);
        AppException e = refused();
        assertThat(Texts.vietnamese().t(e)).contains("rỗng (0 byte)").contains("khôi phục");
        assertThat(DataFileException.kindOf(e)).as("a backup is offered").isEqualTo(DataFileException.Kind.DAMAGED);
    }

    @Test
    void randomBytesAreReportedAsDamaged() throws Exception {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Files.write(file(), junk);
        AppException e = refused();
        assertThat(e.key()).isEqualTo("data.error.damaged");
        assertThat(DataFileException.kindOf(e)).isEqualTo(DataFileException.Kind.DAMAGED);
    }

    @Test
    void aTruncatedFileIsReportedAsDamaged() throws Exception {
        TestData.openSample(dir).close();
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(whole, whole.length / 2));
        AppException e = refused();
        assertThat(Texts.vietnamese().t(e)).contains("bị hỏng").contains("bản sao lưu");
        assertThat(DataFileException.kindOf(e)).isEqualTo(DataFileException.Kind.DAMAGED);
    }

    @Test
    void anotherProgramsDatabaseIsNotTouched() throws Exception {
        String base = file().toString().replace(".mv.db", "");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("create table khach_hang(id int)");
            s.execute("insert into khach_hang values (1)");
        }
        // H2 itself rewrites its header when it opens a file, so the test reads the content back.
        AppException e = refusedOpening();
        assertThat(e.key()).isEqualTo("data.error.foreign");
        assertThat(count("sa", "select count(*) from khach_hang")).isEqualTo(1);
        assertThat(count("sa", "select count(*) from information_schema.tables where table_schema = 'PUBLIC'"))
                .isEqualTo(1);
    }

    @Test
    void aFileFromANewerVersionSaysSo() throws Exception {
        TestData.open(dir).close();
        String base = file().toString().replace(".mv.db", "");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "thidua", "");
             Statement s = c.createStatement()) {
            s.execute("insert into \"flyway_schema_history\"(\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " values (99, '99', 'tuong lai', 'SQL', 'V99__tuong_lai.sql', 0, 'thidua', 1, true)");
        }
        int history = count("thidua", "select count(*) from \"flyway_schema_history\"");
        AppException e = refusedOpening();
        assertThat(count("thidua", "select count(*) from \"flyway_schema_history\"")).isEqualTo(history);
        assertThat(e.key()).isEqualTo("data.error.newer");
        assertThat(Texts.vietnamese().t(e)).contains("phiên bản ThiDua mới hơn");
    }

    @Test
    void anOlderCopyPutInPlaceOfTheFileIsNoticed() throws Exception {
        Path old = dir.resolve("cu.mv.db");
        try (var ws = TestData.openSample(dir)) {
            ws.backups().backup("thu-cong");
        }
        Files.copy(file(), old);
        try (var ws = TestData.open(dir)) {
            ws.blocs().addBloc("VX", "Khối Văn xã");
        }
        Files.copy(old, file(), StandardCopyOption.REPLACE_EXISTING);
        AppException e = refusedOpening();
        assertThat(e.key()).isEqualTo("data.error.behind");
        assertThat(DataFileException.kindOf(e)).as("open as it is or a backup").isEqualTo(DataFileException.Kind.BEHIND);
        assertThat(Texts.vietnamese().t(e)).contains("thiếu 1 thay đổi mới nhất").contains("lần thay đổi cuối trong tệp lúc")
                .contains("mở tệp như hiện có");
    }
}
