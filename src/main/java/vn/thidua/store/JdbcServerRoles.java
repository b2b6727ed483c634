package vn.thidua.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import vn.thidua.app.AppException;
import vn.thidua.app.ServerRoles;

/**
 * The grants of a server's database (table {@code bloc_grant}, migration V14) and the table privileges
 * that go with them. A role's privileges follow from its rows: any bloc, SELECT, INSERT, UPDATE, DELETE on
 * the tables (row-level security keeps its writes to its blocs), INSERT only on the audit log and nothing
 * written to Flyway's history or the grants; office only, SELECT; none, nothing. Never TRUNCATE, which
 * row-level security does not cover. The same for tables made by later migrations (default privileges of
 * the administrator, who runs them).
 */
public final class JdbcServerRoles implements ServerRoles {

    private static final String CODE = "[\\p{L}\\p{N}_.-]{1,20}";
    private final Database db;

    public JdbcServerRoles(Database db) {
        this.db = db;
    }

    @Override
    public boolean grantBloc(String blocCode, String role) {
        return grant(Kind.BLOC, code(blocCode), role);
    }

    @Override
    public boolean grantOffice(String role) {
        return grant(Kind.OFFICE, "", role);
    }

    @Override
    public boolean revokeBloc(String blocCode, String role) {
        return revoke(Kind.BLOC, code(blocCode), role);
    }

    @Override
    public boolean revokeOffice(String role) {
        return revoke(Kind.OFFICE, "", role);
    }

    /** One row of {@code bloc_grant} added (an office row's bloc is ''), the privileges made again. */
    private boolean grant(Kind kind, String code, String role) {
        return db.write(c -> {
            checkAdministrator(c);
            checkRole(c, role);
            int added = Jdbc.update(c, "insert into bloc_grant(role_name, kind, bloc_code) values (?, ?, ?)"
                    + " on conflict do nothing", role, kind.name(), code);
            privileges(c, role);
            if (added > 0) {
                Audit.log(c, "roles", "role.grant", audited(kind, code, role));
            }
            return added > 0;
        });
    }

    private boolean revoke(Kind kind, String code, String role) {
        return db.write(c -> {
            checkAdministrator(c);
            int removed = Jdbc.update(c, "delete from bloc_grant where role_name = ? and kind = ? and bloc_code = ?",
                    role, kind.name(), code);
            if (exists(c, role)) {
                privileges(c, role);
            }
            if (removed > 0) {
                Audit.log(c, "roles", "role.revoke", audited(kind, code, role));
            }
            return removed > 0;
        });
    }

    /** The audit line's details: {@code bloc KTN role r} or {@code office yes role r}. */
    private static Object[] audited(Kind kind, String code, String role) {
        return kind == Kind.BLOC ? new Object[] {"bloc", code, "role", role} : new Object[] {"office", "yes", "role", role};
    }

    private String code(String blocCode) {
        String code = blocCode == null ? "" : blocCode.strip();
        if (!code.matches(CODE)) {
            throw new AppException("roles.error.code", blocCode == null ? "" : blocCode);
        }
        return code;
    }

    /** Only the administrator grants and revokes. */
    private void checkAdministrator(Connection c) throws SQLException {
        String me = Jdbc.one(c, "select current_user", rs -> rs.getString(1)).orElse("");
        if (!Jdbc.one(c, "select thidua_is_admin()", rs -> rs.getBoolean(1)).orElse(false)) {
            throw new AppException("roles.error.notAdmin", me, db.server().display());
        }
    }

    private static boolean exists(Connection c, String role) throws SQLException {
        return Jdbc.one(c, "select 1 from pg_catalog.pg_roles where rolname = ?", rs -> 1, role).isPresent();
    }

    /** The role must exist, and must not be one that row-level security passes by. */
    private void checkRole(Connection c, String role) throws SQLException {
        if (role == null || role.isBlank() || role.length() > 63) {
            throw new AppException("roles.error.noRole", role == null ? "" : role, db.server().display());
        }
        Boolean passesBy = Jdbc.one(c, "select r.rolsuper or r.rolbypassrls or pg_has_role(r.rolname, t.relowner, 'USAGE')"
                + " from pg_catalog.pg_roles r, pg_catalog.pg_class t where r.rolname = ? and t.oid = 'bloc'::regclass",
                rs -> rs.getBoolean(1), role).orElse(null);
        if (passesBy == null) {
            throw new AppException("roles.error.noRole", role, db.server().display());
        }
        if (passesBy) {
            throw new AppException("roles.error.administrator", role);
        }
    }

    /** The role's table privileges, made again from its grants. */
    private static void privileges(Connection c, String role) throws SQLException {
        List<String> kinds = Jdbc.list(c, "select distinct kind from bloc_grant where role_name = ?", rs -> rs.getString(1), role);
        String schema = quote(Jdbc.one(c, "select current_schema()", rs -> rs.getString(1)).orElseThrow());
        String r = quote(role);
        // For the tables the owner will make (later migrations), whoever runs this: the owner, or a superuser.
        String owner = quote(Jdbc.one(c, "select pg_get_userbyid(relowner) from pg_catalog.pg_class where oid = 'bloc'::regclass",
                rs -> rs.getString(1)).orElseThrow());
        String future = "alter default privileges for role " + owner + " in schema " + schema;
        try (Statement s = c.createStatement()) {
            s.execute("revoke all on all tables in schema " + schema + " from " + r);
            s.execute("revoke all on all sequences in schema " + schema + " from " + r);
            s.execute(future + " revoke all on tables from " + r);
            s.execute(future + " revoke all on sequences from " + r);
            if (kinds.isEmpty()) {
                return;
            }
            s.execute("grant usage on schema " + schema + " to " + r);
            if (kinds.contains(Kind.BLOC.name())) {
                s.execute("grant select, insert, update, delete on all tables in schema " + schema + " to " + r);
                s.execute("revoke update, delete on audit_log from " + r);
                s.execute("revoke insert, update, delete on flyway_schema_history, bloc_grant from " + r);
                s.execute("grant usage on all sequences in schema " + schema + " to " + r);
                s.execute(future + " grant select, insert, update, delete on tables to " + r);
                s.execute(future + " grant usage on sequences to " + r);
            } else {
                s.execute("grant select on all tables in schema " + schema + " to " + r);
                s.execute(future + " grant select on tables to " + r);
            }
        }
    }

    /** An SQL identifier, quoted: a role's name is never a bind parameter in GRANT. */
    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public Access access(String blocCode) {
        String code = blocCode == null ? "" : blocCode.strip();
        // A secretary adds a bloc only under a code granted to it that no bloc has yet (decision 0012).
        return db.read(c -> Jdbc.one(c, "select current_user, thidua_is_admin() or exists (select 1 from bloc_grant g"
                + " where g.role_name = current_user and g.kind = 'BLOC' and g.bloc_code = ?),"
                + " thidua_is_admin() or exists (select 1 from bloc_grant g where g.role_name = current_user"
                + " and g.kind = 'BLOC' and not exists (select 1 from bloc b where b.code = g.bloc_code)),"
                + " exists (select 1 from bloc_grant g where g.role_name = current_user and g.kind = 'OFFICE')",
                rs -> new Access(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)), code)
                .orElseThrow());
    }
}
