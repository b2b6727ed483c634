package vn.thidua.cli;

import picocli.CommandLine.Option;
import vn.thidua.app.AppException;

/**
 * The options {@code province grant} and {@code province revoke} share: {@code --bloc B} or {@code --office}
 * (exactly one, checked by {@link #office()} so the message is ours, not picocli's), and {@code --role R}.
 */
final class ProvinceRoleOptions {

    @Option(names = "--bloc", paramLabel = "B", description = "Mã khối, ví dụ KTN")
    String bloc;

    @Option(names = "--office", description = "Tài khoản của Ban Thi đua – Khen thưởng: xem mọi khối, không sửa")
    boolean office;

    @Option(names = "--role", required = true, paramLabel = "R", description = "Tài khoản (role) trên máy chủ")
    String role;

    /** Whether the target is the office; refuses neither or both of --bloc and --office. */
    boolean office() {
        if ((bloc == null) == !office) {
            throw new AppException("roles.error.target");
        }
        return office;
    }
}
