package vn.thidua.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.thidua.app.ImportService;
import vn.thidua.app.Texts;
import vn.thidua.app.Workspace;

/**
 * {@code thidua template --out F.xlsx}: the blank import workbook with its instructions sheet. It
 * touches no data file, so it opens none (not even the default one). With {@code --bloc B --year Y
 * --unit C} it writes one unit's return instead (issue 16), read from the data file.
 */
@Command(name = "template", description = "Ghi tệp Excel mẫu để nhập dữ liệu một năm thi đua (có sheet Hướng dẫn); "
        + "với --bloc, --year và --unit: tệp để một đơn vị tự chấm điểm và ghi chỉ tiêu rồi gửi lại")
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "F.xlsx", description = "Tệp sẽ ghi (ghi đè nếu đã có)")
    Path out;

    @Option(names = "--bloc", description = "Mã khối (cùng --unit), ví dụ KTN")
    String bloc;

    @Option(names = "--year", description = "Năm thi đua (cùng --unit), ví dụ 2019")
    Integer year;

    @Option(names = "--unit", description = "Mã đơn vị thành viên của năm, ví dụ CT: ghi tệp của riêng đơn vị đó")
    String unit;

    @Override
    public Integer call() {
        RootCommand root = (RootCommand) spec.root().userObject();
        Texts texts = root.texts();
        if (unit == null) {
            if (bloc != null || year != null) {
                throw new ParameterException(spec.commandLine(), texts.t("import.return.optionsWithoutUnit"));
            }
            ImportService.writeTemplate(root.workbooks(), out);
            spec.commandLine().getOut().println(texts.t("import.template.done", out.toString()));
            return 0;
        }
        if (bloc == null || year == null) {
            throw new ParameterException(spec.commandLine(), texts.t("import.return.unitNeedsBlocYear"));
        }
        try (Workspace ws = root.opener().open(root.location(), root.password())) {
            ImportService.Exported e = ws.imports().writeReturn(bloc, year, unit, out);
            spec.commandLine().getOut().println(texts.t("import.return.template.done", unit.strip().toUpperCase(
                    Locale.ROOT), bloc, year, out.toString(), e.criteria(), e.indicators()));
        }
        return 0;
    }
}
