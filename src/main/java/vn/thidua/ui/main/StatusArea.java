package vn.thidua.ui.main;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.ui.common.Session;

/** The bottom of the main window: the red warning of a broken audit log, and the status bar. */
final class StatusArea {

    private final Session session;
    private final MainViewModel vm;

    private StatusArea(Session session, MainViewModel vm) {
        this.session = session;
        this.vm = vm;
    }

    static Node of(Session session, MainViewModel vm) {
        StatusArea area = new StatusArea(session, vm);
        return new VBox(area.integrityWarning(), area.readOnlyHint(), area.statusBar());
    }

    /** In red above the status bar, for as long as the file is open: its audit log was changed outside the program. */
    private Node integrityWarning() {
        Label warning = new Label();
        warning.setId("integrityWarning");
        warning.getStyleClass().add("forged-warning");
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.textProperty().bind(vm.integrityWarningProperty());
        warning.visibleProperty().bind(vm.integrityWarningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        return warning;
    }

    /** Above the status bar while the signed-in role may not change the chosen bloc (a server only). */
    private Node readOnlyHint() {
        Label hint = new Label();
        hint.setId("readOnlyHint");
        hint.getStyleClass().add("read-only-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.textProperty().bind(session.readOnlyProperty());
        hint.visibleProperty().bind(session.readOnlyProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        return hint;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(session.statusProperty());
        Label file = new Label(session.onServer() ? session.t("status.server", session.where())
                : session.t("status.file", session.workspace().dataFile().toString()));
        file.setId("statusFile");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(session.tasks().busyProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label selection = new Label();
        selection.setId("statusSelection");
        // The bloc and year stay whole however long the message beside them; the message and the place shrink.
        selection.setMinWidth(Region.USE_PREF_SIZE);
        selection.textProperty().bind(Bindings.createStringBinding(() -> {
            Bloc b = session.bloc();
            Season s = session.season();
            return b == null ? "" : b.code() + (s == null ? "" : " · " + s.year());
        }, session.blocProperty(), session.seasonProperty()));
        HBox bar = new HBox(12, busy, status, spring, selection, file);
        bar.setId("statusBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

}
