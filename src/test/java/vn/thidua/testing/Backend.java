package vn.thidua.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import vn.thidua.ThiDua;
import vn.thidua.app.DataLocation;
import vn.thidua.app.Workspace;
import vn.thidua.store.Database;

/**
 * The two databases a test runs on: an H2 file in the test's folder, and a new database on the tests'
 * PostgreSQL server ({@link PostgresServer}; the test is skipped, with the reason, where none can start).
 * Used with {@code @ParameterizedTest @EnumSource(Backend.class)}.
 */
public enum Backend {
    H2, POSTGRESQL;

    /** What --db is given: a new data file in {@code dir}, or a new database's URL. */
    public String newLocation(Path dir, String hint) {
        return switch (this) {
            case H2 -> dir.resolve(hint + ".mv.db").toString();
            case POSTGRESQL -> PostgresServer.get().newDatabase(hint);
        };
    }

    /** The store alone over what {@link #newLocation} gave, as the program opens it. */
    public static Database openDatabase(String location) {
        DataLocation where = DataLocation.parse(location, System::getenv);
        return where instanceof DataLocation.Server server ? Database.open(server)
                : Database.open(((DataLocation.File) where).path());
    }

    /** A plain JDBC connection to what {@link #newLocation} gave (closed, for H2, before the program opens it). */
    public static Connection connect(String location) throws SQLException {
        DataLocation where = DataLocation.parse(location, System::getenv);
        if (where instanceof DataLocation.Server server) {
            Properties p = new Properties();
            p.setProperty("user", server.user());
            return DriverManager.getConnection(server.url(), p);
        }
        String file = ((DataLocation.File) where).path().toString();
        return DriverManager.getConnection("jdbc:h2:file:" + file.substring(0, file.length() - DataLocation.H2_SUFFIX.length()),
                "thidua", "");
    }

    /** Opens what {@link #newLocation} gave, wired as the program wires it. */
    public static Workspace open(String location) {
        return ThiDua.open(DataLocation.parse(location, System::getenv), null);
    }
}
