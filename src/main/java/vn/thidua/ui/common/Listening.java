package vn.thidua.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * A view listens to its model only while it is on screen. Each visit to a screen builds a new
 * view over the same model; a listener left behind would keep every old view alive, and busy.
 */
public final class Listening {

    private Listening() {
    }

    /** Runs {@code onChange} on every change of {@code source} while {@code view} is shown, and once when it appears. */
    public static void whileShown(Node view, Observable source, Runnable onChange) {
        InvalidationListener listener = o -> onChange.run();
        view.sceneProperty().addListener((o, before, after) -> {
            if (after == null) {
                source.removeListener(listener);
            } else if (before == null) {
                source.addListener(listener);
                onChange.run();
            }
        });
    }

    /** The same for a list whose changes the view looks into. */
    public static <T> void changesWhileShown(Node view, ObservableList<T> source, ListChangeListener<T> listener) {
        view.sceneProperty().addListener((o, before, after) -> {
            if (after == null) {
                source.removeListener(listener);
            } else if (before == null) {
                source.addListener(listener);
            }
        });
    }
}
