package vn.thidua.ui.projector;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.thidua.ui.common.Session;

/**
 * What the room sees, drawn from the projector's ViewModel: the room's window and the operator's
 * preview are two of these over the same state. Laid out for a 768 px high screen and scaled.
 */
public final class ProjectorView {

    static final String STYLESHEET = ProjectorView.class.getResource("/vn/thidua/ui/projector.css").toExternalForm();
    private final ProjectorViewModel vm;
    private final ProjectorScoreboard scoreboard;
    private final Session session;
    private final StackPane content = new StackPane();
    private final ScaledPane root;
    /** The count page shown, updated in place paper by paper; null when another page is shown. */
    private ProjectorCountPage page;
    // Held here, and this view held by its node: a preview dropped with its screen is collected.
    private final InvalidationListener onCount = o -> countChanged();
    private final InvalidationListener onMode = o -> redraw();

    public ProjectorView(ProjectorViewModel vm, ProjectorScoreboard scoreboard, Session session) {
        this.vm = vm;
        this.scoreboard = scoreboard;
        this.session = session;
        content.getStyleClass().add("projector");
        root = new ScaledPane(content);
        root.getStyleClass().add("projector-root");
        // On the node, not the scene: the operator's preview lives in the operator's light-themed scene.
        root.getStylesheets().add(STYLESHEET);
        root.getProperties().put(ProjectorView.class, this);
        vm.modeProperty().addListener(new WeakInvalidationListener(onMode));
        vm.countProperty().addListener(new WeakInvalidationListener(onCount));
        vm.refusalProperty().addListener(new WeakInvalidationListener(onCount));
        vm.welcomeBlocProperty().addListener(new WeakInvalidationListener(onMode));
        vm.welcomeTitleProperty().addListener(new WeakInvalidationListener(onMode));
        scoreboard.supplierProperty().addListener(new WeakInvalidationListener(onMode));
        redraw();
    }

    public Region node() {
        return root;
    }

    /** A paper: the count page shown takes the new figures in place when it can, else it is drawn anew. */
    private void countChanged() {
        ProjectorMode mode = vm.modeProperty().get();
        if (mode != ProjectorMode.COUNT && mode != ProjectorMode.COUNT_HIDDEN) {
            return;
        }
        ProjectorCount c = vm.countProperty().get();
        if (page != null && c != null && vm.refusalProperty().get().isEmpty()
                && page.fits(c, mode == ProjectorMode.COUNT_HIDDEN)) {
            page.update(c);
        } else {
            redraw();
        }
    }

    private void redraw() {
        page = null;
        boolean refused = !vm.refusalProperty().get().isEmpty();
        ProjectorCount c = vm.countProperty().get();
        Node shown = switch (vm.modeProperty().get()) {
            case WELCOME -> welcome();
            case COUNT, COUNT_HIDDEN -> refused ? refused() : c == null ? noCount() : countPage(c);
            case BLACK -> black();
            case SCOREBOARD -> scoreboard();
        };
        content.getChildren().setAll(shown);
    }

    private Node countPage(ProjectorCount c) {
        page = new ProjectorCountPage(c, vm.modeProperty().get() == ProjectorMode.COUNT_HIDDEN, session);
        return page.node();
    }

    private Node welcome() {
        Label bloc = label("projectorWelcomeBloc", vm.welcomeBlocProperty().get(), "projector-welcome-bloc");
        Label title = label("projectorWelcomeTitle", vm.welcomeTitleProperty().get(), "projector-welcome-title");
        VBox box = new VBox(36, bloc, title);
        box.setAlignment(Pos.CENTER);
        box.setId("projectorWelcome");
        box.getStyleClass().add("projector-page");
        return box;
    }

    private Node black() {
        Region r = new Region();
        r.setId("projectorBlack");
        r.getStyleClass().add("projector-black");
        return r;
    }

    private Node scoreboard() {
        StackPane box = new StackPane(scoreboard.newNode());
        box.setId("projectorScoreboard");
        box.getStyleClass().add("projector-page");
        return box;
    }

    private Node refused() {
        Label l = label("projectorRefused", vm.refusalProperty().get(), "projector-notice");
        l.getStyleClass().add("projector-refused");
        StackPane box = new StackPane(l);
        box.getStyleClass().add("projector-page");
        return box;
    }

    private Node noCount() {
        Label l = label("projectorNoCount", session.t("projector.noCount"), "projector-notice");
        StackPane box = new StackPane(l);
        box.getStyleClass().add("projector-page");
        return box;
    }

    private static Label label(String id, String text, String styleClass) {
        return ProjectorCountPage.label(id, text, styleClass);
    }
}
