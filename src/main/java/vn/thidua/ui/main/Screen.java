package vn.thidua.ui.main;

import java.util.function.Supplier;
import javafx.scene.Node;

/** A screen reachable from the navigation: its label key, widget id and how to build it. */
public record Screen(String labelKey, String id, Supplier<Node> factory) {
}
