package vn.thidua.app;

/**
 * Who may write which bloc on a PostgreSQL server (issue 19, item 6; docs/decisions/0012-roles-per-bloc.md):
 * a secretary's role writes its blocs and reads every bloc; an office role reads every bloc and writes
 * nothing; the administrator (the owner of the tables) is unaffected. Set by the administrator only.
 */
public interface ServerRoles {

    enum Kind { BLOC, OFFICE }

    /** Lets {@code role} (which must exist on the server) write the bloc {@code blocCode}; false if it already could. */
    boolean grantBloc(String blocCode, String role);

    /** Makes {@code role} an office role: reads every bloc, writes nothing; false if it already was. */
    boolean grantOffice(String role);

    /** Takes the bloc from {@code role}; false when it had no such grant. */
    boolean revokeBloc(String blocCode, String role);

    /** Takes the office reading from {@code role}; false when it had none. */
    boolean revokeOffice(String role);

    /**
     * What the signed-in role may do with one bloc: {@code role} is the server's current user; {@code addsBlocs}
     * whether it may add a bloc at all (the administrator, or a secretary granted a code no bloc has yet);
     * {@code office} whether the role reads every bloc as the emulation office does (and so writes none).
     */
    record Access(String role, boolean writes, boolean addsBlocs, boolean office) { }

    /**
     * Whether the signed-in role may write the bloc {@code blocCode}: the administrator writes every bloc, a
     * secretary the blocs granted to it, an office role none; and whether it may add a bloc. A hint for the
     * window only; the database refuses the write itself whatever this says.
     */
    Access access(String blocCode);
}
