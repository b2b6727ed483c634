package vn.thidua.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import vn.thidua.app.RowVersion;

/**
 * Optimistic locking of the rows V15 versions, in the caller's write transaction: {@link #check} holds the
 * row and refuses a save from a window that read an older version; {@link #bump} raises the version and
 * stamps the time after the save. A save that does not come from a window (an import, a copy) passes
 * {@link #ANY} and still raises the version, so a window open meanwhile is refused rather than overwriting it.
 */
final class RowVersions {

    /** No check: the save does not come from a window that read the row. */
    static final int ANY = -1;

    private RowVersions() {
    }

    private record Where(String table, String key, String version, String at) {
    }

    private static Where where(RowVersion.Of what) {
        return switch (what) {
            case INDICATOR -> new Where("indicator", "id", "row_version", "changed_at");
            case CRITERION -> new Where("criterion", "id", "row_version", "changed_at");
            case BANDS -> new Where("season_bands", "season_id", "row_version", "changed_at");
            case CONFERENCE -> new Where("season", "id", "details_version", "details_changed_at");
            case LEADERS -> new Where("season", "id", "leaders_version", "leaders_changed_at");
        };
    }

    static RowVersion read(Connection c, RowVersion.Of what, long id, boolean hold) throws SQLException {
        return find(c, what, id, hold).orElse(RowVersion.NONE);
    }

    private static Optional<RowVersion> find(Connection c, RowVersion.Of what, long id, boolean hold)
            throws SQLException {
        Where w = where(what);
        return Jdbc.one(c, "select " + w.version() + ", " + w.at() + " from " + w.table()
                + " where " + w.key() + " = ?" + (hold ? " for update" : ""), rs -> {
                    Timestamp t = rs.getTimestamp(2);
                    return new RowVersion(rs.getInt(1), t == null ? null : t.toLocalDateTime());
                }, id);
    }

    /**
     * Holds the row; throws {@link RowVersion.Stale} when it is no longer at {@code seen}, or no longer there: a
     * window saves only over a row it read, so one deleted since (an indicator or a criterion deleted, a year
     * replaced by a publish) is refused: else the update would change no row and the window would say "saved".
     * The bands are the exception: a year has none stored until their first save, and a window that read none
     * sends {@link RowVersion#NONE}'s version; their year itself must still be there.
     */
    static void check(Connection c, RowVersion.Of what, long id, int seen) throws SQLException {
        Optional<RowVersion> found = find(c, what, id, true);
        if (seen == ANY) {
            return;
        }
        if (found.isEmpty() && (what != RowVersion.Of.BANDS || !seasonExists(c, id))) {
            throw new RowVersion.Stale(RowVersion.NONE, true);
        }
        RowVersion now = found.orElse(RowVersion.NONE);
        if (now.version() != seen) {
            throw new RowVersion.Stale(now);
        }
    }

    private static boolean seasonExists(Connection c, long seasonId) throws SQLException {
        return Jdbc.one(c, "select id from season where id = ?", rs -> rs.getLong(1), seasonId).isPresent();
    }

    /** Raises the row's version and stamps the time of the change; returns the new version. */
    static int bump(Connection c, RowVersion.Of what, long id) throws SQLException {
        Where w = where(what);
        Jdbc.update(c, "update " + w.table() + " set " + w.version() + " = " + w.version() + " + 1, " + w.at()
                + " = current_timestamp where " + w.key() + " = ?", id);
        return read(c, what, id, false).version();
    }
}
