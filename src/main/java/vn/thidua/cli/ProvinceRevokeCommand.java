package vn.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.thidua.app.ServerRoles;
import vn.thidua.app.Workspace;

/** {@code thidua province revoke --bloc B --role R} / {@code --office --role R}: the grant taken back. */
@Command(name = "revoke", description = "Trên máy chủ PostgreSQL (người quản trị chạy): thôi cho tài khoản R sửa khối B,"
        + " hoặc (--office) thôi cho xem")
final class ProvinceRevokeCommand extends WorkspaceCommand {

    @Mixin
    ProvinceRoleOptions target;

    @Override
    int run(Workspace ws) {
        ServerRoles roles = ws.serverRoles();
        String role = target.role;
        if (target.office()) {
            boolean removed = roles.revokeOffice(role);
            out().println(texts().t(removed ? "roles.revokedOffice" : "roles.noOffice", role));
        } else {
            boolean removed = roles.revokeBloc(target.bloc, role);
            out().println(texts().t(removed ? "roles.revoked" : "roles.noGrant", role, target.bloc.strip()));
        }
        return 0;
    }
}
