package vn.thidua.app;

import java.nio.file.Path;
import java.util.Optional;

/** Getting a data file back when it cannot be opened: the newest backup that can be read. */
public interface Recovery {

    /** A backup found for a data file, and what it holds. */
    record Found(Path zip, BackupService.Contents contents, java.time.LocalDateTime taken) {
    }

    /** The newest backup beside {@code dataFile} that opens and reads, if any. */
    Optional<Found> newestGoodBackup(Path dataFile);

    /**
     * Puts the backup in place of the data file, which must be closed; the unreadable file is
     * kept beside it (renamed), never deleted. Returns where the old file went.
     */
    Path restore(Path zip, Path dataFile);
}
