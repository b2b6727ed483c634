package vn.thidua.store;

import java.util.List;
import vn.thidua.app.AuditLog;
import java.util.ArrayList;
import java.util.Collections;

/** Reads the audit log; the stores write it in their own transactions. */
public final class JdbcAuditLog implements AuditLog {

    private final Database db;

    public JdbcAuditLog(Database db) {
        this.db = db;
    }

    @Override
    public List<Entry> entries(int limit) {
        String sql = "select id, at, category, action, detail from audit_log order by id"
                + (limit > 0 ? " desc limit " + limit : "");
        List<Entry> rows = db.read(c -> Jdbc.list(c, sql, rs -> new Entry(rs.getLong(1),
                rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getString(4), rs.getString(5))));
        if (limit > 0) {
            rows = new ArrayList<>(rows);
            Collections.reverse(rows);
        }
        return rows;
    }

    @Override
    public Chain chain() {
        return db.read(AuditChain::check);
    }
}
