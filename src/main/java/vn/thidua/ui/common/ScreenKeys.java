package vn.thidua.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;

/**
 * A screen's shortcuts, active on the whole window while the screen is shown: after Ctrl+4 the
 * focus is still in the navigation list, and F5 or Ctrl+P must work all the same.
 */
public final class ScreenKeys {

    private ScreenKeys() {
    }

    /**
     * Ctrl+PageDown / Ctrl+PageUp move between a screen's tabs wherever the focus is (a
     * TabPane does it only when it has the focus itself, and Ctrl+Tab in a text field moves
     * to the next field).
     */
    public static void tabKeys(TabPane tabs) {
        whileShown(tabs, e -> {
            if (!e.isShortcutDown() || e.getCode() != KeyCode.PAGE_DOWN
                    && e.getCode() != KeyCode.PAGE_UP) {
                return;
            }
            var selection = tabs.getSelectionModel();
            int n = tabs.getTabs().size();
            int step = e.getCode() == KeyCode.PAGE_DOWN ? 1 : n - 1;
            selection.select((selection.getSelectedIndex() + step) % n);
            e.consume();
        });
    }

    public static void whileShown(Node screen, EventHandler<KeyEvent> keys) {
        screen.sceneProperty().addListener((o, before, after) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (after != null) {
                after.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }
}
