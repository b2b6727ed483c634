package vn.thidua.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.thidua.ThiDua;
import vn.thidua.app.Preferences;
import vn.thidua.app.ScoringService;
import vn.thidua.app.Workspace;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.ScoreboardRow;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.store.DataFileTool;
import vn.thidua.store.H2Recovery;

/**
 * The longest FX pulse while the scoreboard of the generated bloc (ScaleBench) scrolls. By default
 * the program's own window: the real Gui on the file, on the bloc's last year, switched to the
 * scoreboard screen (Ctrl+4), its table found by id. An AnimationTimer scrolls the table a little
 * every frame, then jumps to a random row every frame, and records the time between frames: a
 * pulse longer than the gap would show as a longer gap. Figures, no assertions: bench/scale.sh runs
 * it under Xvfb.
 *
 * <pre>
 *   ScoreboardScrollBench FILE [SECONDS] [--table [--plain] [--fixed-cell-size]]
 * </pre>
 * {@code --table}: a bare TableView of the 100 rows with the scoreboard screen's columns (rank,
 * unit, one subtotal per group, bonus, deduction, total, classification, note) instead of the
 * program's window; {@code --plain} fills its 17 columns with one short constant, the yardstick for
 * what painting a scrolling table of that size costs on the machine whatever the data;
 * {@code --fixed-cell-size} gives it a fixed row height.
 */
public final class ScoreboardScrollBench {

    private ScoreboardScrollBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        double seconds = args.length > 1 && !args[1].startsWith("--") ? Double.parseDouble(args[1]) : 8;
        List<String> flags = List.of(args);
        List<String> report = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        if (flags.contains("--table")) {
            bareTable(file, seconds, flags.contains("--plain"), flags.contains("--fixed-cell-size"), report, done);
        } else {
            programWindow(file, seconds, report, done);
        }
        done.await();
        // The windows are closed and JavaFX stopped before the JVM exits: exiting under a showing
        // window left a last repaint to a renderer already shut down (RejectedExecutionException).
        onFx(() -> {
            List.copyOf(Window.getWindows()).forEach(Window::hide);
            return null;
        });
        Platform.exit();
        report.forEach(System.out::println);
        System.exit(0);
    }

    /** The program as the secretary sees it, on the generated bloc's last year, scoreboard screen. */
    static void programWindow(Path file, double seconds, List<String> report, CountDownLatch done) throws Exception {
        int year;
        try (Workspace ws = ThiDua.open(file)) {
            year = ScaleBench.lastSeason(ws).year();
        }
        Preferences prefs = Preferences.besideData(file);
        prefs.put("lastBloc", ScaleBench.BLOC);
        prefs.put("lastYear", String.valueOf(year));
        Thread gui = new Thread(() -> {
            try {
                new vn.thidua.ui.Gui(file, ThiDua::open, new H2Recovery(),
                        new DataFileTool(), System.currentTimeMillis()).runUntilClosed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gui");
        gui.setDaemon(true);
        gui.start();
        Scene scene = null;
        for (int i = 0; i < 600 && scene == null; i++) {
            Thread.sleep(100);
            try {
                scene = onFx(() -> Window.getWindows().stream()
                        .map(Window::getScene)
                        .filter(sc -> sc != null && sc.lookup("#mainWindow") != null)
                        .findFirst().orElse(null));
            } catch (IllegalStateException e) {
                // JavaFX not started yet
            }
        }
        if (scene == null) {
            throw new IllegalStateException("the main window did not appear");
        }
        Scene main = scene;
        Thread.sleep(1500); // the first screen settles, as a secretary would look at it
        long pressed = System.nanoTime();
        onFx(() -> {
            main.getAccelerators().get(new KeyCodeCombination(KeyCode.DIGIT4,
                    KeyCombination.SHORTCUT_DOWN)).run();
            return null;
        });
        TableView<?> table = null;
        for (int i = 0; i < 12000; i++) {
            Thread.sleep(5);
            table = onFx(() -> (TableView<?>) main.lookup("#scoreboardTable"));
            if (table != null && table.getItems().size() >= ScaleBench.UNITS) {
                break;
            }
        }
        if (table == null || table.getItems().size() < ScaleBench.UNITS) {
            throw new IllegalStateException("the scoreboard screen did not fill");
        }
        long shown = System.nanoTime();
        TableView<?> t = table;
        Platform.runLater(() -> {
            report.add("the program's scoreboard screen, year " + year);
            report.add(String.format(Locale.ROOT,
                    "first visit: Ctrl+4 to the %d rows in the table %.0f ms (screen built, scoreboard computed cold)",
                    t.getItems().size(), (shown - pressed) / 1e6));
            new Probe(t, seconds, report, done::countDown).start();
        });
    }

    static void bareTable(Path file, double seconds, boolean plain, boolean fixedCellSize, List<String> report,
                          CountDownLatch done) {
        ScoringService.ScoreboardData data;
        try (Workspace ws = ThiDua.open(file)) {
            data = ws.scoring().scoreboard(ScaleBench.lastSeason(ws));
        }
        vn.thidua.ui.Gui.renderingDefaults(); // as the program starts JavaFX
        Platform.startup(() -> {
            TableView<ScoreboardRow> table = table(data, plain);
            if (fixedCellSize) {
                table.setFixedCellSize(26);
            }
            Stage stage = new Stage();
            stage.setScene(new Scene(table, 1280, 720));
            stage.setTitle("Bảng điểm " + data.season().year());
            stage.show();
            report.add("a bare TableView, " + (plain ? "plain text" : "scoreboard rows")
                    + (fixedCellSize ? ", fixed cell size" : ""));
            new Probe(table, seconds, report, () -> {
                stage.hide();
                done.countDown();
            }).start();
        });
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    static TableView<ScoreboardRow> table(ScoringService.ScoreboardData data, boolean plain) {
        TableView<ScoreboardRow> t = new TableView<>();
        if (plain) {
            for (int i = 0; i < 17; i++) {
                t.getColumns().add(column("C" + i, r -> "x"));
            }
            t.getItems().setAll(data.rows());
            return t;
        }
        t.getColumns().add(column("Hạng", r -> String.valueOf(r.rank())));
        t.getColumns().add(column("Đơn vị", ScoreboardRow::unitName));
        for (CriterionGroup g : data.table().groups()) {
            t.getColumns().add(column(g.code(), r -> number(r.groupSubtotals().get(g.code()))));
        }
        t.getColumns().add(column("Cộng", r -> number(r.bonus())));
        t.getColumns().add(column("Trừ", r -> number(r.deduction())));
        t.getColumns().add(column("Tổng", r -> number(r.total())));
        t.getColumns().add(column("Xếp loại", r -> r.classification().name()));
        t.getColumns().add(column("Ghi chú", r -> String.join(", ", r.criteriaBelowMinimum())));
        t.getItems().setAll(data.rows());
        return t;
    }

    static String number(BigDecimal v) {
        return v == null ? "" : VnFormat.formatNumber(v);
    }

    static TableColumn<ScoreboardRow, String> column(String heading, Function<ScoreboardRow, String> value) {
        TableColumn<ScoreboardRow, String> c = new TableColumn<>(heading);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    /** Scrolls the table from the FX thread and keeps the time between consecutive frames. */
    static final class Probe extends AnimationTimer {
        private final TableView<?> table;
        private final long phaseNanos;
        private final List<String> report;
        private final Runnable finished;
        private final Random random = new Random(1);
        private final List<Long> smoothGaps = new ArrayList<>();
        private final List<Long> jumpGaps = new ArrayList<>();
        private long start;
        private long last;
        private double direction = 1;

        Probe(TableView<?> table, double seconds, List<String> report, Runnable finished) {
            this.table = table;
            this.phaseNanos = (long) (seconds / 2 * 1e9);
            this.report = report;
            this.finished = finished;
        }

        @Override
        public void handle(long now) {
            if (start == 0) {
                start = now;
                last = now;
                return;
            }
            long gap = now - last;
            last = now;
            long elapsed = now - start;
            // The first half second is the window settling, not scrolling.
            if (elapsed < 500_000_000L) {
                return;
            }
            VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
            if (elapsed < 500_000_000L + phaseNanos) {
                smoothGaps.add(gap);
                double moved = flow.scrollPixels(direction * 24);
                if (moved == 0) {
                    direction = -direction;
                }
            } else if (elapsed < 500_000_000L + 2 * phaseNanos) {
                jumpGaps.add(gap);
                table.scrollTo(random.nextInt(table.getItems().size()));
            } else {
                stop();
                report.add(String.format(Locale.ROOT, "rows %d, columns %d",
                        table.getItems().size(), table.getColumns().size()));
                report.add(describe("smooth scroll (24 px a frame, back and forth)", smoothGaps));
                report.add(describe("jump to a random row every frame", jumpGaps));
                finished.run();
            }
        }

        static String describe(String what, List<Long> gaps) {
            long[] g = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
            if (g.length == 0) {
                return what + ": no frames";
            }
            return String.format(Locale.ROOT, "%-48s frames %4d   gap ms: median %5.1f  p99 %6.1f  max %6.1f",
                    what, g.length, g[g.length / 2] / 1e6, g[(int) Math.min(g.length - 1, Math.floor(g.length * 0.99))] / 1e6,
                    g[g.length - 1] / 1e6);
        }
    }
}
