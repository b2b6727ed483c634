package vn.thidua.ui.reports;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link Desktop#open} on a thread of its own: on Linux it may block for seconds (or for good,
 * when no desktop session answers) and it is missing on headless systems, so it never runs on the
 * FX thread nor on the data thread. Unsupported or failed, the future completes with false.
 */
public final class DesktopOpener implements Opener {

    private static final Logger LOG = Logger.getLogger(DesktopOpener.class.getName());
    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "thidua-open");
        t.setDaemon(true);
        return t;
    });

    @Override
    public CompletableFuture<Boolean> open(Path path) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    return false;
                }
                Desktop.getDesktop().open(path.toFile());
                return true;
            } catch (Exception | LinkageError e) {
                LOG.log(Level.INFO, "Could not open " + path, e);
                return false;
            }
        }, worker);
    }
}
