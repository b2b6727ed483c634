package vn.thidua.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.ImportService;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;

/** {@code thidua export --bloc B --year Y --out F.xlsx}: the bloc-year as the import workbook. */
@Command(name = "export", description = "Xuất dữ liệu một năm thi đua ra tệp Excel nhập được (cùng dạng tệp mẫu)")
final class ExportCommand extends WorkspaceCommand {

    @Option(names = "--bloc", required = true, description = "Mã khối, ví dụ KTN")
    String bloc;

    @Option(names = "--year", required = true, description = "Năm, ví dụ 2019")
    int year;

    @Option(names = "--out", required = true, paramLabel = "F.xlsx", description = "Tệp sẽ ghi (ghi đè nếu đã có)")
    Path out;

    @Override
    int run(Workspace ws) {
        Bloc b = ws.blocs().requireBloc(bloc);
        ImportService.Exported e = ws.imports().export(b.code(), year, out);
        out().println(texts().t("import.export.done", b.code(), year, out.toString(), e.units(), e.criteria(),
                e.scores(), e.indicators()));
        return 0;
    }
}
