package vn.thidua.testing;

import java.nio.file.Path;
import vn.thidua.ThiDua;
import vn.thidua.app.DataLocation;
import vn.thidua.app.Workspace;

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

    /** Opens what {@link #newLocation} gave, wired as the program wires it. */
    public static Workspace open(String location) {
        return ThiDua.open(DataLocation.parse(location, System::getenv), null);
    }
}
