package vn.thidua.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import vn.thidua.app.AppException;

/**
 * The file work of a rehearsal ({@code app.Rehearsal}): a byte-for-byte copy of a closed data file,
 * and, in that copy only, a year's elections removed so that its conference can be run again.
 */
final class RehearsalCopy {

    private RehearsalCopy() {
    }

    /**
     * H2 holds a lock on the file while it is open; holding it here while copying keeps any program
     * from opening (and changing) the file half-way, as {@link Compaction} does. The copy is written
     * beside as .part, synced, and moved in whole.
     */
    static void copyClosed(Path dataFile, Path copy) {
        Path file = dataFile.toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new AppException("rehearsal.error.noFile", file.toString());
        }
        Path part = copy.resolveSibling(copy.getFileName() + ".part");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new AppException("rehearsal.error.inUse", file.toString());
            }
            try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                long size = channel.size();
                for (long done = 0; done < size; ) {
                    done += channel.transferTo(done, size - done, out);
                }
                out.force(true);
            }
            Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (OverlappingFileLockException e) {
            throw new AppException(e, "rehearsal.error.inUse", file.toString());
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // a hidden leftover beside the data, replaced by the next rehearsal
            }
            throw new AppException(e, "rehearsal.error.copy", file.toString(), copy.toString());
        }
    }

    /** Opens the (copied) file, removes the year's elections in one transaction, closes it. */
    static int removeElections(Path file, char[] password, int year) {
        try (Database db = Database.open(file, password)) {
            return db.write(c -> {
                List<Long> ids = Jdbc.list(c, "select e.id from election e join season s on s.id = e.season_id"
                        + " where s.season_year = ? order by e.id", rs -> rs.getLong(1), year);
                for (Long id : ids) {
                    Jdbc.update(c, "delete from ballot_recheck where election_id = ?", id);
                    Jdbc.update(c, "delete from ballot_change where election_id = ?", id);
                    Jdbc.update(c, "delete from ballot where election_id = ?", id);
                    Jdbc.update(c, "delete from election_candidate where election_id = ?", id);
                    Jdbc.update(c, "update election set parent_id = null where id = ?", id);
                }
                for (Long id : ids) {
                    Jdbc.update(c, "delete from election where id = ?", id);
                }
                Audit.log(c, "election", "rehearsal.withoutElections", "year", year, "count", ids.size());
                return ids.size();
            });
        }
    }
}
