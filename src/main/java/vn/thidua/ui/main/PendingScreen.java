package vn.thidua.ui.main;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.thidua.ui.common.Session;

/**
 * A screen whose feature has not landed yet says so plainly, rather than pretending: the
 * navigation shows the whole shape of the program from the first release.
 */
final class PendingScreen {

    private PendingScreen() {
    }

    static Node of(Session session, String labelKey, String id) {
        Label title = new Label(session.t(labelKey));
        title.getStyleClass().add("screen-title");
        Label text = new Label(session.t("screen.pending"));
        text.setWrapText(true);
        VBox box = new VBox(12, title, text);
        box.setAlignment(Pos.TOP_LEFT);
        box.setId(id + "Screen");
        return box;
    }
}
