package vn.thidua.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.thidua.app.ImportService;
import vn.thidua.app.Workspace;

/**
 * {@code thidua import F.xlsx [--replace]}: the whole file or nothing. Every problem is named with
 * sheet, row and column on stderr (exit 2); a year that exists is replaced only with
 * {@code --replace}, and a year with elections never. A unit's return (made by {@code template --unit})
 * takes that unit's self scores and indicators only; a second one, or one that would change values
 * already there, lists the changes and needs {@code --replace} (exit 1 without it, nothing changed).
 */
@Command(name = "import", description = "Nhập dữ liệu một năm thi đua từ tệp Excel (kiểm tra toàn bộ trước; có lỗi "
        + "thì không nhập gì), hoặc tệp của một đơn vị (thidua template --unit): điểm tự chấm và chỉ tiêu của đơn vị đó")
final class ImportCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "F.xlsx", description = "Tệp Excel theo mẫu của thidua template")
    Path file;

    @Option(names = "--replace", description = "Năm đã có thì thay đơn vị thành viên, Trưởng/Phó khối, bảng tiêu chí, "
            + "mức xếp loại, điểm và chỉ tiêu của năm đó (không thay khi năm đã có cuộc bầu). Tệp của một đơn vị đã "
            + "gửi trước đó (hoặc đơn vị đã có điểm tự chấm, chỉ tiêu khác tệp): thay bằng tệp mới")
    boolean replace;

    @Override
    int run(Workspace ws) {
        // Read once: the same cells decide whether it is a unit's return and are then taken in.
        ImportService.Opened opened = ws.imports().open(file);
        Optional<ImportService.ReturnPlan> unitReturn = ws.imports().planReturn(opened);
        if (unitReturn.isPresent()) {
            return unitReturn(ws, unitReturn.get());
        }
        ImportService.Imported r = ws.imports().importFile(opened, replace);
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

    private int unitReturn(Workspace ws, ImportService.ReturnPlan plan) {
        if (plan.needsReplace() && !replace) {
            out().println(texts().t("import.return.wouldChange", plan.unit().code(), plan.season().year(),
                    plan.changes().size()));
            plan.changes().forEach(c -> out().println("  " + texts().t(c.key(), c.args().toArray())));
        }
        ws.imports().takeReturn(plan, replace);
        if (plan.needsReplace()) {
            plan.changes().forEach(c -> out().println("  " + texts().t(c.key(), c.args().toArray())));
        }
        out().println(texts().t(plan.previous().isPresent() ? "import.return.done.replaced" : "import.return.done",
                plan.unit().code(), plan.unit().fullName(), plan.bloc().code(), plan.season().year(), file.toString(),
                plan.scores(), plan.indicators()));
        return 0;
    }
}
