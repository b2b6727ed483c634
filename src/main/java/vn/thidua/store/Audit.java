package vn.thidua.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Writes one line of the audit log, in the caller's transaction: the change and its record land
 * together, the line chained to the one before it ({@link AuditChain}).
 */
final class Audit {

    private Audit() {
    }

    static void log(Connection c, String category, String action, Object... detail) throws SQLException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < detail.length; i += 2) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(detail[i]).append('=').append(detail[i + 1] == null ? "" : detail[i + 1]);
        }
        String text = sb.length() > 2000 ? sb.substring(0, 2000) : sb.toString();
        // The hash covers the time, so the time is taken here rather than by the database; H2 keeps microseconds.
        LocalDateTime at = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        String previous = AuditChain.head(c);
        Jdbc.update(c, "insert into audit_log(at, category, action, detail, prev_hash, line_hash) values (?, ?, ?, ?, ?, ?)",
                at, category, action, text, previous, AuditChain.hash(previous, at, category, action, text));
    }
}
