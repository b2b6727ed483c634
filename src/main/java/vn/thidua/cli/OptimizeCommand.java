package vn.thidua.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.thidua.app.ClassArchive;
import vn.thidua.app.IoReason;
import vn.thidua.app.Texts;
import vn.thidua.domain.text.VnFormat;

/**
 * {@code thidua optimize [--remove]}: makes (or removes) the class-data archive of the program's
 * jars on this machine, so that the installed program opens its data faster. The .deb runs it
 * after installing; elsewhere the window does it once by itself. Touches no data file.
 */
@Command(name = "optimize", description = "Chuẩn bị cho chương trình mở nhanh hơn trên máy này"
        + " (ghi lưu trữ lớp; trình cài .deb tự chạy lệnh này)")
final class OptimizeCommand implements Callable<Integer> {

    static final Duration TIMEOUT = Duration.ofMinutes(5);

    @Spec
    CommandSpec spec;

    @Option(names = "--remove", description = "Xoá lưu trữ lớp đã ghi")
    boolean remove;

    @Override
    public Integer call() throws InterruptedException {
        Texts texts = ((RootCommand) spec.root().userObject()).texts();
        var out = spec.commandLine().getOut();
        Optional<ClassArchive> found = ClassArchive.ofThisJvm();
        if (found.isEmpty()) {
            Optional<Path> cache = ClassArchive.aheadOfTimeCacheOfThisJvm();
            out.println(cache.isPresent() ? texts.t("cli.optimize.aheadOfTime", cache.get().toString())
                    : texts.t("cli.optimize.notInstalled"));
            return 0;
        }
        ClassArchive archive = found.get();
        try {
            if (remove) {
                archive.delete();
                out.println(texts.t("cli.optimize.removed", archive.local().toString()));
                return 0;
            }
            if (archive.upToDate()) {
                out.println(texts.t("cli.optimize.current", archive.local().toString()));
                return 0;
            }
            ClassArchive.Built built = archive.build(TIMEOUT);
            out.println(texts.t("cli.optimize.done", built.archive().toString(),
                    VnFormat.formatDecimal(BigDecimal.valueOf(built.bytes() / 1048576.0), 1),
                    VnFormat.formatDecimal(BigDecimal.valueOf(built.millis() / 1000.0), 1)));
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println(texts.t("cli.error") + " "
                    + texts.t("cli.optimize.failed", archive.local().toString(), IoReason.of(e)));
            return 1;
        }
    }
}
