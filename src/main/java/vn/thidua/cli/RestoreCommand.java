package vn.thidua.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.thidua.app.AppException;
import vn.thidua.app.BackupService;
import vn.thidua.app.Recovery;
import java.nio.file.Files;

/**
 * {@code thidua restore ZIP}: puts a backup in place of the data file, which no program may have
 * open; the file as it was is kept beside it, and what the backup undoes is said first.
 */
@Command(name = "restore", description = "Khôi phục một bản sao lưu vào chỗ tệp dữ liệu; tệp hiện tại được giữ lại bên cạnh")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ZIP", description = "Bản sao lưu (.zip) cần khôi phục")
    Path zip;

    @Override
    public Integer call() {
        RootCommand root = (RootCommand) spec.root().userObject();
        var out = spec.commandLine().getOut();
        Path dataFile = root.dataFile();
        Path backup = zip.toAbsolutePath();
        if (!Files.isRegularFile(backup)) {
            throw new AppException("backup.error.unreadable", backup.toString());
        }
        Recovery recovery = root.recovery();
        var current = recovery.current(dataFile);
        Path aside = recovery.restore(backup, dataFile);
        var restored = recovery.current(dataFile);
        if (current.isPresent() && restored.isPresent()) {
            for (BackupService.Undone u : BackupService.undone(restored.get(), current.get())) {
                out.println(root.texts().t(u.key(), u.args().toArray()));
            }
        }
        out.println(root.texts().t("cli.restore.done", backup.toString(), dataFile.toString(), aside.toString()));
        return 0;
    }
}
