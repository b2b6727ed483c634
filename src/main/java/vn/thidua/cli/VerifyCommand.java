package vn.thidua.cli;

import picocli.CommandLine.Command;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.Workspace;

/** {@code thidua verify --election ID}: exit 0 when the stored data still gives the fingerprint, 1 if not. */
@Command(name = "verify", description = "Tính lại dấu vân tay từ dữ liệu đã lưu: mã thoát 0 nếu khớp, 1 nếu không")
final class VerifyCommand extends ElectionIdCommand {

    static final int MISMATCH = 1;

    @Override
    int run(Workspace ws) {
        StoredElection e = ws.elections().election(election);
        boolean matches = ws.elections().verify(election);
        out().println(texts().t(matches ? "cli.verify.ok" : "cli.verify.mismatch", e.settings().title(), election,
                e.fingerprint()));
        return matches ? 0 : MISMATCH;
    }
}
