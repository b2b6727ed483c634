package vn.thidua.ui.projector;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the projector window goes, from the screens the system reports: full screen on a second
 * screen (the remembered one when it is there), else a window on the laptop's screen. Screens
 * are known by their bounds, since each change of the screen list brings new screen objects.
 *
 * @param bounds      where the window goes
 * @param fullScreen  true on a projector, false for a window on the laptop
 * @param screenIndex 1-based place of the chosen screen in the system's list (for the operator's words)
 * @param key         the chosen screen's key, to remember; empty for a window on the laptop
 */
public record ProjectorPlacement(Rectangle2D bounds, boolean fullScreen, int screenIndex, String key) {

    /**
     * Width of the window on the laptop when there is no projector (4:3): the operator's navigation
     * column (190 px) less the margins, so that in the first corner, bottom left, it lies over the empty
     * part of that column only and covers no list, field or button of any screen (at 1366×768 a
     * fifth of the screen covered the papers list and two buttons of the count).
     */
    static final double WINDOW_WIDTH = 174;
    /** Room left between the window and the screen's edges (a task bar at the bottom). */
    static final double MARGIN = 8;
    static final double BOTTOM_MARGIN = 48;

    /** The corners of the laptop's screen the window goes round (Ctrl+F5), the first out of the count's way. */
    public enum Corner {
        BOTTOM_LEFT, TOP_LEFT, TOP_RIGHT, BOTTOM_RIGHT;

        public Corner next() {
            return values()[(ordinal() + 1) % values().length];
        }

        public static Corner parse(String s) {
            try {
                return valueOf(s);
            } catch (IllegalArgumentException | NullPointerException e) {
                return BOTTOM_LEFT;
            }
        }
    }

    public static ProjectorPlacement choose(List<Rectangle2D> screens, Rectangle2D primary, Optional<String> remembered) {
        return choose(screens, primary, remembered, Corner.BOTTOM_LEFT);
    }

    /** As above; alone, the laptop shows the window in {@code corner}. */
    public static ProjectorPlacement choose(List<Rectangle2D> screens, Rectangle2D primary, Optional<String> remembered,
                                            Corner corner) {
        List<Rectangle2D> others = screens.stream().filter(s -> !s.equals(primary)).toList();
        if (others.isEmpty()) {
            return window(primary, Math.max(1, screens.indexOf(primary) + 1), corner);
        }
        Rectangle2D chosen = remembered.flatMap(k -> find(others, k)).orElse(others.get(0));
        return new ProjectorPlacement(chosen, true, screens.indexOf(chosen) + 1, key(chosen));
    }

    /** The next second screen after {@code current} (wrapping), for "change the projector's screen". */
    public static Optional<String> nextScreenKey(List<Rectangle2D> screens, Rectangle2D primary, Optional<String> current) {
        List<Rectangle2D> others = screens.stream().filter(s -> !s.equals(primary)).toList();
        if (others.isEmpty()) {
            return Optional.empty();
        }
        int at = current.flatMap(k -> find(others, k)).map(others::indexOf).orElse(-1);
        return Optional.of(key(others.get((at + 1) % others.size())));
    }

    private static ProjectorPlacement window(Rectangle2D primary, int index, Corner corner) {
        double w = Math.min(WINDOW_WIDTH, Math.floor(primary.getWidth() / 5));
        double h = Math.round(w * 3 / 4);
        boolean left = corner == Corner.BOTTOM_LEFT || corner == Corner.TOP_LEFT;
        boolean top = corner == Corner.TOP_LEFT || corner == Corner.TOP_RIGHT;
        double x = left ? primary.getMinX() + MARGIN : primary.getMaxX() - w - MARGIN;
        double y = top ? primary.getMinY() + MARGIN : primary.getMaxY() - h - BOTTOM_MARGIN;
        return new ProjectorPlacement(new Rectangle2D(x, y, w, h), false, index, "");
    }

    /** The same place first; a projector plugged back in at another resolution is still found by its origin. */
    private static Optional<Rectangle2D> find(List<Rectangle2D> screens, String key) {
        Optional<Rectangle2D> exact = screens.stream().filter(s -> key(s).equals(key)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String[] parts = key.split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        return screens.stream().filter(s -> origin(s).equals(parts[0] + "," + parts[1])).findFirst();
    }

    public static String key(Rectangle2D s) {
        return origin(s) + String.format(Locale.ROOT, ",%.0f,%.0f", s.getWidth(), s.getHeight());
    }

    private static String origin(Rectangle2D s) {
        return String.format(Locale.ROOT, "%.0f,%.0f", s.getMinX(), s.getMinY());
    }
}
