package vn.thidua.bench;

import com.sun.javafx.tk.TKPulseListener;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.robot.Robot;
import javafx.stage.Window;
import vn.thidua.ThiDua;
import vn.thidua.app.ElectionService;
import vn.thidua.app.Preferences;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.store.DataFileTool;
import vn.thidua.store.H2Recovery;

/**
 * How long the room waits for a paper: from the key event that enters it (the Enter typed in the
 * ballot field of the counting screen) to the end of the pulse that first brings the projector's
 * window the new count. The real program (Gui, the composition root's window wiring) on a data file made
 * here: one election of 15 candidates with {@code BEFORE} papers already entered (through
 * ElectionService), shown on the counting screen (Ctrl+5, Enter) and on the room's window (F5, F7).
 * The papers are typed with JavaFX's glass robot, so each key goes through the X server and the
 * toolkit's event loop as a secretary's would. Figures, no assertions: bench/projector-latency.sh
 * runs it under Xvfb.
 *
 * <pre>
 *   ProjectorLatencyBench DIR BEFORE [PAPERS] [--fire]
 * </pre>
 * DIR is emptied and gets the data file. Papers are typed one at a time: the next one after the
 * room's window shows the last one and a pause (as a secretary reads the echo), so each figure is
 * one paper's delay, not a queue's. {@code --fire} fires the KeyEvents on the focused field instead
 * of the robot (for a display where the robot's keys do not arrive).
 *
 * <p>The end mark: the room's own stage (found by its root's id, not the operator's preview) is
 * watched in {@code Scene.addPostLayoutPulseListener} for the first pulse whose laid-out scene has a new
 * text in {@code #projectorCounter}; the mark is taken at that pulse's end, once every scene is copied
 * to the render graph (Toolkit's post-scene pulse listener: the toolkit pulses its scenes in no fixed
 * order, and the renderer paints after the last). The painting itself, on the render thread right
 * after (a few ms in software, see the pulse logger), is not in the figure.
 */
public final class ProjectorLatencyBench {

    static final int CANDIDATES = 15;
    static final int SEATS = 3;
    static final String BLOC = "PL";
    static final int YEAR = 2025;
    /** A secretary reads the echo of a paper before the next: the pause between papers. */
    static final long PAUSE_MS = 150;

    private static TKPulseListener pulseEnd;

    private ProjectorLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int before = Integer.parseInt(args[1]);
        int papers = args.length > 2 && !args[2].startsWith("--") ? Integer.parseInt(args[2]) : 200;
        boolean fire = List.of(args).contains("--fire");
        Path file = prepare(dir, before, papers);
        List<String> report = new ArrayList<>();
        int code = 0;
        try {
            run(file, before, papers, fire, report);
        } catch (Exception e) {
            e.printStackTrace();
            code = 1;
        }
        // Windows hidden before the JVM exits: exiting under a showing window left a last repaint
        // to a renderer already shut down (ScoreboardScrollBench).
        try {
            onFx(() -> {
                List.copyOf(Window.getWindows()).forEach(Window::hide);
                return null;
            });
        } catch (Exception ignored) {
            // JavaFX never started
        }
        Platform.exit();
        report.forEach(System.out::println);
        System.exit(code);
    }

    /** A bloc of 15 units, one year, one open election of all 15 with {@code before} papers entered. */
    static Path prepare(Path dir, int before, int papers) throws Exception {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("kiemphieu.mv.db");
        try (Workspace ws = ThiDua.open(file)) {
            Bloc bloc = ws.blocs().addBloc(BLOC, "Khối thi đua đo độ trễ máy chiếu");
            Season season = ws.blocs().startYear(bloc.id(), YEAR);
            for (int u = 1; u <= CANDIDATES; u++) {
                ws.blocs().addUnit(season, new UnitDraft(String.format(Locale.ROOT, "DV%02d", u),
                        String.format(Locale.ROOT, "Sở mô phỏng số %02d tỉnh Hà Nam Ninh", u),
                        String.format(Locale.ROOT, "SMP %02d", u)));
            }
            List<Long> candidates = ws.blocs().members(season).stream().map(Unit::id).toList();
            long id = ws.elections().create(season, new ElectionService.Draft("Cờ thi đua của UBND tỉnh (đo độ trễ)",
                    SEATS, ThresholdOperator.GT, BigDecimal.valueOf(50), Base.VALID, before + papers + 50,
                    candidates, null, false));
            if (before > 0) {
                Random random = new Random(2025);
                List<Ballot> ballots = new ArrayList<>();
                for (int n = 1; n <= before; n++) {
                    ballots.add(random.nextInt(100) < 2 ? Ballot.spoiled(n) : Ballot.marked(n, marks(random, candidates)));
                }
                // One call of the app layer, one transaction: typing them one durable write apiece
                // would only make the preparation long; the papers stored are the same.
                ws.elections().importBallots(id, ballots);
            }
        }
        Preferences prefs = Preferences.besideData(file);
        prefs.put("lastBloc", BLOC);
        prefs.put("lastYear", String.valueOf(YEAR));
        return file;
    }

    static Set<Long> marks(Random random, List<Long> candidates) {
        Set<Long> approved = new LinkedHashSet<>();
        int marks = 1 + random.nextInt(SEATS);
        while (approved.size() < marks) {
            approved.add(candidates.get(random.nextInt(candidates.size())));
        }
        return approved;
    }

    static void run(Path file, int before, int papers, boolean fire, List<String> report) throws Exception {
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
        Scene main = waitFor("the main window", 60_000, () -> Window.getWindows().stream()
                .map(Window::getScene)
                .filter(sc -> sc != null && sc.lookup("#mainWindow") != null)
                .findFirst().orElse(null));
        Thread.sleep(500);

        // Bầu suy tôn (Ctrl+5), the election selected, Kiểm phiếu.
        onFx(() -> {
            main.getAccelerators().get(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN)).run();
            return null;
        });
        waitFor("the list of elections", 30_000, () -> {
            TableView<?> t = (TableView<?>) main.lookup("#electionsTable");
            return t != null && !t.getItems().isEmpty() && !t.getSelectionModel().isEmpty() ? t : null;
        });
        onFx(() -> {
            ((Button) main.lookup("#openCount")).fire();
            return null;
        });
        String firstCount = String.valueOf(before);
        waitFor("the counting screen", 60_000, () -> {
            Label returned = (Label) main.lookup("#countReturned");
            return returned != null && returned.getText().equals(firstCount) ? returned : null;
        });

        // The room's window (F5) showing the count (F7).
        onFx(() -> {
            main.getAccelerators().get(new KeyCodeCombination(KeyCode.F5)).run();
            main.getAccelerators().get(new KeyCodeCombination(KeyCode.F7)).run();
            return null;
        });
        Scene room = waitFor("the projector's window", 30_000, () -> Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(Window::getScene)
                .filter(sc -> sc != null && sc.getRoot() != null && "projectorWindowRoot".equals(sc.getRoot().getId()))
                .filter(sc -> sc.lookup("#projectorCount") != null && sc.lookup("#projectorCounter") != null)
                .findFirst().orElse(null));
        String roomSize = onFx(() -> String.format(Locale.ROOT, "%.0f × %.0f", room.getWidth(), room.getHeight()));
        TextField input = waitFor("the ballot field", 10_000, () -> (TextField) main.lookup("#ballotInput"));
        Thread.sleep(500);

        // Marks: the Enter as the toolkit dispatches it (a filter on both windows' scenes: keys
        // typed while the room's window has the keyboard are forwarded to the operator's), and the
        // end of the first pulse in which the room's window holds a new counter.
        AtomicLong keyAt = new AtomicLong();
        AtomicLong shownAt = new AtomicLong();
        AtomicLong changedAt = new AtomicLong();
        AtomicLong pulseAt = new AtomicLong();
        AtomicLong roomLaidOut = new AtomicLong();
        AtomicReference<String> counterBefore = new AtomicReference<>();
        AtomicReference<String> counterShown = new AtomicReference<>();
        InvalidationListener countApplied = o -> {
            if (counterBefore.get() != null && keyAt.get() != 0) {
                changedAt.compareAndSet(0, System.nanoTime());
            }
        };
        EventHandler<KeyEvent> enterMark = e -> {
            if (e.getCode() == KeyCode.ENTER && counterBefore.get() != null) {
                keyAt.compareAndSet(0, System.nanoTime());
            }
        };
        onFx(() -> {
            main.addEventFilter(KeyEvent.KEY_PRESSED, enterMark);
            room.addEventFilter(KeyEvent.KEY_PRESSED, enterMark);
            // When the new count enters the room's scene graph (the data thread's result applied on
            // the FX thread): splits the delay into the data thread's part and the pulse's.
            // A page drawn anew changes the projector's children; a page updated in place, its counter's text.
            ((Pane) room.lookup(".projector")).getChildren().addListener(
                    (ListChangeListener<Node>) c -> countApplied.invalidated(null));
            // The pulse that follows: its first scene's pre-layout mark. The toolkit pulses its scenes
            // in no fixed order (a WeakHashMap), the operator's before or after the room's.
            Runnable pulseStart = () -> {
                if (changedAt.get() != 0) {
                    pulseAt.compareAndSet(0, System.nanoTime());
                }
            };
            main.addPreLayoutPulseListener(pulseStart);
            room.addPreLayoutPulseListener(pulseStart);
            // The room's laid-out scene holds the new counter: this pulse carries it to the renderer.
            room.addPostLayoutPulseListener(() -> {
                String before1 = counterBefore.get();
                if (before1 == null || keyAt.get() == 0 || roomLaidOut.get() != 0) {
                    return;
                }
                Label counter = (Label) room.lookup("#projectorCounter");
                if (counter != null && !counter.getText().equals(before1)) {
                    roomLaidOut.set(System.nanoTime());
                    counterShown.set(counter.getText());
                }
            });
            // The end mark: that pulse's end, once every scene (whichever came last) is copied to the
            // render graph; the renderer paints both windows right after. Toolkit's post-scene pulse
            // listener is internal API (the bench runs on the class path, where it is reachable).
            // The toolkit holds its pulse listeners weakly: this class keeps it.
            pulseEnd = () -> {
                if (counterBefore.get() != null && roomLaidOut.get() != 0) {
                    shownAt.compareAndSet(0, System.nanoTime());
                }
            };
            com.sun.javafx.tk.Toolkit.getToolkit().addPostSceneTkPulseListener(pulseEnd);
            return null;
        });

        Robot robot = fire ? null : onFx(Robot::new);
        if (robot != null) {
            // Without a window manager the keyboard follows the pointer: over the ballot field.
            onFx(() -> {
                Bounds b = input.localToScreen(input.getBoundsInLocal());
                robot.mouseMove(b.getCenterX(), b.getCenterY());
                robot.mouseClick(MouseButton.PRIMARY);
                return null;
            });
            Thread.sleep(300);
        }

        Random random = new Random(18);
        long[] latency = new long[papers];
        long[] toSceneGraph = new long[papers];
        long[] toPulse = new long[papers];
        long[] toRoom = new long[papers];
        String lastShown = "";
        for (int p = 0; p < papers; p++) {
            String keys = paperKeys(random);
            // Reset on the FX thread, between two pulses.
            String now = onFx(() -> {
                keyAt.set(0);
                changedAt.set(0);
                pulseAt.set(0);
                roomLaidOut.set(0);
                shownAt.set(0);
                Label counter = (Label) room.lookup("#projectorCounter");
                counter.textProperty().removeListener(countApplied);
                counter.textProperty().addListener(countApplied);
                return counter.getText();
            });
            for (char c : keys.toCharArray()) {
                type(robot, main, keyCode(c), String.valueOf(c));
            }
            String typed = keys;
            waitFor("the keys of paper " + (p + 1) + " in the field", 5_000,
                    () -> typed.equals(input.getText()) ? Boolean.TRUE : null);
            counterBefore.set(now);
            type(robot, main, KeyCode.ENTER, "\r");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (shownAt.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            if (shownAt.get() == 0 || keyAt.get() == 0) {
                throw new IllegalStateException("paper " + (p + 1) + ": the projector did not change within 30 s"
                        + " (Enter seen: " + (keyAt.get() != 0) + ", counter " + now + ")");
            }
            counterBefore.set(null);
            latency[p] = shownAt.get() - keyAt.get();
            toSceneGraph[p] = (changedAt.get() == 0 ? shownAt.get() : changedAt.get()) - keyAt.get();
            toPulse[p] = (pulseAt.get() == 0 ? shownAt.get() : pulseAt.get()) - keyAt.get();
            toRoom[p] = roomLaidOut.get() - keyAt.get();
            lastShown = counterShown.get();
            Thread.sleep(PAUSE_MS);
        }
        String finalCounter = lastShown;
        Label returned = (Label) main.lookup("#countReturned");
        String entered = onFx(returned::getText);

        report.add(String.format(Locale.ROOT, "%d papers typed (%s), %d already entered, %d candidates; room's window %s;"
                        + " counter now \"%s\", operator's returned %s",
                papers, fire ? "KeyEvents fired on the field" : "glass robot", before, CANDIDATES, roomSize,
                finalCounter, entered));
        report.add(describe(before, latency));
        report.add(String.format(Locale.ROOT, "      Enter to the new count in the room's scene graph (the data thread: durable write,"
                + " reload, tally; then the FX thread applies it): median %.0f ms, p99 %.0f ms",
                median(toSceneGraph), percentile(toSceneGraph, 0.99)));
        report.add(String.format(Locale.ROOT, "      Enter to the start of the pulse that carries it: median %.0f ms, p99 %.0f ms;"
                + " to the room's scene laid out in it: median %.0f ms (the pulse: CSS, layout and copy to the"
                + " renderer of both windows, in no fixed order)",
                median(toPulse), percentile(toPulse, 0.99), median(toRoom)));
        report.add(String.format(Locale.ROOT, "median %.0f ms, p99 %.0f ms", median(latency), percentile(latency, 0.99)));
    }

    static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] / 1e6 : (s[n / 2 - 1] + s[n / 2]) / 2e6;
    }

    /** The nearest-rank percentile: of 200 papers, p99 is the 198th. */
    static double percentile(long[] nanos, double q) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(s.length * q) - 1] / 1e6;
    }

    /** 1 to 3 candidates' keys, sometimes a spoiled paper (H), as a count goes. */
    static String paperKeys(Random random) {
        if (random.nextInt(100) < 2) {
            return "H";
        }
        Set<Character> keys = new LinkedHashSet<>();
        int marks = 1 + random.nextInt(SEATS);
        while (keys.size() < marks) {
            keys.add("123456789ABCDEF".charAt(random.nextInt(CANDIDATES)));
        }
        StringBuilder s = new StringBuilder();
        keys.forEach(s::append);
        return s.toString();
    }

    static KeyCode keyCode(char c) {
        return Character.isDigit(c) ? KeyCode.valueOf("DIGIT" + c) : KeyCode.valueOf(String.valueOf(c));
    }

    /** One key: through the X server with the robot, or fired on the operator's focused node. */
    static void type(Robot robot, Scene main, KeyCode code, String text) throws Exception {
        onFx(() -> {
            if (robot != null) {
                robot.keyType(code);
                return null;
            }
            Node target = main.getFocusOwner();
            boolean letter = code != KeyCode.ENTER;
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
            if (letter) {
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, text, "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
            return null;
        });
    }

    static String describe(int before, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%5d papers before, Enter to the end of the pulse that brings the room the new count: first %.0f ms, min %.0f,"
                        + " median %.0f ms, p90 %.0f, p99 %.0f ms, max %.0f",
                before, nanos[0] / 1e6, sorted[0] / 1e6, median(nanos), percentile(nanos, 0.90), percentile(nanos, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }

    /** Polls on the FX thread until {@code probe} gives something. */
    static <T> T waitFor(String what, long millis, Callable<T> probe) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            try {
                T found = onFx(probe);
                if (found != null) {
                    return found;
                }
            } catch (IllegalStateException e) {
                // JavaFX not started yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(what + " did not appear within " + millis + " ms");
    }
}
