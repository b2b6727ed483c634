package vn.thidua.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The very first run: there is no data file yet, and the program makes one holding the sample bloc.
 * The sample takes a few seconds and many writes (its three elections are counted and closed), so
 * it is made in a folder of its own beside the data file and moved into place whole: a program
 * stopped meanwhile leaves no half-made sample behind, only that folder, which the next first run
 * clears and starts again.
 */
public final class FirstRun {

    /** The folder the sample is made in, beside the data file. */
    static final String WORK_FOLDER = ".thidua-dang-tao-khoi-mau";

    private FirstRun() {
    }

    /**
     * Makes {@code dataFile} with the sample bloc in it when it does not exist yet.
     *
     * @return true when the file was made (a first run), false when it was there already
     */
    public static boolean createWithSample(Path dataFile, WorkspaceOpener opener) {
        if (Files.exists(dataFile)) {
            return false;
        }
        Path work = dataFile.toAbsolutePath().resolveSibling(WORK_FOLDER);
        try {
            Folders.deleteTree(work);
            Files.createDirectories(work);
            Path draft = work.resolve(dataFile.getFileName());
            try (Workspace ws = opener.open(draft)) {
                ws.sample().createIfEmpty();
            }
            try {
                Files.move(draft, dataFile, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(draft, dataFile);
            }
            Folders.deleteTree(work);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
