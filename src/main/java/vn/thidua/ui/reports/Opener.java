package vn.thidua.ui.reports;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** Opens a file or a folder in the system's own application; completes with false when it cannot. */
@FunctionalInterface
public interface Opener {

    CompletableFuture<Boolean> open(Path path);
}
