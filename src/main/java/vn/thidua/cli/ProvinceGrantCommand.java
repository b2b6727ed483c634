package vn.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ProvinceRoleOptions target;

    @Override
    int run(Workspace ws) {
        ServerRoles roles = ws.serverRoles();
        String role = target.role;
        if (target.office()) {
            boolean added = roles.grantOffice(role);
            out().println(texts().t(added ? "roles.grantedOffice" : "roles.alreadyOffice", role));
        } else {
            boolean added = roles.grantBloc(target.bloc, role);
            out().println(texts().t(added ? "roles.granted" : "roles.already", role, target.bloc.strip()));
        }
        return 0;
    }
}
