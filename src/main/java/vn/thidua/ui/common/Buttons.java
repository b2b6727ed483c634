package vn.thidua.ui.common;

import javafx.scene.control.Button;

/** The screens' buttons: a label from the bundles, an id for tests and scripts, one action. */
public final class Buttons {

    private Buttons() {
    }

    public static Button of(Session session, String id, String key, Runnable action) {
        Button b = new Button(session.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
