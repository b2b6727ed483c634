package vn.thidua.ui.projector;

import javafx.scene.layout.Region;

/**
 * Shows its content at full size when it fits, and scales it down evenly when it does not (15
 * candidates, a long title): nothing on the projector is ever cut off or drawn over.
 */
final class FitPane extends ScalingRegion {

    FitPane(Region content) {
        super(content);
        content.setManaged(false);
    }

    @Override
    double scaleFor(double w, double h) {
        double s = Math.min(1, h / Math.max(1, content.prefHeight(w)));
        // Scaled down, the content is laid out wider so that it still fills the width; once more to settle.
        for (int i = 0; i < 2 && s < 1; i++) {
            s = Math.min(1, h / Math.max(1, content.prefHeight(w / s)));
        }
        return s;
    }

    @Override
    double contentHeight(double w, double h, double s) {
        return Math.min(h / s, Math.max(content.prefHeight(w / s), h));
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height);
    }
}
