package vn.thidua.ui.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Pictures of nodes under target/, to look at what a test laid out. Call on the FX thread. */
public final class Snapshots {

    private Snapshots() {
    }

    public static Path folder() {
        return Path.of(System.getProperty("thidua.test.buildDir", "target"), "snapshots");
    }

    public static void save(Node node, String name) {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        try {
            Files.createDirectories(folder());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder().resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
