package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.assertj.core.api.Assertions;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.AppException;

/**
 * A file whose schema is current opens without Flyway (docs/decisions/0004); a file with a
 * migration pending still goes through Flyway.
 */
class SchemaVersionTest {

    @TempDir
    Path dir;

    private String base() {
        return dir.resolve("test").toString();
    }

    private Flyway flyway(String target) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + base());
        ds.setUser("thidua");
        ds.setPassword("");
        var config = Flyway.configure().dataSource(ds).locations(Migrations.locations("h2"));
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    private int sql(String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base(), "thidua", "");
             Statement s = c.createStatement()) {
            if (!query.startsWith("select")) {
                return s.executeUpdate(query);
            }
            try (var rs = s.executeQuery(query)) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private Path file() {
        return dir.resolve("test.mv.db");
    }

    @Test
    void theLatestVersionIsTheHighestMigrationShipped() {
        int highest = Arrays.stream(flyway(null).info().all())
                .mapToInt(m -> Integer.parseInt(m.getVersion().getVersion()))
                .max().orElseThrow();
        assertThat(Database.LATEST_VERSION)
                .as("raise Database.LATEST_VERSION with every new migration")
                .isEqualTo(highest);
    }

    @Test
    void aFileWithAMigrationPendingIsBroughtUpToDate() throws Exception {
        flyway("3").migrate();
        assertThat(sql("select max(cast(\"version\" as int)) from \"flyway_schema_history\"")).isEqualTo(3);
        Database.open(file()).close();
        assertThat(sql("select max(cast(\"version\" as int)) from \"flyway_schema_history\""))
                .isEqualTo(Database.LATEST_VERSION);
        assertThat(sql("select count(*) from information_schema.tables where table_name = 'AUDIT_LOG'"))
                .as("V4 ran").isEqualTo(1);
    }

    @Test
    void aCurrentFileOpensWithoutFlyway() throws Exception {
        Database.open(file()).close();
        int rows = sql("select count(*) from \"flyway_schema_history\"");
        // Flyway would refuse this history (checksum mismatch); the fast path never asks it.
        sql("update \"flyway_schema_history\" set \"checksum\" = 12345 where \"version\" = '1'");
        try (Database db = Database.open(file())) {
            int blocs = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("select count(*) from bloc")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(blocs).isZero();
        }
        assertThat(sql("select count(*) from \"flyway_schema_history\"")).isEqualTo(rows);
        MigrationInfo[] pending = flyway(null).info().pending();
        assertThat(pending).isEmpty();
    }

    @Test
    void aFailedMigrationInTheHistoryIsLeftToFlyway() throws Exception {
        Database.open(file()).close();
        sql("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '5'");
        var e = Assertions.catchThrowableOfType(AppException.class,
                () -> Database.open(file()));
        assertThat(e).as("Flyway refuses a history with a failed migration").isNotNull();
        assertThat(e.key()).isEqualTo("data.error.schema");
    }
}
