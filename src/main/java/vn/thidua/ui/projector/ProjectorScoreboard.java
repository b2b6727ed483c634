package vn.thidua.ui.projector;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The seam for "Chiếu bảng điểm": the scoreboard feature plugs its large-type node in here
 * ({@code projectorScoreboard.plug(() -> new ScoreboardProjection(...).node())}). Each display of
 * the projector (the room's window and the operator's preview) asks for its own node, since a
 * node has only one parent.
 */
public final class ProjectorScoreboard {

    private final ReadOnlyObjectWrapper<Supplier<? extends Node>> supplier = new ReadOnlyObjectWrapper<>();
    private final Supplier<String> placeholderText;

    public ProjectorScoreboard(Supplier<String> placeholderText) {
        this.placeholderText = placeholderText;
    }

    /** Plugs the scoreboard in; the projector shows it from now on (at once, if it is on screen). */
    public void plug(Supplier<? extends Node> scoreboardNode) {
        supplier.set(Objects.requireNonNull(scoreboardNode));
    }

    public ReadOnlyObjectProperty<Supplier<? extends Node>> supplierProperty() {
        return supplier.getReadOnlyProperty();
    }

    /** A new node showing the scoreboard, or a plain notice while none is plugged in. */
    public Node newNode() {
        Supplier<? extends Node> s = supplier.get();
        if (s != null) {
            return s.get();
        }
        Label notice = new Label(placeholderText.get());
        notice.setId("projectorScoreboardMissing");
        notice.getStyleClass().add("projector-notice");
        notice.setWrapText(true);
        return new StackPane(notice);
    }
}
