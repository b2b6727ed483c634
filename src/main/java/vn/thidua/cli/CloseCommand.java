package vn.thidua.cli;

import picocli.CommandLine.Command;
import vn.thidua.app.Workspace;

/** {@code thidua close --election ID}: locks the election; the fingerprint alone on the last line. */
@Command(name = "close", description = "Kết thúc kiểm phiếu và khóa cuộc bầu; dòng cuối in dấu vân tay SHA-256")
final class CloseCommand extends ElectionIdCommand {

    @Override
    int run(Workspace ws) {
        String title = ws.elections().election(election).settings().title();
        String fingerprint = ws.elections().close(election);
        out().println(texts().t("cli.close.done", title, election));
        out().println(fingerprint);
        return 0;
    }
}
