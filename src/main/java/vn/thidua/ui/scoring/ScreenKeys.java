package vn.thidua.ui.scoring;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/**
 * A screen's shortcuts, active on the whole window while the screen is shown: after Ctrl+4 the
 * focus is still in the navigation list, and F5 or Ctrl+P must work all the same.
 */
public final class ScreenKeys {

    private ScreenKeys() {
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
