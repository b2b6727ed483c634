package vn.thidua.ui.projector;

import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

/**
 * Lays its content out at a fixed design height (768 px, a projector's) and scales it to fit its
 * own height: type sizes in projector.css are for that height, so the room's window of any size
 * and the operator's small preview show the same picture.
 */
public final class ScaledPane extends Region {

    public static final double DESIGN_HEIGHT = 768;
    private final Region content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    public ScaledPane(Region content) {
        this.content = content;
        content.getTransforms().add(scale);
        // Managed, so that a change deep inside (a scoreboard arriving after it was asked for)
        // asks this pane for a layout; the sizes below never depend on the content.
        getChildren().add(content);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        double s = h / DESIGN_HEIGHT;
        scale.setX(s);
        scale.setY(s);
        content.resizeRelocate(0, 0, w / s, DESIGN_HEIGHT);
        content.layout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return ProjectorViewModel.DEFAULT_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return ProjectorViewModel.DEFAULT_HEIGHT;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
