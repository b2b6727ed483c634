package vn.thidua.ui.projector;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.RehearsalBand;
import vn.thidua.ui.common.Session;
import javafx.scene.control.Tooltip;

/**
 * The operator's projector panel: open or close it, choose what the room sees, and a small live
 * preview of exactly that. F4 welcome, F5 open/close, F6 scoreboard, F7 count, F8 hide, F9 black,
 * Ctrl+F5 the next screen (alone on the laptop: the window to the next corner).
 */
public final class ProjectorControls {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final KeyCodeCombination NEXT_SCREEN = new KeyCodeCombination(KeyCode.F5, KeyCodeCombination.SHORTCUT_DOWN);
    private final ProjectorViewModel vm;
    private final ProjectorScoreboard scoreboard;
    private final Session session;
    private final Runnable nextScreen;

    public ProjectorControls(ProjectorViewModel vm, ProjectorScoreboard scoreboard, Session session, Runnable nextScreen) {
        this.vm = vm;
        this.scoreboard = scoreboard;
        this.session = session;
        this.nextScreen = nextScreen;
    }

    /** The projector's keys, on every screen of the operator's window. */
    public void installShortcuts(Scene scene) {
        put(scene, KeyCode.F4, vm::showWelcome);
        put(scene, KeyCode.F5, vm::toggleOpen);
        put(scene, KeyCode.F6, vm::showScoreboard);
        put(scene, KeyCode.F7, vm::showCount);
        put(scene, KeyCode.F8, vm::hideCount);
        put(scene, KeyCode.F9, vm::blackScreen);
        scene.getAccelerators().put(NEXT_SCREEN, nextScreen);
    }

    private static void put(Scene scene, KeyCode key, Runnable action) {
        scene.getAccelerators().put(new KeyCodeCombination(key), action);
    }

    /** The whole panel, with the preview of width {@code previewWidth}. */
    public Node panel(double previewWidth) {
        Label heading = new Label(session.t("projector.heading"));
        heading.getStyleClass().add("section-title");
        Label where = new Label();
        where.setId("projectorPlacement");
        where.setWrapText(true);
        where.textProperty().bind(vm.placementProperty());
        Button open = button("projectorOpen", "projector.open", vm::toggleOpen, null);
        open.textProperty().bind(Bindings.when(vm.openProperty())
                .then(session.t("projector.close")).otherwise(session.t("projector.open")));
        VBox box = new VBox(6, heading, where, open,
                button("projectorWelcomeButton", "projector.showWelcome", vm::showWelcome, ProjectorMode.WELCOME),
                button("showScoreboard", "projector.showScoreboard", vm::showScoreboard, ProjectorMode.SCOREBOARD),
                button("showCount", "projector.showCount", vm::showCount, ProjectorMode.COUNT),
                button("hideCount", "projector.hideCount", vm::hideCount, ProjectorMode.COUNT_HIDDEN),
                button("blackScreen", "projector.blackScreen", vm::blackScreen, ProjectorMode.BLACK),
                withTooltip(button("nextScreen", "projector.nextScreen", nextScreen, null), "Ctrl+F5"),
                new Label(session.t("projector.previewLabel")),
                RehearsalBand.forPreview(session),
                preview(previewWidth));
        box.setId("projectorControls");
        box.getStyleClass().add("projector-controls");
        return box;
    }

    /** A second drawing of the projector over the same ViewModel, in the projector's shape. */
    public Region preview(double width) {
        Region node = new ProjectorView(vm, scoreboard, session).node();
        node.setId("projectorPreview");
        DoubleBinding height = Bindings.createDoubleBinding(
                () -> (double) Math.round(width * vm.heightProperty().get() / vm.widthProperty().get()),
                vm.widthProperty(), vm.heightProperty());
        node.setMinWidth(width);
        node.setPrefWidth(width);
        node.setMaxWidth(width);
        node.minHeightProperty().bind(height);
        node.prefHeightProperty().bind(height);
        node.maxHeightProperty().bind(height);
        return node;
    }

    private static Button withTooltip(Button b, String keys) {
        b.setTooltip(new Tooltip(keys));
        return b;
    }

    private Button button(String id, String key, Runnable action, ProjectorMode shows) {
        Button b = new Button(session.t(key));
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> action.run());
        if (shows != null) {
            Listening.whileShown(b, vm.modeProperty(), () -> b.pseudoClassStateChanged(ACTIVE, vm.modeProperty().get() == shows));
        }
        return b;
    }
}
