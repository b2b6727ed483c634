package vn.thidua.app;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected fault is logged in full under a short reference, and the reference is all the user
 * is shown of it: Java's own text (exception names, stack frames) never reaches the screen.
 */
public final class Incidents {

    private Incidents() {
    }

    /** Logs {@code fault} with a new reference and returns the reference, e.g. "K3F9QZ". */
    public static String reference(Logger log, Throwable fault) {
        String ref = Long.toString(System.nanoTime() % 2_176_782_336L & Long.MAX_VALUE, 36).toUpperCase(Locale.ROOT);
        log.log(Level.SEVERE, "Unexpected fault " + ref, fault);
        return ref;
    }
}
