package vn.thidua.ui.projector;

import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * A region that lays its one content out at some size and scales it evenly into its own bounds;
 * how much, and how tall the content is laid out, the kinds of region say. It asks for no
 * minimum size: it shrinks by scaling.
 */
abstract class ScalingRegion extends Region {

    protected final Region content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    ScalingRegion(Region content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
    }

    /** The scale for a region of this size, above 0. */
    abstract double scaleFor(double width, double height);

    /** The height the content is laid out at, before scaling, for a region of this size at scale {@code s}. */
    abstract double contentHeight(double width, double height, double s);

    @Override
    protected final void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        double s = scaleFor(w, h);
        scale.setX(s);
        scale.setY(s);
        content.resizeRelocate(0, 0, w / s, contentHeight(w, h, s));
        content.layout();
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
