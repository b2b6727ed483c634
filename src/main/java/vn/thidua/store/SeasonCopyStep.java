package vn.thidua.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Something that follows a bloc over into its new year (the scoring table, the bands…). Each
 * feature's store registers its own step; all run in the transaction that creates the year.
 */
@FunctionalInterface
public interface SeasonCopyStep {
    void copy(Connection c, long fromSeasonId, long toSeasonId) throws SQLException;
}
