package vn.thidua.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small helpers over JDBC so repositories read as SQL and mapping, nothing else. */
final class Jdbc {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Jdbc() {
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        }
    }

    static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        List<T> all = list(c, sql, mapper, args);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    /**
     * Inserts, or updates the row with the same key: {@code into} is {@code table(columns)}, {@code source}
     * a {@code values (…)} or a {@code select}. H2 says it {@code merge into … key(…)}; PostgreSQL
     * {@code insert … on conflict (…) do update} (or {@code do nothing} when every column is the key).
     */
    static int merge(Connection c, String into, String key, String source, Object... args) throws SQLException {
        return update(c, mergeSql(postgresql(c), into, key, source), args);
    }

    static String mergeSql(boolean postgresql, String into, String key, String source) {
        if (!postgresql) {
            return "merge into " + into + " key(" + key + ") " + source;
        }
        List<String> keys = List.of(key.split("\\s*,\\s*"));
        List<String> set = new ArrayList<>();
        for (String column : into.substring(into.indexOf('(') + 1, into.lastIndexOf(')')).split(",")) {
            String name = column.strip();
            if (!keys.contains(name)) {
                set.add(name + " = excluded." + name);
            }
        }
        return "insert into " + into + " " + source + " on conflict (" + key + ") do "
                + (set.isEmpty() ? "nothing" : "update set " + String.join(", ", set));
    }

    /** True on a PostgreSQL server, false on an H2 file. */
    static boolean postgresql(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
    }

    static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                // By name: PostgreSQL's driver returns every column of the new row, H2 only the key.
                return keys.getLong("id");
            }
        }
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        bind(ps, args);
        return ps;
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}
