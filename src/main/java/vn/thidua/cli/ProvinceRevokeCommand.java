package vn.thidua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.ServerRoles;
import vn.thidua.app.Workspace;

/** {@code thidua province revoke --bloc B --role R} / {@code --office --role R}: the grant taken back. */
@Command(name = "revoke", description = "Trên máy chủ PostgreSQL (người quản trị chạy): thôi cho tài khoản R sửa khối B,"
        + " hoặc (--office) thôi cho xem")
final class ProvinceRevokeCommand extends WorkspaceCommand {

    @Option(names = "--bloc", paramLabel = "B", description = "Mã khối")
    String bloc;

    @Option(names = "--office", description = "Thôi quyền xem của tài khoản Ban Thi đua – Khen thưởng")
    boolean office;

    @Option(names = "--role", required = true, paramLabel = "R", description = "Tài khoản (role) trên máy chủ")
    String role;

    @Override
    int run(Workspace ws) {
        ServerRoles roles = ws.serverRoles();
        ProvinceGrantCommand.checkTarget(bloc, office);
        boolean removed = office ? roles.revokeOffice(role) : roles.revokeBloc(bloc, role);
        out().println(office ? texts().t(removed ? "roles.revokedOffice" : "roles.noOffice", role)
                : texts().t(removed ? "roles.revoked" : "roles.noGrant", role, bloc.strip()));
        return 0;
    }
}
