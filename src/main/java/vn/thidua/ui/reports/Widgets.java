package vn.thidua.ui.reports;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import vn.thidua.ui.common.Session;

/** The few widgets the Báo cáo screen's parts build alike, each with the id its tests find it by. */
final class Widgets {

    private Widgets() {
    }

    static TextField field(String id, StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(48);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    static Button button(Session session, String id, String key, Runnable action) {
        Button b = new Button(session.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    static Label section(Session session, String key) {
        Label l = new Label(session.t(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    /** A label that keeps its whole text however narrow the window. */
    static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
