package vn.thidua.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import vn.thidua.app.AuditLog;

/**
 * The audit log as a hash chain (docs/fingerprint.md, "The audit log's chain"): each line stores
 * the hash of the line before it and its own hash, SHA-256 over both and its content. A line
 * edited, removed or slipped in with plain SQL breaks the chain at that line.
 */
public final class AuditChain {

    /** The "line before" of the first line. */
    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    private AuditChain() {
    }

    /** The hash of one line: SHA-256 of its canonical text, 64 lower-case hex digits. */
    static String hash(String previous, LocalDateTime at, String category, String action, String detail) {
        String text = "thidua-audit/1\n" + previous + "\n" + AT.format(at) + "\n" + escape(category) + "\n"
                + escape(action) + "\n" + escape(detail) + "\n";
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The hash of the last line, the next line's "line before". */
    static String head(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select line_hash from audit_log order by id desc limit 1")) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1) : GENESIS;
        }
    }

    /**
     * Chains the lines written before the log was a chain, in order, after the last chained line.
     * Called once, by migration V8 (an H2 function alias), in the migration's own work: a file
     * that already has its chain is never re-chained by the program.
     *
     * @return how many lines were chained
     */
    public static int chainOldLines(Connection c) throws SQLException {
        String previous = GENESIS;
        int chained = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, at, category, action, detail, line_hash from audit_log order by id");
             PreparedStatement update = c.prepareStatement("update audit_log set prev_hash = ?, line_hash = ? where id = ?")) {
            while (rs.next()) {
                String stored = rs.getString(6);
                if (stored != null) {
                    previous = stored;
                    continue;
                }
                String hash = hash(previous, rs.getObject(2, LocalDateTime.class), rs.getString(3), rs.getString(4),
                        rs.getString(5));
                update.setString(1, previous);
                update.setString(2, hash);
                update.setLong(3, rs.getLong(1));
                update.executeUpdate();
                previous = hash;
                chained++;
            }
        }
        return chained;
    }

    /** Walks the whole log from its first line; the first line that does not fit is named. */
    static AuditLog.Chain check(Connection c) throws SQLException {
        String previous = GENESIS;
        long lines = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, at, category, action, detail, prev_hash, line_hash"
                     + " from audit_log order by id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String before = rs.getString(6);
                String stored = rs.getString(7);
                if (stored == null || before == null) {
                    return AuditLog.Chain.broken(lines, id, AuditLog.Break.UNCHAINED);
                }
                if (!before.equals(previous)) {
                    return AuditLog.Chain.broken(lines, id, AuditLog.Break.LINK);
                }
                String hash = hash(before, rs.getObject(2, LocalDateTime.class), rs.getString(3), rs.getString(4),
                        rs.getString(5));
                if (!hash.equals(stored)) {
                    return AuditLog.Chain.broken(lines, id, AuditLog.Break.CONTENT);
                }
                previous = stored;
                lines++;
            }
        }
        return AuditLog.Chain.intact(lines, previous);
    }
}
