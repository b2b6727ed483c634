package vn.thidua.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** The log file beside the data file ({@code thidua-0.log}, rotating). */
public final class Logs {

    private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$s %3$s: %5$s%6$s%n";

    private Logs() {
    }

    /** Sends the program's log to {@code folder/thidua-0.log}; returns the file, or null if it cannot. */
    public static Path toFolder(Path folder) {
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        Logger root = Logger.getLogger("");
        try {
            Files.createDirectories(folder);
            // %g numbers the rotated files: thidua-0.log is the current one.
            Path log = folder.resolve("thidua-0.log");
            for (Handler h : root.getHandlers()) {
                if (h instanceof FileHandler) {
                    root.removeHandler(h);
                    h.close();
                }
            }
            FileHandler fh = new FileHandler(folder.resolve("thidua-%g.log").toString(), 2_000_000, 3, true);
            fh.setEncoding("UTF-8");
            fh.setFormatter(new SimpleFormatter());
            fh.setLevel(Level.INFO);
            root.addHandler(fh);
            return log;
        } catch (IOException | RuntimeException e) {
            // A read-only folder: the program works on without a log file; no stack trace on the console.
            root.log(Level.INFO, "No log file in " + folder + ": " + e);
            return null;
        }
    }

    /** Keeps the console quiet for command-line use: warnings and worse go to stderr only. */
    public static void quietConsole() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (!(h instanceof FileHandler)) {
                h.setLevel(Level.SEVERE);
            }
        }
    }
}
