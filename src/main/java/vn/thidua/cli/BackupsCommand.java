package vn.thidua.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.thidua.app.BackupService;
import vn.thidua.app.Recovery;
import vn.thidua.domain.text.VnFormat;

/**
 * {@code thidua backups}: the backups beside the data file, newest first, each with its time and
 * what it holds. The data file is not opened (it may be the damaged one).
 */
@Command(name = "backups", description = "Liệt kê các bản sao lưu bên cạnh tệp dữ liệu: thời điểm và nội dung")
final class BackupsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RootCommand root = (RootCommand) spec.root().userObject();
        var out = spec.commandLine().getOut();
        List<Recovery.Found> all = root.recovery().backups(root.dataFile());
        if (all.isEmpty()) {
            out.println(root.texts().t("cli.backups.none", root.dataFile().resolveSibling("sao-luu").toString()));
            return 0;
        }
        for (Recovery.Found f : all) {
            BackupService.Contents c = f.contents();
            out.println(c == null
                    ? root.texts().t("cli.backups.unreadable", f.zip().toString(), VnFormat.formatDateTime(f.taken()))
                    : root.texts().t("cli.backups.line", f.zip().toString(), VnFormat.formatDateTime(f.taken()),
                            String.join(", ", c.blocCodes()), c.years(), c.elections(), c.ballots(),
                            c.electionStates().stream().filter(BackupService.ElectionState::closed).count()));
        }
        return 0;
    }
}
