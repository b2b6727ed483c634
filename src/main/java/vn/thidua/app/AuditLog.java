package vn.thidua.app;

import java.time.LocalDateTime;
import java.util.List;

/** The append-only record of every change (scores, ballots, elections, settings). */
public interface AuditLog {

    record Entry(long id, LocalDateTime at, String category, String action, String detail) {
    }

    /** Entries in the order they were written; {@code limit} newest when positive. */
    List<Entry> entries(int limit);
}
