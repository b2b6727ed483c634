package vn.thidua.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.Workspace;

/** {@code thidua backup [--to FOLDER]}: a backup of the data file now, beside it or into a folder (a USB stick). */
@Command(name = "backup", description = "Sao lưu tệp dữ liệu ngay (vào thư mục sao-luu bên cạnh, hoặc --to THƯ_MỤC)")
final class BackupCommand extends WorkspaceCommand {

    @Option(names = "--to", paramLabel = "FOLDER", description = "Thư mục nhận bản sao lưu (ví dụ ổ USB)")
    Path to;

    @Override
    int run(Workspace ws) {
        ws.dataFile(); // a server's database is backed up by the server (pg_dump): said before any folder is made
        Path zip = to == null ? ws.backups().backup("thu-cong") : ws.backups().backupInto(to.toAbsolutePath(), "thu-cong");
        out().println(texts().t("backup.done", zip.toString()));
        return 0;
    }
}
