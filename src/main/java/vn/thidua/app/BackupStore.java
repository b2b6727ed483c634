package vn.thidua.app;

import java.nio.file.Path;

/** Copies of the data file: taken while it is open, and looked into without opening the real one. */
public interface BackupStore {

    /** A consistent copy of the open data file, written to {@code zip}. */
    void backupTo(Path zip);

    /** What a backup holds, read from a temporary copy of it. */
    BackupService.Contents inspect(Path zip);

    /**
     * Has {@code action} run once, just before the first write to the open data file reaches it
     * (in the writing thread, the write waiting for it), unless {@link #runBeforeFirstWrite()} ran
     * it first.
     */
    void beforeFirstWrite(Runnable action);

    /**
     * Runs the action given to {@link #beforeFirstWrite} now, if no write has run it yet; no write
     * reaches the file while it runs. True when it ran.
     */
    boolean runBeforeFirstWrite();
}
