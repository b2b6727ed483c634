package vn.thidua.ui.reports;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

/**
 * {@link Desktop#open} on a thread of its own: on Linux it may block for seconds (or for good,
 * when no desktop session answers) and it is missing on headless systems, so it never runs on the
 * FX thread nor on the data thread. Unsupported or failed, the future completes with false.
 */
public final class DesktopOpener implements Opener {

    /** What opens a file: java.awt.Desktop, or a stand-in in a test. */
    @FunctionalInterface
    interface Launch {
        /** False when this system has nothing that opens files. */
        boolean open(Path path) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(DesktopOpener.class.getName());
    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "thidua-open");
        t.setDaemon(true);
        return t;
    });
    private final Launch launch;

    public DesktopOpener() {
        this(path -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                return false;
            }
            Desktop.getDesktop().open(path.toFile());
            return true;
        });
    }

    DesktopOpener(Launch launch) {
        this.launch = launch;
    }

    @Override
    public CompletableFuture<Boolean> open(Path path) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return launch.open(path);
            } catch (Exception | LinkageError e) {
                // Expected on a laptop without a program for the file (xdg-open fails): the window says
                // what to do; the log gets one line, not a stack trace.
                LOG.info(() -> "Could not open " + path + ": " + e);
                return false;
            }
        }, worker);
    }
}
