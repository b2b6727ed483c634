package vn.thidua.ui.projector;

import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * Lays its content out at a fixed design height (768 px, a projector's) and scales it to fit its
 * own height: type sizes in projector.css are for that height, so the room's window of any size
 * and the operator's small preview show the same picture.
 */
public final class ScaledPane extends ScalingRegion {

    public static final double DESIGN_HEIGHT = 768;

    public ScaledPane(Region content) {
        // Managed, so that a change deep inside (a scoreboard arriving after it was asked for)
        // asks this pane for a layout; the sizes below never depend on the content.
        super(content);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    @Override
    double scaleFor(double w, double h) {
        return h / DESIGN_HEIGHT;
    }

    @Override
    double contentHeight(double w, double h, double s) {
        return DESIGN_HEIGHT;
    }

    @Override
    protected double computePrefWidth(double height) {
        return ProjectorViewModel.DEFAULT_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return ProjectorViewModel.DEFAULT_HEIGHT;
    }
}
