package vn.thidua.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import vn.thidua.app.AppException;
import vn.thidua.app.DataLocation;

/**
 * A bloc's data on a PostgreSQL server: connecting, bringing the schema up to date, and the
 * server's errors in the user's words. {@link Database} holds the connection once open.
 */
final class ServerDatabase {

    private static final Logger LOG = Logger.getLogger(ServerDatabase.class.getName());

    private ServerDatabase() {
    }

    /** The key of the advisory lock that orders the writes of every program on one database ("ThiDua" in ASCII). */
    static final long WRITE_TURN = 0x5468694475614CL;

    /**
     * Waits for this program's turn to write, held until the transaction ends. The audit log is one hash
     * chain over the whole database: each line carries the hash of the line committed before it, so two
     * transactions that each read the head and append would fork it. Taken first in every write, before
     * any row lock, so two writers can never wait on each other in a circle. It orders writes only (a
     * write lasts milliseconds); reads never wait for it. docs/decisions/0011-postgresql.md.
     */
    static void takeWriteTurn(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            ps.setLong(1, WRITE_TURN);
            ps.execute();
        }
    }

    static Connection connect(DataLocation.Server server) {
        Properties p = properties(server);
        try {
            return DriverManager.getConnection(server.url(), p);
        } catch (SQLException e) {
            throw failure(e, server);
        }
    }

    private static Properties properties(DataLocation.Server server) {
        Properties p = new Properties();
        if (server.user() != null) {
            p.setProperty("user", server.user());
        }
        if (server.password() != null) {
            p.setProperty("password", server.password());
        }
        p.setProperty("ApplicationName", "ThiDua");
        return p;
    }

    /**
     * The same check as a file's: a database whose history is at the latest version needs no Flyway;
     * one with tables but no history is another program's, left untouched; one from a newer program is refused.
     * Only the administrator (a role with the rights of the tables' owner: the one that ran the migrations)
     * brings a database up to date; a secretary's or the office's role finding it behind is refused, naming
     * the command for the administrator, before Flyway is started (docs/decisions/0012-roles-per-bloc.md).
     * The tables are looked up in pg_catalog, which shows them whatever the role may read.
     */
    static void migrate(DataLocation.Server server, Connection c) throws SQLException {
        String role = Jdbc.one(c, "select current_user", rs -> rs.getString(1)).orElse("");
        boolean recorded = count(c, "select count(*) from pg_catalog.pg_class t join pg_catalog.pg_namespace n"
                + " on n.oid = t.relnamespace where n.nspname = current_schema() and t.relname = 'flyway_schema_history'") > 0;
        int highest = 0;
        if (recorded) {
            int rows = 0;
            boolean clean = true;
            try (Statement s = c.createStatement(); var rs = s.executeQuery(
                    "select \"version\", \"success\" from \"flyway_schema_history\" where \"version\" is not null")) {
                while (rs.next()) {
                    String v = rs.getString(1);
                    if (v.matches("\\d{1,9}")) {
                        highest = Math.max(highest, Integer.parseInt(v));
                    } else {
                        clean = false;
                    }
                    clean &= rs.getBoolean(2);
                    rows++;
                }
            } catch (SQLException e) {
                if ("42501".equals(e.getSQLState())) {
                    LOG.log(Level.WARNING, "Role " + role + " may not read " + server.display(), e);
                    throw new AppException(e, "data.error.serverNoGrant", server.display(), role);
                }
                throw e;
            }
            if (highest > Database.LATEST_VERSION) {
                throw new AppException("data.error.serverNewer", server.display(), Integer.toString(highest));
            }
            if (clean && rows == highest && highest == Database.LATEST_VERSION) {
                return;
            }
            if (!Jdbc.one(c, "select pg_has_role(current_user, t.relowner, 'USAGE') or r.rolsuper"
                    + " from pg_catalog.pg_class t join pg_catalog.pg_namespace n on n.oid = t.relnamespace,"
                    + " pg_catalog.pg_roles r where n.nspname = current_schema() and t.relname = 'flyway_schema_history'"
                    + " and r.rolname = current_user", rs -> rs.getBoolean(1)).orElse(false)) {
                throw new AppException("data.error.serverBehind", server.display(), Integer.toString(highest),
                        Integer.toString(Database.LATEST_VERSION), role);
            }
        } else if (count(c, "select count(*) from pg_catalog.pg_class t join pg_catalog.pg_namespace n"
                + " on n.oid = t.relnamespace where n.nspname = current_schema() and t.relkind in ('r', 'p', 'v', 'm', 'f')") > 0) {
            throw new AppException("data.error.serverForeign", server.display());
        } else if (!Jdbc.one(c, "select has_schema_privilege(current_schema(), 'CREATE')", rs -> rs.getBoolean(1))
                .orElse(false)) {
            // An empty database the role may not make tables in: its administrator makes them first.
            throw new AppException("data.error.serverBehind", server.display(), "0",
                    Integer.toString(Database.LATEST_VERSION), role);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(server.url());
        if (server.user() != null) {
            ds.setUser(server.user());
        }
        if (server.password() != null) {
            ds.setPassword(server.password());
        }
        Flyway flyway = Flyway.configure().dataSource(ds).locations(Migrations.locations("postgresql")).load();
        try {
            for (MigrationInfo m : flyway.info().all()) {
                if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                    throw new AppException("data.error.serverNewer", server.display(), m.getVersion().toString());
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            LOG.log(Level.WARNING, "Migration of " + server.display() + " failed", e);
            throw new AppException(e, "data.error.schema", server.display());
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * A server's error in the user's words, by SQLSTATE: the server cannot be reached, the role or its
     * password is refused, the database does not exist, a text is too long; the rest, plainly, with the
     * server's own words in the log.
     */
    static AppException failure(SQLException e, DataLocation.Server server) {
        LOG.log(Level.WARNING, "Database work on " + server.display() + " failed", e);
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // The driver's own refusal when the server asks for a password and none was given (08004,
        // "connection rejected"): a login to ask again for, not a server out of reach.
        if (state.equals("08004") && (server.password() == null || server.password().isEmpty())) {
            return new AppException(e, "data.error.serverLogin", server.display(),
                    server.user() == null ? System.getProperty("user.name") : server.user());
        }
        if (state.startsWith("08")) {
            return new AppException(e, "data.error.serverUnreachable", server.display());
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new AppException(e, "data.error.serverLogin", server.display(),
                    server.user() == null ? System.getProperty("user.name") : server.user());
        }
        if (state.equals("3D000")) {
            return new AppException(e, "data.error.serverNoDatabase", server.display());
        }
        if (state.equals("22001")) {
            return new AppException(e, "data.error.serverTooLong", server.display());
        }
        if (state.equals("42501")) {
            return denied(e, server);
        }
        if (state.equals("25006")) {
            return new AppException(e, "data.error.serverDenied", server.display());
        }
        return new AppException(e, "data.error.serverFailed", server.display());
    }

    /**
     * A write the server refused for want of rights. Row-level security (V14) refuses a row of a bloc the
     * role may not write with message {@code thidua.denied}, the bloc's code as detail and the role as hint:
     * said naming both. Any other refusal (a read-only office role's write, a role without grants): the role.
     */
    private static AppException denied(SQLException e, DataLocation.Server server) {
        String role = server.user() == null ? System.getProperty("user.name") : server.user();
        for (Throwable t = e; t != null; t = t instanceof SQLException s && s.getNextException() != null
                ? s.getNextException() : t.getCause()) {
            if (t instanceof PSQLException p && p.getServerErrorMessage() != null
                    && "thidua.denied".equals(p.getServerErrorMessage().getMessage())) {
                ServerErrorMessage m = p.getServerErrorMessage();
                String who = m.getHint() == null || m.getHint().isEmpty() ? role : m.getHint();
                String bloc = m.getDetail() == null ? "" : m.getDetail();
                return bloc.isEmpty() ? new AppException(e, "data.error.serverNoBloc", server.display(), who)
                        : new AppException(e, "data.error.serverBlocDenied", server.display(), who, bloc);
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return new AppException(e, "data.error.serverRoleDenied", server.display(), role);
    }
}
