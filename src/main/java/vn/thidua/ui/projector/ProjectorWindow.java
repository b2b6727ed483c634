package vn.thidua.ui.projector;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.thidua.ui.common.RehearsalBand;
import vn.thidua.ui.common.Session;

/**
 * The room's window: full screen on the projector when there is a second screen (the one chosen
 * last time, remembered on this laptop), a window on the laptop when there is not. It follows the
 * cable: unplugged, it comes back to the laptop as a window with the same picture; plugged in
 * again, it returns to the projector. It opens and closes as the ViewModel says.
 */
public final class ProjectorWindow {

    /** Preference: the bounds of the screen chosen as projector, "x,y,width,height". */
    public static final String SCREEN_PREFERENCE = "projector.screen";
    /** Preference: the corner of the laptop's screen for the window when there is no second screen. */
    public static final String CORNER_PREFERENCE = "projector.corner";
    private static final Logger LOG = Logger.getLogger(ProjectorWindow.class.getName());
    private final ProjectorViewModel vm;
    private final Session session;
    private final Supplier<Stage> operator;
    private final Stage stage = new Stage();
    private ProjectorPlacement placement;

    public ProjectorWindow(ProjectorViewModel vm, ProjectorScoreboard scoreboard, Session session, Supplier<Stage> operator) {
        this.vm = vm;
        this.session = session;
        this.operator = operator;
        ProjectorView view = new ProjectorView(vm, scoreboard, session);
        view.node().setId("projectorWindowRoot");
        // While rehearsing, the band takes a row of its own above the picture (RehearsalBand).
        Parent root = view.node();
        if (RehearsalBand.rehearsing(session)) {
            BorderPane framed = new BorderPane(view.node());
            framed.setTop(RehearsalBand.forProjector(session));
            framed.setId("projectorRehearsalFrame");
            root = framed;
        }
        Scene scene = new Scene(root, ProjectorViewModel.DEFAULT_WIDTH * 0.75, ProjectorViewModel.DEFAULT_HEIGHT * 0.75,
                Color.BLACK);
        stage.setScene(scene);
        stage.setTitle(session.t("projector.windowTitle"));
        // In front of the room, a stray Esc must not drop the projector out of full screen.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setOnHidden(e -> vm.windowClosed());
        scene.addEventFilter(KeyEvent.ANY, this::forwardToOperator);
        stage.widthProperty().addListener((o, a, b) -> reportPlace());
        stage.heightProperty().addListener((o, a, b) -> reportPlace());
        vm.openProperty().addListener((o, a, open) -> {
            if (open) {
                show();
            } else {
                stage.hide();
            }
        });
        Screen.getScreens().addListener((ListChangeListener<Screen>) c -> {
            // The list is replaced as a whole; place once the change is complete.
            Platform.runLater(this::place);
        });
    }

    public Stage stage() {
        return stage;
    }

    /** Where the window is now; null before it is first shown. */
    public ProjectorPlacement placement() {
        return placement;
    }

    private void show() {
        if (!stage.isShowing()) {
            stage.show();
        }
        place();
    }

    /**
     * The projector moves on to the next second screen (with three or more screens), or, when the laptop
     * is alone, its window to the next corner of the screen; remembered either way.
     */
    public void nextScreen() {
        List<Rectangle2D> screens = bounds();
        Optional<String> next = ProjectorPlacement.nextScreenKey(screens, Screen.getPrimary().getBounds(), remembered());
        if (next.isPresent()) {
            session.preferences().put(SCREEN_PREFERENCE, next.get());
        } else {
            session.preferences().put(CORNER_PREFERENCE, corner().next().name());
        }
        place();
    }

    private ProjectorPlacement.Corner corner() {
        return ProjectorPlacement.Corner.parse(session.preferences().get(CORNER_PREFERENCE).orElse(null));
    }

    private Optional<String> remembered() {
        return session.preferences().get(SCREEN_PREFERENCE);
    }

    private static List<Rectangle2D> bounds() {
        return Screen.getScreens().stream().map(Screen::getBounds).toList();
    }

    /** Puts the window where it belongs on the screens there are now. */
    void place() {
        if (!stage.isShowing()) {
            return;
        }
        ProjectorPlacement p = ProjectorPlacement.choose(bounds(), Screen.getPrimary().getBounds(), remembered(), corner());
        placement = p;
        Rectangle2D b = p.bounds();
        if (p.fullScreen()) {
            session.preferences().put(SCREEN_PREFERENCE, p.key());
            // Out of full screen first: a window manager makes a window full screen on the screen it is on.
            if (stage.isFullScreen()) {
                stage.setFullScreen(false);
            }
            stage.setAlwaysOnTop(false);
            setBounds(b);
            stage.setFullScreen(true);
            // Without a window manager full screen does not resize: the bounds do it.
            setBounds(b);
        } else {
            stage.setFullScreen(false);
            // A small window in a corner, kept above the operator's window, which keeps the keyboard.
            stage.setAlwaysOnTop(true);
            setBounds(b);
        }
        LOG.info(() -> "Projector placed at " + b + (p.fullScreen() ? " (full screen)" : " (window)"));
        reportPlace();
        // Ballots are typed in the operator's window: the keyboard goes back there at once. Keys typed
        // while a window manager still gives it to the room's window reach it anyway (forwardToOperator).
        giveFocusBack();
    }

    private void setBounds(Rectangle2D b) {
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
    }

    private void reportPlace() {
        if (placement == null || !stage.isShowing()) {
            return;
        }
        Rectangle2D b = placement.bounds();
        String where = placement.fullScreen()
                ? session.t("projector.placement.fullScreen", placement.screenIndex(), (int) b.getWidth(), (int) b.getHeight())
                : session.t("projector.placement.window");
        double w = stage.getScene().getWidth();
        double h = stage.getScene().getHeight();
        vm.windowPlaced(where, w, h);
    }

    /**
     * The operator keeps the keyboard: ballots are being typed there. On the laptop's only screen the
     * room's window stays above it by "always on top" (a window manager's doing: without one, focusing
     * the operator's window raises it over the room's; raising the room's again took the keyboard).
     */
    private void giveFocusBack() {
        Stage op = operator.get();
        if (op != null && op.isShowing()) {
            op.requestFocus();
            Platform.runLater(op::requestFocus);
        }
    }

    /**
     * Whatever a window manager does with the keyboard, keys typed while the room's window has it
     * go to the operator's window as if typed there: its shortcuts first, then the focused field.
     * The room's window has nothing to type into.
     */
    private void forwardToOperator(KeyEvent e) {
        Stage op = operator.get();
        Scene target = op == null ? null : op.getScene();
        if (target == null) {
            return;
        }
        e.consume();
        if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            for (Map.Entry<KeyCombination, Runnable> a : target.getAccelerators().entrySet()) {
                if (a.getKey().match(e)) {
                    a.getValue().run();
                    return;
                }
            }
        }
        Node focused = target.getFocusOwner() != null ? target.getFocusOwner() : target.getRoot();
        Event.fireEvent(focused, e.copyFor(focused, focused));
    }
}
