package vn.thidua.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.thidua.app.ImportService;
import vn.thidua.app.Texts;

/**
 * {@code thidua template --out F.xlsx}: the blank import workbook with its instructions sheet. It
 * touches no data file, so it opens none (not even the default one).
 */
@Command(name = "template", description = "Ghi tệp Excel mẫu để nhập dữ liệu một năm thi đua (có sheet Hướng dẫn)")
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "F.xlsx", description = "Tệp sẽ ghi (ghi đè nếu đã có)")
    Path out;

    @Override
    public Integer call() {
        RootCommand root = (RootCommand) spec.root().userObject();
        Texts texts = root.texts();
        ImportService.writeTemplate(root.workbooks(), out);
        spec.commandLine().getOut().println(texts.t("import.template.done", out.toString()));
        return 0;
    }
}
