package vn.thidua.domain.voting;

import java.util.List;
import java.util.Locale;

/**
 * Whether an election's stored data is still what was locked at its close. Checked before any
 * result of a closed election is shown or printed: a forged count must never reach the room or
 * a document (docs/fingerprint.md, "Forgery").
 *
 * <p>The first close is final. The audit log keeps the fingerprint of every close; the first one
 * is what the counting committee saw and signed. The stored data must still give it.
 */
public enum Seal {

    /** Not closed, and never was. */
    OPEN,
    /** Closed; the stored settings and ballots give the fingerprint of the first close. */
    INTACT,
    /** Closed, but the stored settings or ballots no longer give the fingerprint stored at closing. */
    CHANGED,
    /** Closed again after being set back to open: the log has an earlier close with another fingerprint. */
    CLOSED_AGAIN,
    /** Marked open, though the log says it was closed: someone set it back to open in the file. */
    REOPENED;

    /** True when the election's result must not be shown or printed. */
    public boolean forged() {
        return this == CHANGED || this == CLOSED_AGAIN || this == REOPENED;
    }

    /** Message key naming what was found (arguments: title, id). */
    public String key() {
        return "election.seal." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    /**
     * @param closed       the election's stored state
     * @param stored       the fingerprint stored at closing (null when open)
     * @param closings     the fingerprints of the election's close lines in the audit log, oldest first
     */
    public static Seal of(ElectionSettings settings, List<Ballot> ballots, boolean closed, String stored,
                          List<String> closings) {
        return of(closed ? Fingerprint.of(settings, ballots) : null, closed, stored, closings);
    }

    /**
     * @param recomputed the fingerprint the stored data gives now, in the format that sealed the election
     *                   (docs/fingerprint.md); unused when the election is not closed
     */
    public static Seal of(String recomputed, boolean closed, String stored, List<String> closings) {
        if (!closed) {
            return closings.isEmpty() ? OPEN : REOPENED;
        }
        if (stored == null || recomputed == null || !recomputed.equals(stored)) {
            return CHANGED;
        }
        // A file older than the log's close lines has none to compare; the stored one stands alone then.
        if (closings.stream().anyMatch(f -> !f.equals(stored))) {
            return CLOSED_AGAIN;
        }
        return INTACT;
    }
}
