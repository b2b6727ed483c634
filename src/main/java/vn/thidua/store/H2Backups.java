package vn.thidua.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.thidua.app.AppException;
import vn.thidua.app.BackupService;
import vn.thidua.app.BackupStore;
import vn.thidua.app.Folders;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Optional;

/** H2's online BACKUP into a zip, and the offline work of looking into or restoring one. */
public final class H2Backups implements BackupStore {

    private final Database db;

    public H2Backups(Database db) {
        this.db = db;
    }

    @Override
    public void backupTo(Path zip) {
        // Written beside as .part and moved in whole: a kill leaves no half zip under a backup's name.
        Path part = zip.resolveSibling(zip.getFileName() + ".part");
        try {
            db.read(c -> {
                try (var ps = c.prepareStatement("BACKUP TO ?")) {
                    ps.setString(1, part.toString());
                    ps.execute();
                }
                return null;
            });
            try (var channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(part, zip, StandardCopyOption.ATOMIC_MOVE);
        } catch (AppException | IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // cleared with the next backup
            }
            throw new AppException(e, "backup.error.write", zip.toString());
        }
    }

    @Override
    public BackupService.Contents inspect(Path zip) {
        return inspectZip(zip);
    }

    @Override
    public void beforeFirstWrite(Runnable action) {
        db.beforeFirstWrite(action);
    }

    @Override
    public boolean runBeforeFirstWrite() {
        return db.runBeforeFirstWrite();
    }

    /** What a backup zip holds, read from a temporary copy; works with no data file open. */
    public static BackupService.Contents inspectZip(Path zip) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("thidua-backup-");
            Path file = extract(zip, tmp.resolve("xem.mv.db"));
            String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
            return contents(base);
        } catch (IOException | SQLException e) {
            throw new AppException(e, "backup.error.unreadable", zip.toString());
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * What a closed data file holds, read without changing it; empty when it cannot be read (it is
     * the damaged one, or it needs a password).
     */
    public static Optional<BackupService.Contents> inspectFile(Path dataFile) {
        String f = dataFile.toAbsolutePath().toString();
        if (!Files.isRegularFile(dataFile) || !f.endsWith(".mv.db")) {
            return Optional.empty();
        }
        try {
            return Optional.of(contents(f.substring(0, f.length() - ".mv.db".length())));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static BackupService.Contents contents(String base) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r", "thidua", "")) {
            List<BackupService.ElectionState> elections = Jdbc.list(c, "select e.id, e.title, s.season_year,"
                    + " e.status = 'CLOSED', (select count(*) from ballot b where b.election_id = e.id)"
                    + " from election e join season s on s.id = e.season_id order by e.id",
                    rs -> new BackupService.ElectionState(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
                            rs.getInt(5)));
            long last = Jdbc.one(c, "select coalesce(max(id), 0) from audit_log", rs -> rs.getLong(1)).orElse(0L);
            LocalDateTime at = null; // an empty log has no last change
            try (var st = c.createStatement(); var rs = st.executeQuery("select max(at) from audit_log")) {
                if (rs.next() && rs.getTimestamp(1) != null) {
                    at = rs.getTimestamp(1).toLocalDateTime();
                }
            }
            return new BackupService.Contents(count(c, "bloc"), count(c, "season"), count(c, "election"),
                    count(c, "ballot"), Jdbc.list(c, "select code from bloc order by code", rs -> rs.getString(1)),
                    elections, last, at);
        }
    }

    private static int count(Connection c, String table) throws SQLException {
        try {
            return Jdbc.one(c, "select count(*) from " + table, rs -> rs.getInt(1)).orElse(0);
        } catch (SQLException e) {
            // A backup from before a table existed simply holds none of it.
            return 0;
        }
    }

    /**
     * Puts the backup's data file in place of {@code dataFile}, which must be closed. The file is
     * written beside the target first and moved in one step, so a failure leaves the old file.
     */
    public static void restore(Path zip, Path dataFile) {
        Path tmp = dataFile.resolveSibling(dataFile.getFileName() + ".restoring");
        try {
            extract(zip, tmp);
            Files.move(tmp, dataFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            WriteMark.reset(dataFile);
        } catch (IOException e) {
            throw new AppException(e, "backup.error.restore", zip.toString());
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /** Writes the one .mv.db entry of an H2 backup zip to {@code target}. */
    static Path extract(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (e.getName().endsWith(".mv.db")) {
                    Files.copy(z, target, StandardCopyOption.REPLACE_EXISTING);
                    return target;
                }
            }
        }
        throw new IOException("no .mv.db in " + zip);
    }

    private static void deleteTree(Path dir) {
        try {
            Folders.deleteTree(dir);
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

}
