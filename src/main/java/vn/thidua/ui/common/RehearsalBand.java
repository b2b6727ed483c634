package vn.thidua.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import vn.thidua.app.Rehearsal;

/**
 * The "DIỄN TẬP" band: black on yellow, the whole width, above everything else of the window it
 * is in (it takes its own row, so it covers nothing). Shown only while the open data file is a
 * rehearsal copy ({@link Rehearsal}); otherwise it takes no room at all.
 */
public final class RehearsalBand {

    private static final String STYLESHEET = RehearsalBand.class.getResource("/vn/thidua/ui/rehearsal.css").toExternalForm();

    private RehearsalBand() {
    }

    /** True while the session's data file is a rehearsal copy. */
    public static boolean rehearsing(Session session) {
        return !session.onServer() && Rehearsal.isCopy(session.workspace().dataFile());
    }

    /** The operator window's band, with the way out of the rehearsal. */
    public static Region forOperator(Session session) {
        return band(session, "rehearsalBand", session.t("rehearsal.band") + "   ·   " + session.t("rehearsal.band.hint"),
                "rehearsal-band");
    }

    /** The band of the room's window: what the room must not take for the real count. */
    public static Region forProjector(Session session) {
        // Two words: read from the back of the room, and never cut, even in the small window of a one-screen laptop.
        return band(session, "projectorRehearsalBand", session.t("rehearsal.band.room"), "rehearsal-band-projector");
    }

    /** The same band over the operator's preview of the room's window, in the preview's size. */
    public static Region forPreview(Session session) {
        return band(session, "previewRehearsalBand", session.t("rehearsal.band.room"), "rehearsal-band-preview");
    }

    private static Region band(Session session, String id, String text, String style) {
        Label band = new Label(text);
        band.setId(id);
        band.getStylesheets().add(STYLESHEET);
        band.getStyleClass().addAll("rehearsal-band", style);
        band.setMaxWidth(Double.MAX_VALUE);
        band.setAlignment(Pos.CENTER);
        band.setMnemonicParsing(false);
        boolean on = rehearsing(session);
        band.setVisible(on);
        band.setManaged(on);
        return band;
    }
}
