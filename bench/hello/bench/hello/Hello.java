package bench.hello;

import java.time.Instant;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for ThiDua's start-up: the smallest JavaFX program that shows a window like
 * ThiDua's first one (a label in a 1280 × 720 window, started with Platform.startup) and logs
 * "started in N ms" from the process start, as ThiDua's window does, and "ready in N ms" at the
 * same moment (ThiDua logs it when its main window shows the chosen year's data).
 */
public final class Hello {

    private static final Logger LOG = Logger.getLogger(Hello.class.getName());

    private Hello() {
    }

    public static void main(String[] args) {
        long processStart = ProcessHandle.current().info().startInstant()
                .map(Instant::toEpochMilli).orElse(System.currentTimeMillis());
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Hello");
            StackPane root = new StackPane(new Label("Xin chào"));
            root.setAlignment(Pos.CENTER);
            stage.setScene(new Scene(root, 1280, 720));
            stage.setOnShown(e -> {
                long ms = System.currentTimeMillis() - processStart;
                LOG.info("Hello started in " + ms + " ms");
                // Nothing more to load: its first window is its filled window (ThiDua's "ready").
                LOG.info("Hello ready in " + ms + " ms");
            });
            stage.setOnCloseRequest(e -> Platform.exit());
            stage.show();
        });
    }
}
