package vn.thidua.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives back the space a data file grew by. H2 runs with space reuse off (it lost confirmed
 * writes on files old enough to reuse space: docs/decisions/0005-aged-files.md), so each write
 * appends ~12 KB. After a clean close, a file over {@link #THRESHOLD_BYTES} is compacted out of
 * place: copied beside itself, the copy compacted by H2 and checked to hold the same last change,
 * then moved over the file in one step. The file is locked meanwhile, so no other program opens
 * it half-way; a kill at any moment leaves the file as it was, and the copy is cleared on the next
 * open ({@link #clearLeftover}).
 */
final class Compaction {

    private static final Logger LOG = Logger.getLogger(Compaction.class.getName());
    /** A year of use on the sample bloc compacts to ~0.1–0.5 MB. */
    static final long THRESHOLD_BYTES = 2L * 1024 * 1024;
    private static final String COPY_BASE_SUFFIX = ".compacting";

    private Compaction() {
    }

    static Path copyOf(Path dataFile) {
        String name = dataFile.getFileName().toString();
        String base = name.substring(0, name.length() - ".mv.db".length());
        return dataFile.resolveSibling(base + COPY_BASE_SUFFIX + ".mv.db");
    }

    static void clearLeftover(Path dataFile) {
        try {
            Files.deleteIfExists(copyOf(dataFile));
        } catch (IOException e) {
            LOG.log(Level.INFO, "Could not remove a leftover compaction copy beside " + dataFile, e);
        }
    }

    /**
     * Compacts a cleanly closed file when it is large. Never throws: a file left large is only
     * larger. {@code urlOptions} are the H2 URL options the file opens with (cipher included);
     * {@code expected} the file's last change ({@link WriteMark}), which the compacted copy must hold.
     */
    static void compactIfLarge(Path dataFile, String urlOptions, String h2Password, long expected) {
        try {
            if (!Files.isRegularFile(dataFile) || Files.size(dataFile) <= THRESHOLD_BYTES) {
                return;
            }
            long started = System.nanoTime();
            long before = Files.size(dataFile);
            Path copy = copyOf(dataFile);
            try (FileChannel channel = FileChannel.open(dataFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
                 FileLock lock = channel.tryLock()) {
                if (lock == null) {
                    return; // another program opened it the moment it was closed: leave it be
                }
                Files.copy(dataFile, copy, StandardCopyOption.REPLACE_EXISTING);
                try (Connection c = DriverManager.getConnection(url(copy, urlOptions), "thidua", h2Password);
                     Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN COMPACT");
                }
                if (lastChange(copy, urlOptions, h2Password) != expected) {
                    LOG.warning("Compacted copy of " + dataFile + " differs; the file is left as it was");
                    Files.deleteIfExists(copy);
                    return;
                }
                try (FileChannel sync = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                    sync.force(true);
                }
                Files.move(copy, dataFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            LOG.info("Compacted " + dataFile + ": " + before / 1024 + " KB to " + Files.size(dataFile) / 1024 + " KB in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.INFO, "The data file was not compacted (it is only larger): " + dataFile, e);
            clearLeftover(dataFile);
        }
    }

    /** The newest audit line of a file, read without changing it. */
    private static long lastChange(Path file, String urlOptions, String h2Password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(file, urlOptions) + ";ACCESS_MODE_DATA=r", "thidua",
                h2Password); Statement s = c.createStatement();
             var rs = s.executeQuery("select coalesce(max(id), 0) from audit_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String url(Path file, String urlOptions) {
        String f = file.toString();
        return "jdbc:h2:file:" + f.substring(0, f.length() - ".mv.db".length()) + urlOptions;
    }
}
