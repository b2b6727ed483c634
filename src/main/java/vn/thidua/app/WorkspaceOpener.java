package vn.thidua.app;

import java.nio.file.Path;

/** Opens a data file (creating it when missing) and wires the use cases over it. */
@FunctionalInterface
public interface WorkspaceOpener {
    Workspace open(Path dataFile);
}
