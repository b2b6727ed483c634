package vn.thidua.app;

import java.time.LocalDateTime;

/**
 * How often a row was saved (0: never since versions were kept) and when last: what a window keeps from its
 * load and sends back with its save, so that a save made on stale data is refused (decision 0011, V13 and V15).
 */
public record RowVersion(int version, LocalDateTime changedAt) {

    public static final RowVersion NONE = new RowVersion(0, null);

    /** The rows that carry a version besides scores, each named by its id (a year's rows by the year's id). */
    public enum Of {
        INDICATOR, CRITERION, BANDS, CONFERENCE, LEADERS
    }

    /** The row was changed elsewhere since it was read, or deleted there ({@link #gone()}); nothing was written. */
    public static final class Stale extends RuntimeException {
        private final transient RowVersion now;
        private final boolean gone;

        public Stale(RowVersion now) {
            this(now, false);
        }

        public Stale(RowVersion now, boolean gone) {
            super((gone ? "row deleted elsewhere" : "row changed elsewhere: " + now), null, false, false);
            this.now = now;
            this.gone = gone;
        }

        public RowVersion now() {
            return now;
        }

        /** Whether the row read by the window is no longer stored at all. */
        public boolean gone() {
            return gone;
        }
    }
}
