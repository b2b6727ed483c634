package vn.thidua.store;

/**
 * Where the Flyway migrations are. One list serves H2 and PostgreSQL: the common scripts in
 * {@code db/migration}, and, only where the SQL must differ (V4 and V8: the append-only trigger,
 * V9: unlimited texts), a script of the same version per database in {@code db/vendor/<vendor>}.
 * A new portable migration goes into {@code db/migration} and serves both. The vendor folder is outside
 * {@code db/migration} because Flyway scans a location's subfolders too.
 *
 * <p>Moving the H2 scripts of V4, V8 and V9 into {@code db/vendor/h2} left their text, hence their
 * checksums, unchanged: the histories of existing files still validate (MigrationLayoutTest).
 */
public final class Migrations {

    static final String COMMON = "classpath:vn/thidua/db/migration";

    private Migrations() {
    }

    /** @param vendor Flyway's name of the database: {@code h2} or {@code postgresql} */
    public static String[] locations(String vendor) {
        return new String[] {COMMON, "classpath:vn/thidua/db/vendor/" + vendor};
    }
}
