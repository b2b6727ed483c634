package vn.thidua.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.text.Font;

/**
 * The program's own font, Noto Sans (SIL OFL, /vn/thidua/fonts/OFL.txt), shipped in the jar and
 * named by every style sheet, so that the room sees the same letters on any laptop. DejaVu Sans, asked
 * for before, is not on Windows, and in regular weight it lost the dot below ệ and ộ on the projector
 * (issue 14). Loading both files took ~50 ms here (with the font system's own start, which the first text
 * would pay anyway); it is done once, before the first scene.
 */
public final class Fonts {

    /** The family every style sheet names. */
    public static final String FAMILY = "Noto Sans";
    static final List<String> FILES = List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf");
    private static final Logger LOG = Logger.getLogger(Fonts.class.getName());
    private static volatile boolean loaded;

    private Fonts() {
    }

    /** Registers the shipped font files with JavaFX; again is a no-op. On the FX thread, before a scene. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream("/vn/thidua/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    LOG.warning("The font " + file + " could not be loaded; the system's font is used instead");
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The font " + file + " could not be read", e);
            }
        }
        loaded = true;
    }
}
