package vn.thidua.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on the database connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
