package vn.thidua.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.thidua.app.AppException;
import vn.thidua.app.ImportService;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.text.VnFormat;

/**
 * "Nhập tệp của đơn vị" on Chỉ tiêu and Chấm điểm (issue 16): a unit's return read and checked off the FX
 * thread, refused with every problem (sheet, row, column), taken at once when it only fills empty values,
 * and only after the secretary agrees to the listed changes when it is a second return or changes values
 * already there. Also the line that says which units have sent theirs and when.
 */
public final class UnitReturnsModel extends ScoringScreenModel {

    /** The changes listed in the confirm dialog; the rest are counted. */
    static final int LISTED = 15;
    private final ReadOnlyStringWrapper received = new ReadOnlyStringWrapper("");

    public UnitReturnsModel(Session session) {
        super(session);
    }

    /** "Đã nhận (2/8): Sở Công Thương lúc 10:15 03/12/2026; …", or that none has come yet. */
    public ReadOnlyStringProperty receivedProperty() {
        return received.getReadOnlyProperty();
    }

    @Override
    public void refresh() {
        Season season = session.season();
        if (season == null) {
            received.set("");
            return;
        }
        session.tasks().run(() -> new Loaded(session.workspace().imports().received(season),
                session.workspace().blocs().members(season).size()), this::show);
    }

    private record Loaded(List<ImportService.Received> received, int members) {
    }

    private void show(Loaded l) {
        if (l.received().isEmpty()) {
            received.set(texts().t("returns.none", l.members()));
            return;
        }
        received.set(texts().t("returns.received", l.received().size(), l.members(), l.received().stream()
                .map(r -> texts().t(r.count() > 1 ? "returns.unitAtAgain" : "returns.unitAt", r.unit().displayName(),
                        VnFormat.formatDateTime(r.at()), r.count()))
                .collect(Collectors.joining("; "))));
    }

    /** Reads, checks and (with the secretary's leave where needed) takes in the return {@code file}. */
    public void importFile(Path file) {
        ImportService imports = session.workspace().imports();
        session.tasks().run(() -> imports.planReturn(file), plan -> {
            if (plan.isEmpty()) {
                session.dialogs().showError(new AppException("returns.notReturn", file.getFileName().toString()));
                return;
            }
            ImportService.ReturnPlan p = plan.get();
            if (p.needsReplace() && !session.dialogs().confirm(texts().t("returns.title"), confirmText(p))) {
                session.statusProperty().set(texts().t("returns.cancelled", p.unit().displayName()));
                return;
            }
            session.tasks().run(() -> imports.takeReturn(p, p.needsReplace()), taken -> {
                String done = texts().t(p.previous().isPresent() ? "import.return.done.replaced" : "import.return.done",
                        p.unit().code(), p.unit().fullName(), p.bloc().code(), p.season().year(),
                        file.getFileName().toString(), p.scores(), p.indicators());
                session.statusProperty().set(texts().t("returns.status", p.unit().displayName(), p.scores(),
                        p.indicators()));
                session.dialogs().notice(texts().t("returns.title"), done);
                session.dataChanged();
            });
        });
    }

    String confirmText(ImportService.ReturnPlan p) {
        StringBuilder sb = new StringBuilder(p.previous().isPresent()
                ? texts().t("returns.confirm.again", p.unit().fullName(), p.season().year(),
                VnFormat.formatDateTime(p.previous().get().at()), p.previous().get().fileName(), p.changes().size())
                : texts().t("returns.confirm.overwrites", p.unit().fullName(), p.season().year(), p.changes().size()));
        p.changes().stream().limit(LISTED).forEach(c -> sb.append("\n\u2022 ").append(texts().t(c.key(),
                c.args().toArray())));
        if (p.changes().size() > LISTED) {
            sb.append("\n").append(texts().t("returns.confirm.more", p.changes().size() - LISTED));
        }
        if (p.changes().isEmpty()) {
            sb.append("\n").append(texts().t("returns.confirm.same"));
        }
        return sb.append("\n\n").append(texts().t("returns.confirm.question")).toString();
    }
}
