package vn.thidua.app;

import java.nio.file.Path;

/** Work on a data file as a whole, while it is closed: its password, a copy to rehearse on. */
public interface DataFiles {

    boolean isEncrypted(Path dataFile);

    /**
     * Sets, changes or removes the file's password ({@code oldPassword} null when it has none,
     * {@code newPassword} null to remove it). The file must be closed.
     */
    void changePassword(Path dataFile, char[] oldPassword, char[] newPassword);

    /**
     * Copies the closed data file byte for byte to {@code copy} (replaced when there), without
     * opening it; refused while a program has it open.
     */
    void copyClosed(Path dataFile, Path copy);

    /**
     * In the closed file {@code dataFile}, removes every election of {@code year} (of every bloc),
     * with its candidates, papers, corrections and re-checks, and says so in its audit log.
     * Returns how many elections (runoffs counted) were removed.
     */
    int removeElections(Path dataFile, char[] password, int year);
}
