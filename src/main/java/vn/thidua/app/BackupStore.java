package vn.thidua.app;

import java.nio.file.Path;

/** Copies of the data file: taken while it is open, and looked into without opening the real one. */
public interface BackupStore {

    /** A consistent copy of the open data file, written to {@code zip}. */
    void backupTo(Path zip);

    /** What a backup holds, read from a temporary copy of it. */
    BackupService.Contents inspect(Path zip);
}
