package vn.thidua.ui.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.BallotKeys;
import vn.thidua.domain.voting.Candidate;
import vn.thidua.ui.main.MainWindow;

/** The secretary's moves on the elections screen, and what the projector window shows, for TestFX. */
public final class ElectionsUi {

    private final FxRobot robot;
    private final MainWindow window;
    private final Workspace ws;

    public ElectionsUi(FxRobot robot, MainWindow window, Workspace ws) {
        this.robot = robot;
        this.window = window;
        this.ws = ws;
    }

    /**
     * Waits until every background job has finished and its result is on screen. A job started from
     * another's result keeps the task runner busy in between, so one wait for idle is enough.
     */
    public void idle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.session().tasks().isIdle());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types as a quick secretary does; each key still goes through the window's event queue. */
    public void write(String text) {
        robot.write(text, 0);
    }

    public void key(KeyCode... keys) throws Exception {
        robot.type(keys);
        idle();
    }

    public void ctrl(KeyCode key) throws Exception {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        idle();
    }

    /** Puts the keyboard in a field and replaces what it holds. */
    public void fill(String query, String text) throws Exception {
        Node field = robot.lookup(query).query();
        robot.interact(field::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
        idle();
    }

    /** Puts the keyboard on a control and presses a key there (Space ticks a box). */
    public void press(String query, KeyCode key) throws Exception {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        key(key);
    }

    /**
     * With -Dthidua.screenshots=DIR, saves what the operator's window and the projector window
     * show (to look at; headless runs have no screen to photograph).
     */
    public void snapshot(String name) throws Exception {
        String folder = System.getProperty("thidua.screenshots", "");
        if (folder.isBlank()) {
            return;
        }
        Path dir = Path.of(folder);
        Files.createDirectories(dir);
        save(window.stage().getScene(), dir.resolve(name + "-operator.png"));
        if (window.projectorWindow().stage().isShowing()) {
            save(window.projectorWindow().stage().getScene(), dir.resolve(name + "-projector.png"));
        }
    }

    private void save(Scene scene, Path file) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    /** The laptop's 1366×768, narrowed to the headless screen's 1280: what is whole here is whole there. */
    public void laptopSize() {
        robot.interact(() -> {
            window.stage().setX(0);
            window.stage().setY(0);
            window.stage().setWidth(1280);
            window.stage().setHeight(768);
        });
    }

    /** Ctrl+5, the elections screen. */
    public void openElectionsScreen() throws Exception {
        ctrl(KeyCode.DIGIT5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#electionsTable").tryQuery().isPresent());
        idle();
    }

    /** Types one paper's keys and Enter, as read aloud; waits until it is on disk and shown. */
    public void ballot(String keys) throws Exception {
        if (!keys.isEmpty()) {
            write(keys);
        }
        robot.type(KeyCode.ENTER);
        if (keys.isEmpty()) {
            // A paper that approves nobody is entered by a second Enter.
            assertThat(visible("#blankConfirm")).isTrue();
            robot.type(KeyCode.ENTER);
        }
        // Enter queued the paper on the data thread: once that is idle, its result is on screen.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.session().tasks().isIdle());
        WaitForAsyncUtils.waitForFxEvents();
    }

    public String text(String query) {
        return spaced(robot.lookup(query).queryAs(Labeled.class).getText());
    }

    /** As read: the result line's unbreakable spaces (names kept whole) read as spaces. */
    private static String spaced(String s) {
        return s == null ? null : s.replace('\u00A0', ' ');
    }

    public boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** The words a combo box shows for its value. */
    public String comboText(String query) {
        ComboBox<?> c = robot.lookup(query).queryAs(ComboBox.class);
        return comboWords(c);
    }

    private static <T> String comboWords(ComboBox<T> c) {
        return c.getConverter().toString(c.getValue());
    }

    public String inputText(String query) {
        return robot.lookup(query).queryTextInputControl().getText();
    }

    /** A node of the projector window itself (not the operator's preview). */
    public String projector(String id) {
        return spaced(robot.from(window.projectorWindow().stage().getScene().getRoot()).lookup(id)
                .queryAs(Labeled.class).getText());
    }

    public boolean projectorHas(String id) {
        return robot.from(window.projectorWindow().stage().getScene().getRoot()).lookup(id).tryQuery().isPresent();
    }

    /** A node of the operator's small preview of the projector. */
    public String preview(String id) {
        return spaced(robot.from(robot.lookup("#projectorPreview").<Node>query()).lookup(id).queryAs(Labeled.class).getText());
    }

    public boolean previewHas(String id) {
        return robot.from(robot.lookup("#projectorPreview").<Node>query()).lookup(id).tryQuery().isPresent();
    }

    /** Whether a node of the preview is drawn: in the scene, visible, of some size, inside the preview. */
    public boolean previewShows(String id) {
        return shows(robot.lookup("#projectorPreview").query(), id);
    }

    /** The same on the room's window. */
    public boolean projectorShows(String id) {
        return shows(window.projectorWindow().stage().getScene().getRoot(), id);
    }

    private boolean shows(Node preview, String id) {
        return robot.from(preview).lookup(id).tryQuery().map(n -> {
            Bounds b = n.localToScene(n.getLayoutBounds());
            Bounds p = preview.localToScene(preview.getLayoutBounds());
            return n.isVisible() && n.getScene() != null && b.getWidth() > p.getWidth() / 2
                    && b.getHeight() > 10 && p.intersects(b);
        }).orElse(false);
    }

    public Season year2019() {
        return ws.blocs().requireSeason(ws.blocs().requireBloc(SampleBloc.BLOC_CODE), SampleBloc.YEAR);
    }

    public StoredElection latestElection() {
        List<StoredElection> all = ws.elections().elections(year2019());
        return all.get(all.size() - 1);
    }

    /** Unit code → the key typed for it in this election. */
    public static Map<String, String> keysByCode(StoredElection e) {
        Map<String, String> keys = new LinkedHashMap<>();
        List<Candidate> candidates = e.settings().candidates();
        for (int i = 0; i < candidates.size(); i++) {
            keys.put(candidates.get(i).code(), BallotKeys.keyOf(i));
        }
        return keys;
    }

    /** One row of a sample ballots.csv: the codes it approves, or SPOILED. */
    record Paper(List<String> codes, boolean spoiled) {
    }

    static List<Paper> papers(String fileName) {
        List<Paper> out = new ArrayList<>();
        String[] lines = SampleBloc.ballotsCsv(fileName).split("\\R");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String approve = lines[i].substring(lines[i].indexOf(',') + 1).trim();
            boolean spoiled = approve.equals("SPOILED");
            out.add(new Paper(spoiled || approve.isEmpty() ? List.of() : List.of(approve.split(";")), spoiled));
        }
        return out;
    }

    /** The keys the secretary types for a paper. */
    static String keysFor(Paper p, Map<String, String> keys) {
        if (p.spoiled()) {
            return "H";
        }
        StringBuilder sb = new StringBuilder();
        p.codes().forEach(c -> sb.append(keys.get(c)));
        return sb.toString();
    }

    /** Votes per code after the first {@code n} papers, counted here without the program's tally. */
    static Map<String, Integer> expectedVotes(List<Paper> papers, int n, int seats, Map<String, String> keys) {
        Map<String, Integer> votes = new HashMap<>();
        keys.keySet().forEach(c -> votes.put(c, 0));
        for (Paper p : papers.subList(0, n)) {
            if (!p.spoiled() && p.codes().size() <= seats && keys.keySet().containsAll(p.codes())) {
                p.codes().forEach(c -> votes.merge(c, 1, Integer::sum));
            }
        }
        return votes;
    }
}
