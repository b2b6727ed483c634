package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.AppException;
import vn.thidua.app.DataLocation;
import vn.thidua.testing.Backend;
import vn.thidua.testing.PostgresServer;

/**
 * One list of migrations for H2 and PostgreSQL (store.Migrations): the files made before the vendor
 * folders still validate, and a server's database gets the same schema versions, the PostgreSQL
 * scripts only where the SQL differs.
 */
class MigrationLayoutTest {

    @TempDir
    Path dir;

    /**
     * The aged file of ../shared/fixtures/aged-h2, made when every script was in db/migration (its history
     * stops at V7): what it has validates against the new layout, and the program brings it up to date
     * through the vendor folder (V8, V9 from db/vendor/h2) without a checksum or "missing migration" error.
     */
    @Test
    void anAgedFileMadeBeforeTheVendorFoldersValidatesAndMigratesThroughThem() throws Exception {
        Path file = dir.resolve("aged.mv.db");
        try (InputStream in = getClass().getResourceAsStream("/aged-h2/aged.mv.db")) {
            Files.copy(in, file);
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("aged") + Database.OPTIONS);
        ds.setUser("thidua");
        ds.setPassword("");
        Flyway before = Flyway.configure().dataSource(ds).locations(Migrations.locations("h2"))
                .ignoreMigrationPatterns("*:pending").load();
        before.validate();
        int applied = before.info().applied().length;
        assertThat(applied).isBetween(4, Database.LATEST_VERSION);
        Database.open(file).close();
        Flyway after = Flyway.configure().dataSource(ds).locations(Migrations.locations("h2")).load();
        after.validate();
        List<String> states = new ArrayList<>();
        for (MigrationInfo m : after.info().applied()) {
            states.add(m.getVersion() + " " + m.getState());
        }
        assertThat(states).hasSize(Database.LATEST_VERSION).allMatch(st -> st.endsWith(" SUCCESS"));
    }

    @Test
    void aFileMigratedStepByStepAcrossTheLayoutValidates() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("steps"));
        ds.setUser("thidua");
        ds.setPassword("");
        Flyway.configure().dataSource(ds).locations(Migrations.locations("h2")).target("3").load().migrate();
        Flyway.configure().dataSource(ds).locations(Migrations.locations("h2")).target("8").load().migrate();
        Database.open(dir.resolve("steps.mv.db")).close();
        Flyway.configure().dataSource(ds).locations(Migrations.locations("h2")).load().validate();
    }

    @Test
    void aServerDatabaseGetsEveryVersionWithThePostgresqlScriptsWhereTheSqlDiffers() throws Exception {
        String url = PostgresServer.get().newDatabase("layout");
        Backend.openDatabase(url).close();
        List<String> history = new ArrayList<>();
        try (Connection c = Backend.connect(url); Statement s = c.createStatement();
             var rs = s.executeQuery("select version, script, success from flyway_schema_history order by installed_rank")) {
            while (rs.next()) {
                history.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3));
            }
        }
        assertThat(history).hasSize(Database.LATEST_VERSION).allMatch(h -> h.endsWith(" true"));
        assertThat(history).contains("4 V4__audit_log.sql true", "8 V8__audit_chain.sql true", "11 V11__units_by_year.sql true");
        // Opening again changes nothing: the history is read, Flyway not run.
        Backend.openDatabase(url).close();
        try (Connection c = Backend.connect(url); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from flyway_schema_history")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Database.LATEST_VERSION);
        }
        // The texts kept whatever their length (V9) are unlimited on the server too.
        try (Connection c = Backend.connect(url); Statement s = c.createStatement();
             var rs = s.executeQuery("select data_type, character_maximum_length from information_schema.columns"
                     + " where table_name = 'ballot' and column_name = 'unknown_keys'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("text");
        }
        // V4's trigger: the log only grows, with the same refusal as H2's.
        try (Connection c = Backend.connect(url); Statement s = c.createStatement()) {
            s.execute("insert into audit_log(category, action, detail) values ('x', 'y', 'z')");
            assertThatThrownBy(() -> s.execute("update audit_log set detail = 'w'")).hasMessageContaining("append-only");
        }
    }

    @Test
    void aServerDatabaseOfAnotherProgramIsLeftUntouched() throws Exception {
        String url = PostgresServer.get().newDatabase("foreign");
        try (Connection c = Backend.connect(url); Statement s = c.createStatement()) {
            s.execute("create table khach_hang (id int primary key)");
        }
        AppException e = catchThrowableOfType(AppException.class, () -> Backend.openDatabase(url));
        assertThat(e.key()).isEqualTo("data.error.serverForeign");
        try (Connection c = Backend.connect(url); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from information_schema.tables where table_schema = 'public'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aServerDatabaseOfANewerProgramIsRefused() throws Exception {
        String url = PostgresServer.get().newDatabase("newer");
        Backend.openDatabase(url).close();
        try (Connection c = Backend.connect(url); Statement s = c.createStatement()) {
            s.execute("insert into flyway_schema_history(installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) values (99, '99', 'future', 'SQL', 'V99__future.sql', 0,"
                    + " 'x', 0, true)");
        }
        AppException e = catchThrowableOfType(AppException.class, () -> Backend.openDatabase(url));
        assertThat(e.key()).isEqualTo("data.error.serverNewer");
        assertThat(DataLocation.parse(url, k -> null).display()).doesNotContain("password");
    }
}
