package vn.thidua.cli;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.thidua.app.AppException;
import vn.thidua.app.Rehearsal;

/**
 * {@code thidua rehearse [--year Y --without-elections]}: copies the closed data file into its
 * rehearsal copy beside it and prints the copy's path (the last line); the window opened on the
 * data file then rehearses on the copy. {@code thidua rehearse --end} discards the copy.
 */
@Command(name = "rehearse", description = "Diễn tập: chép tệp dữ liệu thành bản diễn tập bên cạnh (cửa sổ sẽ mở bản đó,"
        + " có dải DIỄN TẬP); --end bỏ bản diễn tập")
final class RehearseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "YEAR", description = "Năm có các cuộc bầu cần bỏ trong bản diễn tập (đi cùng --without-elections)")
    Integer year;

    @Option(names = "--without-elections", description = "Bỏ các cuộc bầu của năm --year trong bản diễn tập (tệp thật không đổi), để bầu lại từ đầu")
    boolean withoutElections;

    @Option(names = "--end", description = "Kết thúc diễn tập: xóa bản diễn tập; tệp thật không bị mở")
    boolean end;

    @Override
    public Integer call() {
        RootCommand root = (RootCommand) spec.root().userObject();
        var out = spec.commandLine().getOut();
        Rehearsal rehearsal = new Rehearsal(root.dataFiles());
        Path dataFile = root.dataFile();
        if (end) {
            if (year != null || withoutElections) {
                throw new AppException("cli.rehearse.endAlone");
            }
            Rehearsal.Ended ended = rehearsal.end(dataFile);
            out.println(root.texts().t(ended.untouched() ? "rehearsal.ended" : "rehearsal.ended.changed",
                    ended.dataFile().toString()));
            return 0;
        }
        if (withoutElections != (year != null)) {
            throw new AppException("cli.rehearse.yearWithout");
        }
        if (year != null && (year < 1900 || year > 9999)) {
            throw new AppException("rehearsal.error.year", String.valueOf(year));
        }
        Rehearsal.Started started = rehearsal.start(dataFile, root.password(),
                year == null ? OptionalInt.empty() : OptionalInt.of(year));
        if (year != null) {
            out.println(root.texts().t("cli.rehearse.removed", started.electionsRemoved(), String.valueOf(year)));
        }
        out.println(root.texts().t("cli.rehearse.started", dataFile.toString()));
        out.println(started.copy());
        return 0;
    }
}
