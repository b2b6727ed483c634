package vn.thidua.ui.projector;

import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import vn.thidua.ui.common.Session;
import javafx.beans.binding.Bindings;

/** "Trình chiếu" in the main window's header: the projector's actions from every screen. */
public final class ProjectorMenu {

    private final MenuButton button;

    public ProjectorMenu(ProjectorViewModel vm, Session session) {
        button = new MenuButton(session.t("projector.menu"));
        button.setId("projectorMenu");
        MenuItem open = item(session, "projector.open", "menuProjectorOpen", KeyCode.F5, vm::toggleOpen);
        open.textProperty().bind(Bindings.when(vm.openProperty())
                .then(session.t("projector.close")).otherwise(session.t("projector.open")));
        button.getItems().addAll(open, new SeparatorMenuItem(),
                item(session, "projector.showWelcome", "menuProjectorWelcome", KeyCode.F4, vm::showWelcome),
                item(session, "projector.showScoreboard", "menuShowScoreboard", KeyCode.F6, vm::showScoreboard),
                item(session, "projector.showCount", "menuShowCount", KeyCode.F7, vm::showCount),
                item(session, "projector.hideCount", "menuHideCount", KeyCode.F8, vm::hideCount),
                item(session, "projector.blackScreen", "menuBlackScreen", KeyCode.F9, vm::blackScreen));
    }

    /** Shown with its key; the same key works from every screen (see ProjectorControls#installShortcuts). */
    private static MenuItem item(Session session, String key, String id, KeyCode code, Runnable action) {
        MenuItem item = new MenuItem(session.t(key));
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        item.setAccelerator(new KeyCodeCombination(code));
        return item;
    }

    public Node node() {
        return button;
    }
}
