package vn.thidua.ui.projector;

import javafx.scene.layout.Region;

/**
 * A candidate's bar: the filled part is its share of the base, the line marks the threshold,
 * so the room sees at a glance who is past it.
 */
public final class BarTrack extends Region {

    private final Region fill = new Region();
    private final Region threshold = new Region();
    private double fraction;
    private double thresholdFraction;

    public BarTrack(double fraction, double thresholdFraction) {
        this.fraction = clamp(fraction);
        this.thresholdFraction = clamp(thresholdFraction);
        getStyleClass().add("bar-track");
        fill.getStyleClass().add("bar-fill");
        threshold.getStyleClass().add("bar-threshold");
        getChildren().addAll(fill, threshold);
    }

    private static double clamp(double f) {
        return Double.isNaN(f) ? 0 : Math.max(0, Math.min(1, f));
    }

    public double fraction() {
        return fraction;
    }

    /** Moves the bar in place (a new paper): only its two parts are laid out again, nothing restyled. */
    public void set(double newFraction, double newThreshold) {
        double f = clamp(newFraction);
        double t = clamp(newThreshold);
        if (f != fraction || t != thresholdFraction) {
            fraction = f;
            thresholdFraction = t;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        fill.resizeRelocate(0, 0, Math.round(w * fraction), h);
        double lineWidth = Math.max(2, h / 6);
        threshold.resizeRelocate(Math.round(w * thresholdFraction - lineWidth / 2), -h * 0.15, lineWidth, h * 1.3);
    }

    @Override
    protected double computePrefHeight(double width) {
        return 20;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 100;
    }
}
