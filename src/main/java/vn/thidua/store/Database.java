package vn.thidua.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import vn.thidua.app.AppException;
import vn.thidua.app.DataFileException;
import vn.thidua.app.DataLocation;

/**
 * The one H2 data file. One connection, used by one thread at a time: the desktop has one
 * user, and serialising the work keeps every write simple to reason about.
 *
 * <p>Durability: {@code WRITE_DELAY=0} makes each commit reach the file at once (without it a
 * commit can be lost to a kill within half a second), and {@link #write} ends with
 * {@code CHECKPOINT SYNC} so a confirmed write also survives a power cut. See
 * docs/decisions/0002-durable-writes.md.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    /**
     * The highest migration under {@code vn/thidua/db/migration}. A file at this version opens
     * without Flyway; {@code SchemaVersionTest} fails when a migration is added and this is not raised.
     */
    static final int LATEST_VERSION = 16;
    /**
     * H2's URL options. {@code REUSE_SPACE=FALSE}: H2 2.5.252 loses committed, checkpointed
     * writes after an unclean end once it writes into reused space (docs/decisions/0005-aged-files.md);
     * appending only, nothing is lost, and a clean close compacts the file ({@link Compaction}).
     */
    static final String OPTIONS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE;DB_CLOSE_ON_EXIT=FALSE";
    private final Path file;
    private final Connection connection;
    private final OwnerFile owner;
    private final String urlOptions;
    private final String h2Password;
    private final Thread closeOnExit;
    /** Set when the data is a PostgreSQL server's database, not a file (then file, owner and H2's options are null). */
    private final DataLocation.Server server;
    private boolean closed;
    private Runnable beforeFirstWrite; // guarded by this

    private Database(Path file, Connection connection, OwnerFile owner, String urlOptions, String h2Password) {
        this(file, null, connection, owner, urlOptions, h2Password);
    }

    private Database(Path file, DataLocation.Server server, Connection connection, OwnerFile owner, String urlOptions,
                     String h2Password) {
        this.server = server;
        this.file = file;
        this.connection = connection;
        this.owner = owner;
        this.urlOptions = urlOptions;
        this.h2Password = h2Password;
        // SIGTERM (a desktop logout, `kill PID`) runs shutdown hooks: close the store cleanly,
        // after any write under way (close waits for it), without the compaction.
        this.closeOnExit = new Thread(() -> close(false), "close-data-file");
        Runtime.getRuntime().addShutdownHook(closeOnExit);
    }

    /** Opens (or creates) the data file and brings its schema up to date. */
    public static Database open(Path dataFile) {
        return open(dataFile, null);
    }

    /**
     * Opens a data file that may be encrypted ({@code password} not null: H2's AES file
     * encryption). A file that needs a password, or gets a wrong one, is refused with a message.
     */
    public static Database open(Path dataFile, char[] password) {
        Path file = dataFile.toAbsolutePath().normalize();
        String name = file.getFileName().toString();
        if (!name.endsWith(".mv.db")) {
            throw new IllegalArgumentException("H2 data file must end in .mv.db: " + file);
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new AppException(e, "data.error.folder", file.getParent().toString());
        }
        if (!Files.exists(file) && !Files.isWritable(file.getParent())) {
            throw new AppException("data.error.folderReadOnly", file.getParent().toString());
        }
        try {
            // H2 would take an empty file for a new database: the secretary's data would look gone.
            if (Files.exists(file) && Files.size(file) == 0) {
                throw new DataFileException(DataFileException.Kind.DAMAGED, "data.error.empty", file.toString());
            }
        } catch (IOException e) {
            throw new AppException(e, "data.error.open", file.toString());
        }
        boolean encrypted = DataFileTool.isEncryptedFile(file);
        if (Files.exists(file) && (DataFileTool.isTruncated(file)
                || !encrypted && !DataFileTool.endsWithWholeChunk(file) && !readsWhole(file))) {
            throw new DataFileException(DataFileException.Kind.DAMAGED, "data.error.damaged", file.toString());
        }
        if (encrypted && password == null) {
            throw new DataFileException(DataFileException.Kind.PASSWORD, "data.error.passwordNeeded", file.toString());
        }
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        boolean cipher = password != null && (encrypted || !Files.exists(file));
        String urlOptions = OPTIONS + (cipher ? ";CIPHER=AES" : "");
        String url = "jdbc:h2:file:" + base + urlOptions;
        // With CIPHER, H2 takes "filePassword userPassword"; ThiDua's user has no password of its own.
        String h2Password = cipher ? FileKey.jdbcPassword(password) : "";
        OwnerFile owner = new OwnerFile(file);
        Connection c;
        try {
            c = DriverManager.getConnection(url, "thidua", h2Password);
        } catch (SQLException e) {
            AppException refusal = translateOpenError(e, file, owner);
            if (DataFileException.kindOf(refusal) != DataFileException.Kind.PASSWORD || !DataFileTool.rekeyFromOlderVersion(file, password)) {
                throw refusal;
            }
            try {
                c = DriverManager.getConnection(url, "thidua", h2Password);
            } catch (SQLException again) {
                throw translateOpenError(again, file, owner);
            }
        }
        owner.claim();
        // Only now, with H2's lock held, can no other program be compacting this file: its copy is a leftover.
        Compaction.clearLeftover(file);
        try {
            migrate(url, h2Password, c, file);
            c.setAutoCommit(true);
            WriteMark.check(c, file);
        } catch (RuntimeException e) {
            closeQuietly(c);
            owner.release();
            throw e;
        } catch (SQLException e) {
            closeQuietly(c);
            owner.release();
            throw new AppException(e, "data.error.open", file.toString());
        }
        LOG.info("Opened data file " + file);
        return new Database(file, c, owner, urlOptions, h2Password);
    }

    /**
     * Judges a file whose end is not a whole chunk without writing to it: true when H2 reads it
     * read-only and it holds every change confirmed before ({@link WriteMark}), as after a kill in
     * the middle of writing a chunk that was never confirmed; false when it is damaged.
     */
    private static boolean readsWhole(Path file) {
        String path = file.toString();
        String url = "jdbc:h2:file:" + path.substring(0, path.length() - ".mv.db".length()) + OPTIONS
                + ";ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, "thidua", "")) {
            if (hasTables(c) && hasHistory(c)) {
                WriteMark.check(c, file);
            }
            return true;
        } catch (SQLException | AppException e) {
            LOG.log(Level.WARNING, "Judged damaged: " + file + " (" + e.getMessage() + ")");
            return false;
        }
    }

    private static void migrate(String url, String h2Password, Connection c, Path file) throws SQLException {
        boolean recorded = hasHistory(c);
        if (recorded) {
            History history = History.read(c);
            if (history.highest() > LATEST_VERSION) {
                throw new AppException("data.error.newer", file.toString(), Integer.toString(history.highest()));
            }
            if (history.highest() == LATEST_VERSION && history.exact()) {
                return; // schema current: Flyway (some 900 classes, ~350 ms CPU) is not needed
            }
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("thidua");
        ds.setPassword(h2Password);
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations(Migrations.locations("h2"))
                .load();
        if (!recorded && hasTables(c)) {
            throw new AppException("data.error.foreign", file.toString());
        }
        try {
            for (MigrationInfo m : flyway.info().all()) {
                if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                    throw new AppException("data.error.newer", file.toString(), m.getVersion().toString());
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            // Flyway's own words are for the log; the user is told which file could not be brought up to date.
            LOG.log(Level.WARNING, "Migration of " + file + " failed", e);
            throw new AppException(e, "data.error.schema", file.toString());
        }
    }

    /**
     * The schema version recorded in a file's Flyway history, read with plain SQL.
     *
     * @param highest the highest numbered migration applied
     * @param exact   the history is exactly the successful migrations 1..highest; anything else
     *                (a failed migration, say) is left for Flyway to judge
     */
    private record History(int highest, boolean exact) {
        static History read(Connection c) throws SQLException {
            String sql = "select \"version\", \"success\" from \"flyway_schema_history\" where \"version\" is not null";
            int max = 0;
            int count = 0;
            boolean clean = true;
            try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    String version = rs.getString(1);
                    if (version.matches("\\d{1,9}")) {
                        max = Math.max(max, Integer.parseInt(version));
                    } else {
                        clean = false;
                    }
                    clean &= rs.getBoolean(2);
                    count++;
                }
            }
            return new History(max, clean && count == max);
        }
    }

    private static boolean hasHistory(Connection c) throws SQLException {
        return count(c, "select count(*) from information_schema.tables where table_name = 'flyway_schema_history'") > 0;
    }

    private static boolean hasTables(Connection c) throws SQLException {
        return count(c, "select count(*) from information_schema.tables where table_schema = 'PUBLIC'") > 0;
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static AppException translateOpenError(SQLException e, Path file, OwnerFile owner) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            String[] who = owner.describe();
            return new AppException(e, "data.error.inUse", file.toString(), who[0], who[1], who[2], who[3]);
        }
        LOG.log(Level.WARNING, "Cannot open " + file, e);
        if (code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || (code == ErrorCode.WRONG_USER_OR_PASSWORD
                && DataFileTool.isEncryptedFile(file))) {
            return new DataFileException(DataFileException.Kind.PASSWORD, e, "data.error.wrongPassword", file.toString());
        }
        if (code == ErrorCode.WRONG_USER_OR_PASSWORD) {
            // Another program's H2 database (ThiDua's own files always open with its user).
            return new AppException(e, "data.error.foreign", file.toString());
        }
        return new DataFileException(DataFileException.Kind.DAMAGED, e, "data.error.damaged", file.toString());
    }

    /** The data file; null when the data is on a server ({@link #server()}). */
    public Path file() {
        return file;
    }

    /** The server's database, or null for a data file. */
    public DataLocation.Server server() {
        return server;
    }

    /**
     * Opens a bloc's data on a PostgreSQL server and brings its schema up to date with the same
     * migrations as a file ({@link Migrations}). The server makes each commit durable itself
     * (synchronous_commit), and more than one program may work on it at once: no owner file, no
     * checkpoint, no write mark, which are a file's. See {@link ServerDatabase}.
     */
    public static Database open(DataLocation.Server server) {
        Connection c = ServerDatabase.connect(server);
        try {
            ServerDatabase.migrate(server, c);
            c.setAutoCommit(true);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        } catch (SQLException e) {
            closeQuietly(c);
            throw ServerDatabase.failure(e, server);
        }
        LOG.info("Opened server database " + server.display());
        return new Database(null, server, c, null, null, null);
    }

    /** Reads; no transaction needed. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * A database failure in the user's words: the database's own text (English, SQL, error codes)
     * goes to the log only. The checks before a write keep texts within their columns, so a value
     * too long here is a fault of the program, still said plainly.
     */
    private AppException failure(SQLException e) {
        return server != null ? ServerDatabase.failure(e, server) : failure(e, file);
    }

    static AppException failure(SQLException e, Path file) {
        LOG.log(Level.WARNING, "Database work on " + file + " failed", e);
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY || (Files.exists(file) && !Files.isWritable(file))) {
            return new AppException(e, "data.error.readOnly", file.toString());
        }
        if (e.getErrorCode() == ErrorCode.VALUE_TOO_LONG_2) {
            return new AppException(e, "data.error.tooLong", file.toString());
        }
        return new AppException(e, "data.error.failed", file.toString());
    }

    /**
     * Writes in one transaction. When this returns, the change is committed and synced to the
     * disk; when it throws, nothing of it is stored.
     */
    public synchronized <T> T write(SqlWork<T> work) {
        runBeforeFirstWrite();
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                if (server != null) {
                    ServerDatabase.takeWriteTurn(connection);
                }
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            if (server == null) {
                try (Statement s = connection.createStatement()) {
                    s.execute("CHECKPOINT SYNC");
                }
                WriteMark.record(connection, file);
            }
            return result;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Runs {@code action} once: in {@link #write} before the first write's transaction begins, or
     * earlier through {@link #runBeforeFirstWrite()} (the window's automatic backup: taken once the
     * window is filled, but never after a write). Holding this object's lock, as writes do.
     */
    public synchronized void beforeFirstWrite(Runnable action) {
        this.beforeFirstWrite = action;
    }

    /** Runs the action given to {@link #beforeFirstWrite} if it has not run yet; true when it ran now. */
    public synchronized boolean runBeforeFirstWrite() {
        Runnable first = beforeFirstWrite;
        if (first == null) {
            return false;
        }
        beforeFirstWrite = null;
        first.run();
        return true;
    }

    /** Closes the file cleanly and compacts it when it has grown large. */
    @Override
    public void close() {
        close(true);
    }

    private synchronized void close(boolean compact) {
        if (closed) {
            return;
        }
        closed = true;
        if (server != null) {
            closeQuietly(connection);
            removeHook(compact);
            return;
        }
        boolean clean = false;
        long lastChange = -1;
        try (Statement s = connection.createStatement()) {
            lastChange = WriteMark.lastChange(connection);
            s.execute("SHUTDOWN");
            clean = true;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Shutdown of " + file, e);
        } finally {
            closeQuietly(connection);
        }
        if (clean && compact) {
            Compaction.compactIfLarge(file, urlOptions, h2Password, lastChange);
        }
        owner.release();
        removeHook(compact);
    }

    private void removeHook(boolean compact) {
        if (compact) {
            try {
                Runtime.getRuntime().removeShutdownHook(closeOnExit);
            } catch (IllegalStateException alreadyExiting) {
                // the hook is running or about to: it finds the file closed
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure: the first error is the one to report
        }
    }
}
