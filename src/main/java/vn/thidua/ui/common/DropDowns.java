package vn.thidua.ui.common;

import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Drop-downs as the secretary expects them: Alt+↓ (the toolkit's own) and Space open the list. */
public final class DropDowns {

    private DropDowns() {
    }

    /** Space opens a closed list (the toolkit only arms the box); with the list open, Space is the list's. */
    public static <T extends ComboBoxBase<?>> T openOnSpace(T box) {
        box.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !box.isShowing() && !box.isEditable()
                    && !e.isShortcutDown() && !e.isAltDown()) {
                box.show();
                e.consume();
            }
        });
        return box;
    }
}
