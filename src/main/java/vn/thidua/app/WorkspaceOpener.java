package vn.thidua.app;

import java.nio.file.Path;

/** Opens a data file (creating it when missing) and wires the use cases over it. */
@FunctionalInterface
public interface WorkspaceOpener {

    /** @param password the file's password, or null when it has none */
    Workspace open(Path dataFile, char[] password);

    default Workspace open(Path dataFile) {
        return open(dataFile, null);
    }
}
