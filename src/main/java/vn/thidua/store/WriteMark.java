package vn.thidua.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import vn.thidua.app.DataFileException;
import vn.thidua.domain.text.VnFormat;

/**
 * A note beside the data file of how far its audit log had grown at the last confirmed write.
 * If the file opens with less than that, it lost its newest part (cut off, or an old copy put in
 * its place) and H2 would open the older state without a word: ThiDua says so instead.
 */
final class WriteMark {

    private WriteMark() {
    }

    static Path path(Path dataFile) {
        return dataFile.resolveSibling(dataFile.getFileName() + ".mark");
    }

    static void record(Connection c, Path dataFile) {
        try {
            Files.writeString(path(dataFile), Long.toString(lastChange(c)));
        } catch (IOException | SQLException ignored) {
            // Only a safety net for opening later; the write itself is already on disk.
        }
    }

    static void check(Connection c, Path dataFile) throws SQLException {
        Path mark = path(dataFile);
        if (!Files.isRegularFile(mark)) {
            return;
        }
        long expected;
        try {
            expected = Long.parseLong(Files.readString(mark).trim());
        } catch (IOException | NumberFormatException e) {
            return;
        }
        long found = lastChange(c);
        if (found < expected) {
            String at;
            try (Statement s = c.createStatement(); var rs = s.executeQuery("select max(at) from audit_log")) {
                rs.next();
                at = rs.getTimestamp(1) == null ? "—"
                        : VnFormat.formatDateTime(rs.getTimestamp(1).toLocalDateTime());
            }
            throw new DataFileException(DataFileException.Kind.BEHIND, "data.error.behind", dataFile.toString(), found, expected, expected - found, at);
        }
    }

    /** Forget the mark: the file was deliberately replaced (a restore). */
    static void reset(Path dataFile) {
        try {
            Files.deleteIfExists(path(dataFile));
        } catch (IOException ignored) {
            // a stale mark would only cause a warning that the user can answer
        }
    }

    static long lastChange(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("select coalesce(max(id), 0) from audit_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
