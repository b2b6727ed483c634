package vn.thidua.app;

import java.nio.file.Path;

/** Work on a data file as a whole, while it is closed: its password. */
public interface DataFiles {

    boolean isEncrypted(Path dataFile);

    /**
     * Sets, changes or removes the file's password ({@code oldPassword} null when it has none,
     * {@code newPassword} null to remove it). The file must be closed.
     */
    void changePassword(Path dataFile, char[] oldPassword, char[] newPassword);
}
