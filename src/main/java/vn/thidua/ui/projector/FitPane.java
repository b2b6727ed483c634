package vn.thidua.ui.projector;

import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows its content at full size when it fits, and scales it down evenly when it does not (15
 * candidates, a long title): nothing on the projector is ever cut off or drawn over.
 */
final class FitPane extends Region {

    private final Region content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    FitPane(Region content) {
        this.content = content;
        content.setManaged(false);
        content.getTransforms().add(scale);
        getChildren().add(content);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        double s = Math.min(1, h / Math.max(1, content.prefHeight(w)));
        // Scaled down, the content is laid out wider so that it still fills the width; once more to settle.
        for (int i = 0; i < 2 && s < 1; i++) {
            s = Math.min(1, h / Math.max(1, content.prefHeight(w / s)));
        }
        scale.setX(s);
        scale.setY(s);
        double cw = w / s;
        content.resizeRelocate(0, 0, cw, Math.min(h / s, Math.max(content.prefHeight(cw), h)));
        content.layout();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }
}
