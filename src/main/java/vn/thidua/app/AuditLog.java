package vn.thidua.app;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The append-only record of every change (scores, ballots, elections, settings), kept as a hash
 * chain: each line carries the hash of the line before it (docs/fingerprint.md).
 */
public interface AuditLog {

    record Entry(long id, LocalDateTime at, String category, String action, String detail) {
    }

    /** How a line breaks the chain. */
    enum Break {
        /** Its content is not what its hash was made from: the line was edited. */
        CONTENT,
        /** It does not follow the line before it: a line before it was removed, edited or slipped in. */
        LINK,
        /** It has no hash: it was written behind the program's back. */
        UNCHAINED;

        /** Message key saying it (argument: the line's number). */
        public String key() {
            return "audit.chain.break." + name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The chain checked from the first line.
     *
     * @param lines        lines checked before the first bad one (all of them when intact)
     * @param firstBadLine the number of the first line that breaks the chain; 0 when intact
     * @param problem      how it breaks; null when intact
     * @param head         the hash of the last line when intact (the log's head); empty otherwise
     */
    record Chain(long lines, long firstBadLine, Break problem, String head) {

        public static Chain intact(long lines, String head) {
            return new Chain(lines, 0, null, head);
        }

        public static Chain broken(long linesBefore, long firstBadLine, Break problem) {
            return new Chain(linesBefore, firstBadLine, problem, "");
        }

        public boolean isIntact() {
            return problem == null;
        }
    }

    /** Entries in the order they were written; {@code limit} newest when positive. */
    List<Entry> entries(int limit);

    /** Checks the whole chain (every open of the data file, and {@code thidua verify}). */
    Chain chain();
}
