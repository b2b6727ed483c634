package vn.thidua.ui.projector;

import java.util.Comparator;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The result said in one line on the projector ("Được suy tôn: Sở Giao thông Vận tải"). A unit's
 * name is one word to the room: the line wraps between names and words around them, never inside
 * a name ("Vận / tải"); a name wider than the line makes the font smaller instead.
 */
final class ResultLine {

    /** No break here: the toolkit's line breaking keeps a name joined by these on one line. */
    static final char GLUE = '\u00A0';
    private static final double SMALLEST = 12;

    private ResultLine() {
    }

    /** {@code text} with the spaces inside each of {@code names} and before a number made unbreakable. */
    static String glue(String text, List<String> names) {
        // A number stays with the word before it: "(vòng 2)", never "(vòng / 2)".
        String glued = text.replaceAll(" (?=\\d)", String.valueOf(GLUE));
        for (String name : names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            if (!name.isBlank()) {
                glued = glued.replace(name, name.replace(' ', GLUE));
            }
        }
        return glued;
    }

    /** Makes the label's font smaller, down to a floor, while its widest unbreakable run does not fit its width. */
    static void shrinkToFit(Label label) {
        label.widthProperty().addListener((o, a, w) -> fit(label, w.doubleValue()));
        label.fontProperty().addListener((o, a, f) -> fit(label, label.getWidth()));
    }

    private static void fit(Label label, double width) {
        double room = width - label.snappedLeftInset() - label.snappedRightInset();
        Font font = label.getFont();
        if (room <= 0 || font == null) {
            return;
        }
        double widest = widestRun(label.getText(), font);
        if (widest > room && font.getSize() > SMALLEST) {
            double size = Math.max(SMALLEST, Math.floor(font.getSize() * room / widest));
            label.setStyle("-fx-font-size: " + size + "px;");
        }
    }

    private static double widestRun(String text, Font font) {
        double widest = 0;
        Text probe = new Text();
        probe.setFont(font);
        for (String run : text.split(" ")) {
            probe.setText(run);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }
}
