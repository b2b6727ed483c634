package vn.thidua.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.transform.Scale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.ui.projector.ProjectorPlacement;

/**
 * Every Vietnamese letter, with each tone, in both cases, drawn in every family, weight and size the
 * style sheets ask for (the operator's window and the print: app.css; the room: projector.css and the
 * projected scoreboard, at the scales the projector, the laptop's projector window and the previews
 * draw it). A letter whose picture equals its base letter's lost a mark (the projector showed
 * "Sở Nông nghiêp"); ink above or below the letter's own line is cut by the row above or below.
 */
@ExtendWith(ApplicationExtension.class)
class FontCoverageTest {

    private static final List<String> SHEETS = List.of("/vn/thidua/ui/app.css", "/vn/thidua/ui/projector.css");
    private static final String VOWELS = "aăâeêioôơuưy";
    /** none, huyền, hỏi, ngã, sắc, nặng. */
    private static final String[] TONES = {"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};
    /** Projector pictures are laid out 768 px high and scaled (ScaledPane). */
    private static final double DESIGN = 768;

    @BeforeAll
    static void fonts() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(Fonts::load);
    }

    /** Each letter and the letter it must not look like. */
    record Letter(String text, String base) {
    }

    static List<Letter> letters() {
        List<Letter> all = new ArrayList<>();
        for (boolean upper : new boolean[] {false, true}) {
            for (char v : VOWELS.toCharArray()) {
                String vowel = String.valueOf(v);
                String plain = Normalizer.normalize(vowel, Normalizer.Form.NFD).substring(0, 1);
                for (String tone : TONES) {
                    String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                    String base = tone.isEmpty() ? plain : vowel;
                    if (!letter.equals(base)) {
                        all.add(new Letter(cased(letter, upper), cased(base, upper)));
                    }
                }
            }
            all.add(new Letter(cased("đ", upper), cased("d", upper)));
        }
        return all;
    }

    private static String cased(String s, boolean upper) {
        return upper ? s.toUpperCase(Locale.ROOT) : s;
    }

    /** What a style sheet asks for: its families, weights and pixel sizes, and whether the room sees it scaled. */
    record Asked(TreeSet<String> families, TreeSet<String> weights, TreeSet<Double> screenSizes,
                 TreeSet<Double> projectedSizes) {
    }

    static Asked asked() {
        Asked a = new Asked(new TreeSet<>(), new TreeSet<>(List.of("normal")), new TreeSet<>(), new TreeSet<>());
        Pattern rule = Pattern.compile("([^{}]+)\\{([^}]*)}");
        for (String sheet : SHEETS) {
            String css = read(sheet).replaceAll("(?s)/\\*.*?\\*/", "");
            Matcher m = rule.matcher(css);
            while (m.find()) {
                String selector = m.group(1);
                boolean projected = sheet.endsWith("projector.css") || selector.contains("projection");
                for (String decl : m.group(2).split(";")) {
                    String[] kv = decl.split(":", 2);
                    if (kv.length < 2) {
                        continue;
                    }
                    String value = kv[1].trim();
                    switch (kv[0].trim()) {
                        case "-fx-font-family" -> Stream.of(value.split(","))
                                .map(f -> f.trim().replace("\"", "")).forEach(a.families()::add);
                        case "-fx-font-weight" -> a.weights().add(value);
                        case "-fx-font-size" -> (projected ? a.projectedSizes() : a.screenSizes())
                                .add(Double.parseDouble(value.replace("px", "")));
                        default -> { }
                    }
                }
            }
        }
        return a;
    }

    /**
     * The scales at which the room's pictures are drawn: a 1024×768 projector, a full-HD one, the
     * projector's window on a lone 1366×768 laptop screen, the scoreboard's in-page preview (252 px
     * high, app.css) and the projector panel's preview (256 px wide, 4:3).
     */
    static List<Double> projectorScales() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1366, 768);
        double window = ProjectorPlacement.choose(List.of(laptop), laptop, Optional.empty()).bounds().getHeight();
        return List.of(1.0, 1080 / DESIGN, window / DESIGN, 252 / DESIGN, 192 / DESIGN);
    }

    private static String read(String resource) {
        try (InputStream in = Objects.requireNonNull(FontCoverageTest.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyFamilyTheStyleSheetsNameIsTheShippedOne() {
        Asked a = asked();
        assertThat(a.families()).as("families named in the style sheets").containsOnly(Fonts.FAMILY);
        assertThat(Font.getFamilies()).contains(Fonts.FAMILY);
        // Loaded from the jar: a laptop without it installed shows the same letters.
        assertThat(Font.font(Fonts.FAMILY, FontWeight.BOLD, 20).getName()).isEqualTo("Noto Sans Bold");
        assertThat(Font.font(Fonts.FAMILY, FontWeight.NORMAL, 20).getName()).isEqualTo("Noto Sans Regular");
    }

    /** One rendering per family, weight, size and scale (a glyph drawn scaled is not the same as a smaller one). */
    static Stream<Arguments> renderings() {
        Asked a = asked();
        Map<String, Arguments> all = new LinkedHashMap<>();
        for (String family : a.families()) {
            for (String weight : a.weights()) {
                for (double size : a.screenSizes()) {
                    all.putIfAbsent(family + weight + size + "x1.0", Arguments.of(family, weight, size, 1.0));
                }
                for (double size : a.projectedSizes()) {
                    for (double scale : projectorScales()) {
                        all.putIfAbsent(family + weight + size + "x" + scale, Arguments.of(family, weight, size, scale));
                    }
                }
            }
        }
        return all.values().stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}px ×{3}")
    @MethodSource("renderings")
    void everyLetterKeepsItsMarksAndStaysOnItsLine(String family, String weight, double size, double scale)
            throws Exception {
        List<Letter> letters = letters();
        Font font = Font.font(family, FontWeight.findByName(weight), size);
        Map<String, String> faults = new TreeMap<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                faults.putAll(render(letters, font, scale));
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }).get();
        if (failure.get() != null) {
            throw failure.get();
        }
        assertThat(font.getFamily()).isEqualTo(family);
        assertThat(faults).as("letters drawn wrong in %s %s %spx ×%s", family, weight, size, scale).isEmpty();
    }

    /**
     * The words the room saw without their dot below, in the projector's regular-weight styles as
     * projector.css gives them, scaled as on the laptop's projector window: the font is the shipped
     * one and each word differs from the same word without the dot.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"projector-name", "projector-rule", "projector-counts",
            "projector-notice", "projector-reason", "projector-welcome-title"})
    void theProjectorsRegularWeightKeepsTheDotBelow(String styleClass) throws Exception {
        Map<String, String> words = Map.of("Sở Nông nghiệp", "Sở Nông nghiêp", "Phiếu hợp lệ", "Phiếu hợp lê",
                "Hội nghị", "Hôi nghị", "cuộc bầu", "cuôc bầu");
        double scale = projectorScales().get(2);
        Map<String, String> faults = new TreeMap<>();
        WaitForAsyncUtils.asyncFx(() -> words.forEach((word, dotless) -> {
            Label right = projectorLabel(word, styleClass);
            Label wrong = projectorLabel(dotless, styleClass);
            String name = right.getFont().getName();
            if (!name.equals("Noto Sans Regular")) {
                faults.put(word, "drawn in " + name);
            } else if (Arrays.equals(picture(right, scale), picture(wrong, scale))) {
                faults.put(word, "drawn as " + dotless);
            }
        })).get();
        assertThat(faults).as(".%s", styleClass).isEmpty();
    }

    /** A label styled by projector.css inside a projector page, laid out. */
    private static Label projectorLabel(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        StackPane page = new StackPane(label);
        page.getStyleClass().add("projector");
        page.getStylesheets().add(FontCoverageTest.class.getResource("/vn/thidua/ui/projector.css").toExternalForm());
        new Scene(page);
        page.applyCss();
        page.layout();
        return label;
    }

    private static int[] picture(Label label, double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(new Scale(scale, scale));
        // The room's black: the projector's type is white or grey.
        p.setFill(Color.BLACK);
        WritableImage image = label.snapshot(p, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argbs = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argbs, 0, w);
        return argbs;
    }

    /** Draws each letter in a cell of its own, black on white, and reads the pictures back. */
    private static Map<String, String> render(List<Letter> letters, Font font, double scale) {
        double size = font.getSize();
        double cellW = Math.ceil(size * 1.6 + 8);
        double cellH = Math.ceil(size * 2.4 + 8);
        int columns = 16;
        Group cells = new Group();
        cells.getTransforms().add(new Scale(scale, scale, 0, 0));
        List<String> texts = new ArrayList<>();
        letters.forEach(l -> texts.add(l.text()));
        letters.stream().map(Letter::base).distinct().filter(b -> !texts.contains(b)).forEach(texts::add);
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Label label = new Label(texts.get(i));
            label.setFont(font);
            label.setTextFill(Color.BLACK);
            label.relocate((i % columns) * cellW + size * 0.3, (i / columns) * cellH + size * 0.6);
            labels.add(label);
            cells.getChildren().add(label);
        }
        // A plain Pane leaves its children where they are put: picture, scene and cells share one origin.
        Pane root = new Pane(cells);
        root.setStyle("-fx-background-color: white;");
        int width = (int) Math.ceil(columns * cellW * scale);
        int height = (int) Math.ceil(((texts.size() + columns - 1) / columns) * cellH * scale);
        new Scene(root, width, height);
        root.applyCss();
        root.layout();
        SnapshotParameters whole = new SnapshotParameters();
        whole.setViewport(new Rectangle2D(0, 0, width, height));
        WritableImage image = root.snapshot(whole, null);
        int[] argbs = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argbs, 0, width);
        Map<String, int[]> pictures = new HashMap<>();
        Map<String, String> faults = new TreeMap<>();
        for (int i = 0; i < texts.size(); i++) {
            Label label = labels.get(i);
            int x0 = (int) Math.floor((i % columns) * cellW * scale);
            int y0 = (int) Math.floor((i / columns) * cellH * scale);
            int w = (int) Math.floor(cellW * scale);
            int h = (int) Math.floor(cellH * scale);
            int[] picture = new int[w * h];
            int inkTop = Integer.MAX_VALUE;
            int inkBottom = -1;
            for (int y = 0; y < h && y0 + y < height; y++) {
                for (int x = 0; x < w && x0 + x < width; x++) {
                    int argb = argbs[(y0 + y) * width + x0 + x];
                    int dark = 255 - (((argb >> 16) & 0xff) + ((argb >> 8) & 0xff) + (argb & 0xff)) / 3;
                    picture[y * w + x] = dark;
                    if (dark > 24) {
                        inkTop = Math.min(inkTop, y0 + y);
                        inkBottom = Math.max(inkBottom, y0 + y);
                    }
                }
            }
            pictures.put(texts.get(i), picture);
            if (inkBottom < 0) {
                faults.put(texts.get(i), "nothing drawn");
                continue;
            }
            Bounds line = label.localToScene(label.getLayoutBounds());
            // A pixel of anti-aliasing on either side is not a cut.
            if (inkTop < Math.floor(line.getMinY()) - 1 || inkBottom > Math.ceil(line.getMaxY()) + 1) {
                faults.put(texts.get(i), String.format("ink %d–%d outside its line %.1f–%.1f",
                        inkTop, inkBottom, line.getMinY(), line.getMaxY()));
            }
        }
        for (Letter l : letters) {
            if (Arrays.equals(pictures.get(l.text()), pictures.get(l.base()))) {
                faults.merge(l.text(), "drawn as " + l.base() + " (a mark dropped)", (a, b) -> a + "; " + b);
            }
        }
        return faults;
    }
}
