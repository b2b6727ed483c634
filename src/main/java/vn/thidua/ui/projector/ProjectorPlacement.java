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

    /** Size of the window on the laptop when there is no projector: a part of the screen, 4:3. */
    static final double WINDOW_SHARE = 0.55;

    public static ProjectorPlacement choose(List<Rectangle2D> screens, Rectangle2D primary, Optional<String> remembered) {
        List<Rectangle2D> others = screens.stream().filter(s -> !s.equals(primary)).toList();
        if (others.isEmpty()) {
            return window(primary, Math.max(1, screens.indexOf(primary) + 1));
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

    private static ProjectorPlacement window(Rectangle2D primary, int index) {
        double w = Math.round(primary.getWidth() * WINDOW_SHARE);
        double h = Math.round(w * 3 / 4);
        // Top right of the laptop's screen, clear of the ballot entry on the left.
        double x = primary.getMaxX() - w - 16;
        double y = primary.getMinY() + 48;
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
