package vn.thidua.ui.reports;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import vn.thidua.app.AuditLog;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.ui.common.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.function.Function;

/** The audit log, newest first: who changed what is not stored, only what changed and when. */
public final class AuditLogView {

    public static final int SHOWN = 1000;

    private AuditLogView() {
    }

    /** Loads the newest entries off the FX thread, then shows them. */
    public static void show(Session session, Window owner) {
        session.tasks().run(() -> session.workspace().audit().entries(SHOWN), entries -> open(session, owner, entries));
    }

    private static void open(Session session, Window owner, List<AuditLog.Entry> entries) {
        TableView<AuditLog.Entry> table = new TableView<>();
        table.setId("auditLogTable");
        List<AuditLog.Entry> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        table.getItems().setAll(newestFirst);
        table.getColumns().add(column(session.t("audit.col.at"), e -> VnFormat.formatDateTime(e.at()), 140));
        table.getColumns().add(column(session.t("audit.col.action"), e -> action(session, e.action()), 220));
        table.getColumns().add(column(session.t("audit.col.detail"), AuditLog.Entry::detail, 560));
        table.setPrefSize(960, 520);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(session.t("audit.title", entries.size()));
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(session.t("audit.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
        dialog.show();
    }

    /** The action in words where the bundle has them ("audit.action.ballot.enter"), else its code. */
    static String action(Session session, String code) {
        String key = "audit.action." + code;
        return session.texts().has(key) ? session.t(key) : code;
    }

    private static TableColumn<AuditLog.Entry, String> column(String title,
            Function<AuditLog.Entry, String> value, double width) {
        TableColumn<AuditLog.Entry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
