package vn.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.AppException;
import vn.thidua.app.ServerRoles;
import vn.thidua.app.Workspace;

/**
 * {@code thidua province grant --bloc B --role R} / {@code --office --role R}: run by the administrator of a
 * PostgreSQL server (--db its URL). The role must exist; nothing is created but the grant and its table
 * privileges. docs/decisions/0012-roles-per-bloc.md.
 */
@Command(name = "grant", description = "Trên máy chủ PostgreSQL (người quản trị chạy): cho tài khoản R sửa dữ liệu"
        + " của khối B, hoặc (--office) chỉ xem mọi khối")
final class ProvinceGrantCommand extends WorkspaceCommand {

    @Option(names = "--bloc", paramLabel = "B", description = "Mã khối tài khoản được sửa, ví dụ KTN")
    String bloc;

    @Option(names = "--office", description = "Tài khoản của Ban Thi đua – Khen thưởng: xem mọi khối, không sửa")
    boolean office;

    @Option(names = "--role", required = true, paramLabel = "R", description = "Tài khoản (role) trên máy chủ")
    String role;

    @Override
    int run(Workspace ws) {
        ServerRoles roles = ws.serverRoles();
        checkTarget(bloc, office);
        if (office) {
            boolean added = roles.grantOffice(role);
            out().println(texts().t(added ? "roles.grantedOffice" : "roles.alreadyOffice", role));
        } else {
            boolean added = roles.grantBloc(bloc, role);
            out().println(texts().t(added ? "roles.granted" : "roles.already", role, bloc.strip()));
        }
        return 0;
    }

    /** Exactly one of --bloc and --office. */
    static void checkTarget(String bloc, boolean office) {
        if ((bloc == null) == !office) {
            throw new AppException("roles.error.target");
        }
    }
}
