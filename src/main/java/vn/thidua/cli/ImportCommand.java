package vn.thidua.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.thidua.app.ImportService;
import vn.thidua.app.Workspace;

/**
 * {@code thidua import F.xlsx [--replace]}: the whole file or nothing. Every problem is named with
 * sheet, row and column on stderr (exit 2); a year that exists is replaced only with
 * {@code --replace}, and a year with elections never.
 */
@Command(name = "import", description = "Nhập dữ liệu một năm thi đua từ tệp Excel (kiểm tra toàn bộ trước; có lỗi "
        + "thì không nhập gì)")
final class ImportCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "F.xlsx", description = "Tệp Excel theo mẫu của thidua template")
    Path file;

    @Option(names = "--replace", description = "Năm đã có thì thay đơn vị thành viên, Trưởng/Phó khối, bảng tiêu chí, "
            + "mức xếp loại, điểm và chỉ tiêu của năm đó (không thay khi năm đã có cuộc bầu)")
    boolean replace;

    @Override
    int run(Workspace ws) {
        ImportService.Imported r = ws.imports().importFile(file, replace);
        if (r.blocCreated()) {
            out().println(texts().t("import.done.blocCreated", r.blocCode()));
        }
        if (!r.unitsCreated().isEmpty()) {
            out().println(texts().t("import.done.unitsCreated", r.unitsCreated().size(),
                    String.join(", ", r.unitsCreated())));
        }
        for (ImportService.Note n : r.notes()) {
            out().println(texts().t(n.key(), n.args().toArray()));
        }
        out().println(texts().t(r.replaced() ? "import.done.replaced" : "import.done", r.blocCode(), r.year(),
                file.toString(), r.units(), r.criteria(), r.scores(), r.indicators()));
        return 0;
    }
}
