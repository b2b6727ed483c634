package vn.thidua.app;

import java.nio.file.Path;

/** Opens a bloc's data (a file, created when missing, or a server's database) and wires the use cases over it. */
@FunctionalInterface
public interface WorkspaceOpener {

    /** @param password the data file's password, or null when it has none (always null for a server) */
    Workspace open(DataLocation location, char[] password);

    /** @param password the file's password, or null when it has none */
    default Workspace open(Path dataFile, char[] password) {
        return open(new DataLocation.File(dataFile), password);
    }

    default Workspace open(Path dataFile) {
        return open(dataFile, null);
    }
}
