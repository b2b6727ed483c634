package vn.thidua.app;

import java.nio.file.Path;
import java.util.Optional;
import java.time.LocalDateTime;
import java.util.List;

/** Getting a data file back when it cannot be opened: the newest backup that can be read. */
public interface Recovery {

    /** A backup found for a data file, and what it holds. */
    record Found(Path zip, BackupService.Contents contents, LocalDateTime taken) {
    }

    /** The newest backup beside {@code dataFile} that opens and reads, if any. */
    Optional<Found> newestGoodBackup(Path dataFile);

    /** Every backup beside {@code dataFile}, newest first; {@code contents} null for one that cannot be read. */
    List<Found> backups(Path dataFile);

    /**
     * The user chose to open a file that is behind its last write as it is: its note of the last
     * write is set to what it holds, so it opens; nothing in the file changes.
     */
    void acceptAsItIs(Path dataFile);

    /** What the closed data file holds, when it can be read without changing it. */
    Optional<BackupService.Contents> current(Path dataFile);

    /**
     * Puts the backup in place of the data file, which must be closed; the unreadable file is
     * kept beside it (renamed), never deleted. Returns where the old file went.
     */
    Path restore(Path zip, Path dataFile);
}
