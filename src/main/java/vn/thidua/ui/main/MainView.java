package vn.thidua.ui.main;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.ui.common.DropDowns;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.RehearsalBand;
import vn.thidua.ui.common.Session;

/**
 * The main window's content: bloc and year chooser on top, navigation on the left, the chosen
 * screen in the middle, a status bar below. Ctrl+1…7 jump between the seven screens, in the list's order.
 */
public final class MainView {

    /** On the window's root while the chosen bloc is read only: read-only.css greys the fields that take no typing. */
    public static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("read-only");
    /** One line of 14 px Noto Sans with the 8 px above and below of app.css's #navigation .list-cell. */
    private static final double NAV_ROW_HEIGHT = 36;
    private final Session session;
    private final MainViewModel vm;
    private final List<Screen> screens;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ListView<Screen> nav = new ListView<>();
    private final HBox header;

    public MainView(Session session, MainViewModel vm, List<Screen> screens, Runnable openSettings,
            Consumer<Void> addBloc) {
        this.session = session;
        this.vm = vm;
        this.screens = screens;
        root.setId("mainWindow");
        root.getStylesheets().add(MainView.class.getResource("/vn/thidua/ui/read-only.css").toExternalForm());
        Listening.whileShown(root, session.readOnlyProperty(),
                () -> root.pseudoClassStateChanged(READ_ONLY, session.readOnly()));
        header = header(openSettings, addBloc);
        // While rehearsing, the band takes the top row, above the header: it covers nothing.
        root.setTop(new VBox(RehearsalBand.forOperator(session), header));
        root.setLeft(navigation());
        content.setPadding(new Insets(12));
        root.setCenter(content);
        root.setBottom(StatusArea.of(session, vm));
        nav.getSelectionModel().select(0);
    }

    public Parent node() {
        return root;
    }

    /** An action of a feature in the header, before the bloc chooser (e.g. the projector's). */
    public void addHeaderAction(Node action) {
        header.getChildren().add(2, action);
    }

    /** Keyboard paths to the screens, added to the scene by the window. */
    public void installShortcuts(Scene scene) {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int i = 0; i < screens.size() && i < digits.length; i++) {
            int index = i;
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    () -> nav.getSelectionModel().select(index));
        }
    }

    private HBox header(Runnable openSettings, Consumer<Void> addBloc) {
        Label app = new Label(session.t("app.title"));
        app.getStyleClass().add("app-title");
        ComboBox<Bloc> blocChooser = new ComboBox<>(vm.blocs());
        blocChooser.setId("blocChooser");
        blocChooser.valueProperty().bindBidirectional(vm.chosenBlocProperty());
        blocChooser.setConverter(DropDowns.showing(b -> b.code() + " – " + b.name()));
        blocChooser.setPrefWidth(360);
        ComboBox<Season> yearChooser = new ComboBox<>(vm.seasons());
        yearChooser.setId("yearChooser");
        yearChooser.valueProperty().bindBidirectional(vm.chosenSeasonProperty());
        yearChooser.setConverter(DropDowns.showing(s -> session.t("year.label", s.year())));
        Button addBlocButton = new Button(session.t("bloc.add"));
        addBlocButton.setId("addBloc");
        addBlocButton.setOnAction(e -> addBloc.accept(null));
        // The office, or a secretary with no bloc left to make: the server would refuse it.
        addBlocButton.disableProperty().bind(session.addsBlocsProperty().not());
        Button settings = new Button(session.t("settings.open"));
        settings.setId("settingsButton");
        settings.setOnAction(e -> openSettings.run());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label blocLabel = new Label(session.t("bloc.chooser"));
        blocLabel.setLabelFor(blocChooser);
        Label yearLabel = new Label(session.t("year.chooser"));
        yearLabel.setLabelFor(yearChooser);
        HBox bar = new HBox(8, app, spring, blocLabel, blocChooser, yearLabel, yearChooser, addBlocButton, settings);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("header");
        return bar;
    }

    private Node navigation() {
        nav.setId("navigation");
        nav.getItems().setAll(screens);
        nav.setPrefWidth(190);
        // The list ends at its last screen: no empty filler cells for the first frame to style (issue 18).
        nav.setFixedCellSize(NAV_ROW_HEIGHT);
        nav.maxHeightProperty().bind(Bindings.createDoubleBinding(
                () -> screens.size() * NAV_ROW_HEIGHT + nav.snappedTopInset() + nav.snappedBottomInset(),
                nav.insetsProperty()));
        nav.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Screen s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null
                        : (getIndex() + 1) + "  " + session.t(s.labelKey()));
                setId(empty || s == null ? null : "nav-" + s.id());
            }
        });
        nav.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                // A message belongs to the screen that gave it: it does not follow to the next one.
                if (a != null) {
                    session.statusProperty().set("");
                }
                Node screen = b.factory().get();
                content.getChildren().setAll(screen);
                // Ctrl+1…7 from anywhere: the keyboard goes into the screen just opened (Enter must not
                // open the header's menu). Moving through the list with the arrows keeps it there.
                Platform.runLater(() -> focusInto(screen));
            }
        });
        return nav;
    }

    /** The keyboard into the screen shown, once the window's content is in its scene (at start: when filled). */
    public void focusShownScreen() {
        if (!content.getChildren().isEmpty()) {
            focusInto(content.getChildren().get(0));
        }
    }

    private void focusInto(Node screen) {
        Scene scene = screen.getScene();
        if (scene == null || nav.isFocused()) {
            return;
        }
        for (Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n == screen) {
                return; // the screen has placed the keyboard itself
            }
        }
        firstFocusable(screen).ifPresent(Node::requestFocus);
    }

    private static Optional<Node> firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node instanceof Control && node.isFocusTraversable()) {
            return Optional.of(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

}
