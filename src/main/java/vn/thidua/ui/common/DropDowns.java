package vn.thidua.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

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

    /** Shows each item as {@code text} says (nothing for no item); the lists are chosen from, never typed in. */
    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
