package vn.thidua.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import vn.thidua.app.DataLocation;
import vn.thidua.app.Texts;
import vn.thidua.ui.common.Lazy;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.elections.ElectionsView;
import vn.thidua.ui.elections.ElectionsViewModel;
import vn.thidua.ui.indicators.IndicatorsView;
import vn.thidua.ui.projector.ProjectorControls;
import vn.thidua.ui.projector.ProjectorMenu;
import vn.thidua.ui.projector.ProjectorScoreboard;
import vn.thidua.ui.projector.ProjectorViewModel;
import vn.thidua.ui.projector.ProjectorWindow;
import vn.thidua.ui.province.ProvinceScreen;
import vn.thidua.ui.reports.ReportsView;
import vn.thidua.ui.scoreboard.ProjectedScoreboard;
import vn.thidua.ui.scoreboard.ScoreboardView;
import vn.thidua.ui.scoring.ScoringView;
import vn.thidua.ui.units.UnitsView;
import vn.thidua.ui.units.UnitsViewModel;

/**
 * The main stage: builds the screens over one session and rebuilds them when the language
 * changes (the data stays where it is; only the words change).
 */
public final class MainWindow {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 720;
    private final Stage stage;
    private final Session session;
    private final MainViewModel vm;
    private final Scene scene;
    private final UnitsViewModel units;
    private final ProjectorViewModel projector;
    private final ProjectorScoreboard projectorScoreboard;
    private final ProjectorWindow projectorWindow;
    // Made on the first visit to Bầu suy tôn and kept (a count in progress survives a change of language).
    private final Lazy<ElectionsViewModel> elections;
    private Runnable passwordChange;
    private Consumer<Path> restore;
    private Consumer<OptionalInt> rehearse;
    private Runnable endRehearsal;
    private BiConsumer<DataLocation.Server, char[]> openServer;
    private Consumer<Path> openFile;

    private static final String START_SCENE = "thidua.startScene";

    /** The window's scene while the data opens; the first main window takes it over. */
    public static Scene startScene(Parent content) {
        Scene scene = new Scene(content, WIDTH, HEIGHT);
        scene.getProperties().put(START_SCENE, Boolean.TRUE);
        return scene;
    }

    public MainWindow(Stage stage, Session session) {
        this.stage = stage;
        this.session = session;
        this.vm = new MainViewModel(session);
        this.units = new UnitsViewModel(session);
        this.projector = new ProjectorViewModel(session);
        this.projectorScoreboard = new ProjectorScoreboard(() -> session.t("projector.scoreboardMissing"));
        // "Chiếu bảng điểm": the chosen year's scoreboard, in large type, following every change.
        projectorScoreboard.plug(new ProjectedScoreboard(session)::newNode);
        this.projectorWindow = new ProjectorWindow(projector, projectorScoreboard, session, () -> stage);
        this.elections = Lazy.of(() -> new ElectionsViewModel(session, projector));
        // The start-up scene is taken over: a second scene would be a second window-sized buffer and
        // a second round of CSS set-up (docs/decisions/0004). Any other scene is replaced.
        Scene current = stage.getScene();
        boolean start = current != null && current.getProperties().remove(START_SCENE) != null;
        if (start) {
            this.scene = current;
        } else {
            this.scene = new Scene(new Pane(), WIDTH, HEIGHT);
            stage.setScene(scene);
        }
        scene.getStylesheets().add(MainWindow.class.getResource("/vn/thidua/ui/app.css").toExternalForm());
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        MainView view = build(!start);
        vm.load();
        if (start) {
            showWhenFilled(view);
        }
    }

    /**
     * At start the window keeps its "opening" content until the first screen holds the chosen year's
     * data, then takes the main window in one piece: one style and layout pass over the filled window,
     * not one over it empty and another when the data comes (issue 18; bench/RESULTS.md). The window's
     * start-up jobs (blocs, years, the first screen's rows, the audit chain's check) are queued by then,
     * so the data thread idle means their results are in the nodes.
     */
    private void showWhenFilled(MainView view) {
        Runnable show = () -> {
            scene.setRoot(view.node());
            view.focusShownScreen();
        };
        if (session.tasks().isIdle()) {
            show.run();
            return;
        }
        session.tasks().busyProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean busy) {
                if (!busy) {
                    o.removeListener(this);
                    show.run();
                }
            }
        });
    }

    private MainView build(boolean show) {
        // On a server the title says which server and database, as the status bar does.
        stage.setTitle(session.onServer() ? session.t("server.windowTitle", session.t("app.windowTitle"),
                session.where()) : session.t("app.windowTitle"));
        List<Screen> screens = List.of(
                new Screen("nav.units", "units", () -> new UnitsView(units, session).node()),
                new Screen("nav.indicators", "indicators", IndicatorsView.screen(session)),
                new Screen("nav.scoring", "scoring", ScoringView.screen(session)),
                new Screen("nav.scoreboard", "scoreboard", ScoreboardView.screen(session)),
                new Screen("nav.elections", "elections", Lazy.of(
                        () -> new ElectionsView(elections.get(), session, projectorControls()).node())),
                new Screen("nav.reports", "reports", ReportsView.screen(session)),
                new Screen("nav.province", "province", ProvinceScreen.screen(session)));
        MainView view = new MainView(session, vm, screens, this::openSettings, v -> addBloc());
        scene.getAccelerators().clear();
        view.installShortcuts(scene);
        projectorControls().installShortcuts(scene);
        view.addHeaderAction(new ProjectorMenu(projector, session).node());
        // Read when chosen: the window's owner offers the actions after the window is built.
        RehearsalMenu rehearsal = new RehearsalMenu(session, stage, year -> {
            if (rehearse != null) {
                rehearse.accept(year);
            }
        }, () -> {
            if (endRehearsal != null) {
                endRehearsal.run();
            }
        });
        rehearsal.installShortcut(scene);
        scene.getAccelerators().put(ServerDialog.KEY, this::chooseServer);
        scene.getAccelerators().put(DataFileChoice.KEY, this::chooseFile);
        view.addHeaderAction(rehearsal.node());
        if (show) {
            scene.setRoot(view.node());
        }
        return view;
    }

    private ProjectorControls projectorControls() {
        return new ProjectorControls(projector, projectorScoreboard, session, projectorWindow::nextScreen);
    }

    /** The room's window (one for the whole session; it follows the projector's ViewModel). */
    public ProjectorWindow projectorWindow() {
        return projectorWindow;
    }

    /** Where the scoreboard's large-type node is plugged in for "Chiếu bảng điểm". */
    public ProjectorScoreboard projectorScoreboard() {
        return projectorScoreboard;
    }

    private void addBloc() {
        Dialog<String[]> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(session.t("bloc.add.title"));
        TextField code = new TextField();
        code.setId("newBlocCode");
        TextField name = new TextField();
        name.setId("newBlocName");
        name.setPrefColumnCount(30);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(session.t("bloc.code")), code);
        grid.addRow(1, new Label(session.t("bloc.name")), name);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(session.t("action.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(session.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(b -> b == ok ? new String[] {code.getText(), name.getText()} : null);
        dialog.setOnShown(e -> code.requestFocus());
        dialog.showAndWait().ifPresent(r -> vm.addBloc(r[0], r[1]));
    }

    private void openSettings() {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(session.t("settings.title"));
        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(vm.languages());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : session.t("settings.language." + s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        language.setValue(session.texts().language());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.addRow(0, new Label(session.t("settings.language")), language);
        Button backup = new Button(session.t("backup.now"));
        backup.setId("backupNow");
        backup.setOnAction(e -> {
            dialog.close();
            backupToChosenFolder();
        });
        Button restoreButton = new Button(session.t("backup.restore"));
        restoreButton.setId("restoreBackup");
        restoreButton.setDisable(restore == null);
        restoreButton.setOnAction(e -> {
            dialog.close();
            restoreFromChosenFile();
        });
        grid.setVgap(10);
        grid.addRow(2, new Label(session.t("backup.label")), new HBox(8, backup, restoreButton));
        Button server = new Button(session.t("server.open.button"));
        server.setId("openServer");
        server.setMnemonicParsing(false);
        server.setOnAction(e -> {
            dialog.close();
            chooseServer();
        });
        grid.addRow(3, new Label(session.t("server.open.label")), server);
        Button file = new Button(session.t("file.open.button"));
        file.setId("openDataFile");
        file.setMnemonicParsing(false);
        file.setOnAction(e -> {
            dialog.close();
            chooseFile();
        });
        grid.addRow(4, new Label(session.t("file.open.label")), file);
        if (passwordChange != null) {
            Button pw = new Button(session.t("password.change.open"));
            pw.setId("changePassword");
            pw.setOnAction(e -> {
                dialog.close();
                if (!session.refusedOnServer()) {
                    passwordChange.run();
                }
            });
            grid.addRow(1, new Label(), pw);
            grid.setVgap(10);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(session.t("action.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(session.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).setId("settingsSave");
        dialog.setResultConverter(b -> b == ok ? language.getValue() : null);
        dialog.showAndWait().ifPresent(this::changeLanguage);
    }

    /** Switches every word of the window to {@code language}, remembered for the next start. */
    public void changeLanguage(String language) {
        if (language.equals(session.texts().language())) {
            return;
        }
        session.preferences().put("language", language);
        session.textsProperty().set(Texts.forLanguage(language));
        build(true);
        vm.load();
    }

    /** "Sao lưu…": a backup into a folder the secretary chooses (a USB stick). */
    private void backupToChosenFolder() {
        if (session.refusedOnServer()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(session.t("backup.now"));
        File folder = chooser.showDialog(stage);
        if (folder == null) {
            return;
        }
        session.tasks().run(() -> session.workspace().backups().backupInto(folder.toPath(), "thu-cong"),
                zip -> {
                    session.statusProperty().set(session.t("backup.done", zip.toString()));
                    session.dialogs().notice(session.t("notice.backup"), session.t("backup.done", zip.toString()));
                });
    }

    /** "Khôi phục…": choose a backup, see what it holds, then let the window's owner put it in place. */
    private void restoreFromChosenFile() {
        if (session.refusedOnServer()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(session.t("backup.restore"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ThiDua (*.zip)", "*.zip"));
        File folder = session.workspace().backups().folder().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File zip = chooser.showOpenDialog(stage);
        if (zip == null) {
            return;
        }
        session.tasks().run(() -> session.workspace().backups().inspect(zip.toPath()), c -> {
            if (session.dialogs().confirm(session.t("backup.restore"), session.t("backup.restore.confirm",
                    zip.getName(), c.blocs(), c.years(), c.elections(), c.ballots()))) {
                restore.accept(zip.toPath());
            }
        });
    }

    /** "Mở cơ sở dữ liệu trên máy chủ…": the server chosen is handed to the window's owner, which opens it. */
    private void chooseServer() {
        if (openServer == null) {
            return;
        }
        ServerDialog.ask(stage, session, session.preferences().recentServers())
                .ifPresent(c -> openServer.accept(c.server(), c.password()));
    }

    /** "Mở tệp dữ liệu…": the file chosen is handed to the window's owner, which opens it. */
    private void chooseFile() {
        if (openFile != null) {
            DataFileChoice.ask(stage, session).ifPresent(openFile);
        }
    }

    /** Offers "Mở tệp dữ liệu…"; the window's owner closes the data open now (a server's, a file) and opens the file. */
    public void onOpenFile(Consumer<Path> action) {
        this.openFile = action;
    }

    /** Offers "Mở cơ sở dữ liệu trên máy chủ…"; the window's owner closes the data open now and opens the server's. */
    public void onOpenServer(BiConsumer<DataLocation.Server, char[]> action) {
        this.openServer = action;
    }

    /** Offers "Khôi phục…" in the settings; the window's owner closes, restores and reopens the file. */
    public void onRestore(Consumer<Path> action) {
        this.restore = action;
    }

    /**
     * Offers "Diễn tập…" (given the year whose elections the copy leaves out, if any) and, while
     * rehearsing, "Kết thúc diễn tập"; the window's owner closes, copies or discards, and reopens.
     */
    public void onRehearsal(Consumer<OptionalInt> start, Runnable end) {
        this.rehearse = start;
        this.endRehearsal = end;
    }

    /** Offers "File password…" in the settings; the window's owner knows how to reopen the file. */
    public void onPasswordChange(Runnable action) {
        this.passwordChange = action;
    }

    public Stage stage() {
        return stage;
    }

    public Session session() {
        return session;
    }
}
