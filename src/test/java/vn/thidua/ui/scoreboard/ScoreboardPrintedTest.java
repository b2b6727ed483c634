package vn.thidua.ui.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.print.Printer;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Workspace;
import vn.thidua.testing.FxHarness;
import vn.thidua.testing.TestData;
import vn.thidua.ui.main.MainWindow;
import vn.thidua.ui.print.Snapshots;

/**
 * The sample 2019 scoreboard printed for real, through the print preview, on a CUPS-PDF queue
 * (files land in ~/PDF). Skipped on a machine without a default printer or without a PDF queue,
 * so that a developer's real printer never gets a page; `.ci/run` sets CUPS up. Another queue
 * can be named with -Dthidua.test.printer=NAME. The PDF is kept under target/snapshots to be
 * looked at.
 */
@ExtendWith(ApplicationExtension.class)
class ScoreboardPrintedTest {

    @TempDir
    Path dir;
    Workspace ws;
    MainWindow window;
    Printer pdfQueue;

    @BeforeEach
    void open() throws Exception {
        AtomicReference<Printer> defaultPrinter = new AtomicReference<>();
        new FxRobot().interact(() -> {
            defaultPrinter.set(Printer.getDefaultPrinter());
            String wanted = System.getProperty("thidua.test.printer");
            pdfQueue = Printer.getAllPrinters().stream()
                    .filter(p -> wanted != null ? p.getName().equals(wanted)
                            : p.getName().toLowerCase(Locale.ROOT).contains("pdf"))
                    .findFirst().orElse(null);
        });
        assumeTrue(defaultPrinter.get() != null, "no default printer on this machine");
        assumeTrue(pdfQueue != null, "no PDF print queue on this machine");
        ws = TestData.openSample(dir);
        window = FxHarness.showMainWindow(ws, dir, "KTN", 2019);
    }

    @AfterEach
    void close() throws Exception {
        if (ws != null) {
            FxHarness.close();
            ws.close();
        }
    }

    private static Optional<Path> newestPdfSince(Path folder, Instant since) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf"))
                    .filter(p -> modified(p).toInstant().isAfter(since))
                    .max((a, b) -> modified(a).compareTo(modified(b)));
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    @Test
    void theSample2019ScoreboardComesOutOfThePrinter(FxRobot robot) throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        Path pdfFolder = Path.of(System.getProperty("user.home"), "PDF");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        FxHarness.waitIdle(window.session());
        robot.clickOn("#previewScoreboard");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#printPreview").tryQuery().isPresent());
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Printer> printers = robot.lookup("#previewPrinter")
                    .queryAs(ComboBox.class);
            printers.getItems().stream().filter(p -> p.getName().equals(pdfQueue.getName())).findFirst()
                    .ifPresent(printers::setValue);
        });
        robot.clickOn("#previewPrint");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#printPreview").tryQuery().isEmpty());
        assertThat(window.session().statusProperty().get()).startsWith("Đã gửi 1 trang tới máy in");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> newestPdfSince(pdfFolder, start)
                .filter(p -> modified(p).toMillis() < System.currentTimeMillis() - 500 && p.toFile().length() > 1000)
                .isPresent());
        Path pdf = newestPdfSince(pdfFolder, start).orElseThrow();
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        Files.createDirectories(Snapshots.folder());
        Files.copy(pdf, Snapshots.folder().resolve("printed-scoreboard-2019.pdf"), StandardCopyOption.REPLACE_EXISTING);
    }
}
