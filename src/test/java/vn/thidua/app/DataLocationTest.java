package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class DataLocationTest {

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DataLocation.defaultFolder("Linux", Map.of("XDG_DATA_HOME", "/x/data"), "/home/a"))
                .isEqualTo(Path.of("/x/data/thidua"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(DataLocation.defaultFolder("Linux", Map.of(), "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/thidua"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataLocation.defaultFolder("Windows 11", Map.of("APPDATA", "/c/Users/a/AppData/Roaming"), "/c/Users/a"))
                .isEqualTo(Path.of("/c/Users/a/AppData/Roaming/ThiDua"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataLocation.defaultFolder("Mac OS X", Map.of(), "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/ThiDua"));
    }

    @Test
    void commandLineFileGetsTheH2SuffixOnce() {
        assertThat(DataLocation.resolve(Path.of("/tmp/k/hoinghi")).toString()).isEqualTo("/tmp/k/hoinghi.mv.db");
        assertThat(DataLocation.resolve(Path.of("/tmp/k/hoinghi.mv.db")).toString()).isEqualTo("/tmp/k/hoinghi.mv.db");
    }

    @Test
    void aPostgresqlUrlIsAServerWithItsUserAndPasswordTakenOutOfTheUrl() {
        DataLocation where = DataLocation.parse("jdbc:postgresql://db.so-noi-vu:5433/thidua?user=thuky&password=b%C3%AD%20m%E1%BA%ADt&sslmode=require",
                Map.<String, String>of()::get);
        assertThat(where).isEqualTo(new DataLocation.Server("jdbc:postgresql://db.so-noi-vu:5433/thidua?sslmode=require",
                "thuky", "bí mật"));
        assertThat(where.display()).doesNotContain("bí mật").contains("thuky");
        assertThat(where.toString()).doesNotContain("bí mật");
    }

    @Test
    void theServersUserAndPasswordMayComeFromTheEnvironmentAndTheUrlWins() {
        Map<String, String> env = Map.of("THIDUA_DB_USER", "khoi_ktn", "THIDUA_DB_PASSWORD", "mk");
        assertThat(DataLocation.parse("jdbc:postgresql://localhost/thidua", env::get))
                .isEqualTo(new DataLocation.Server("jdbc:postgresql://localhost/thidua", "khoi_ktn", "mk"));
        assertThat(DataLocation.parse("JDBC:PostgreSQL://localhost/thidua?user=vp", env::get))
                .isEqualTo(new DataLocation.Server("jdbc:postgresql://localhost/thidua", "vp", "mk"));
        assertThat(DataLocation.parse("jdbc:postgresql://[::1]:5432/thidua", Map.<String, String>of()::get))
                .isEqualTo(new DataLocation.Server("jdbc:postgresql://[::1]:5432/thidua", null, null));
    }

    @Test
    void otherUrlsAndMalformedServerAddressesAreRefusedWithTheirOwnMessage() {
        for (String notALocation : new String[] {"jdbc:h2:mem:x", "jdbc:mysql://h/db", "postgres://h/db", "file:///tmp/x"}) {
            assertThat(Assertions.catchThrowableOfType(AppException.class,
                    () -> DataLocation.parse(notALocation, k -> null)).key()).as(notALocation).isEqualTo("data.error.notALocation");
        }
        for (String bad : new String[] {"jdbc:postgresql:thidua", "jdbc:postgresql://h:0/db", "jdbc:postgresql://h/",
                "jdbc:postgresql://h:70000/db", "jdbc:postgresql:///db"}) {
            assertThat(Assertions.catchThrowableOfType(AppException.class,
                    () -> DataLocation.parse(bad, k -> null)).key()).as(bad).isEqualTo("data.error.badServerUrl");
        }
    }

    @Test
    void aFileNameStaysAFile(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThat(DataLocation.parse(dir.resolve("khoi-ktn").toString(), k -> null))
                .isEqualTo(new DataLocation.File(dir.resolve("khoi-ktn.mv.db")));
        assertThat(DataLocation.parse(dir.resolve("moi/khoi-ktn.mv.db").toString(), k -> null))
                .isEqualTo(new DataLocation.File(dir.resolve("moi/khoi-ktn.mv.db")));
        assertThat(dir.resolve("moi")).doesNotExist();
    }
}
