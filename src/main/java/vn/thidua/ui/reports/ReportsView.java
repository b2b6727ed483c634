package vn.thidua.ui.reports;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import vn.thidua.app.ReportService.Document;
import vn.thidua.ui.common.Session;

/** The documents screen. Enter on a file opens it; nothing here waits for Word or the file manager. */
public final class ReportsView {

    private final ReportsViewModel vm;
    private final ConferenceViewModel conference;
    private final Session session;
    private final BorderPane root = new BorderPane();

    public ReportsView(ReportsViewModel vm, ConferenceViewModel conference, Session session) {
        this.vm = vm;
        this.conference = conference;
        this.session = session;
        root.setId("reportsScreen");
        root.getStyleClass().add("screen");
        Label title = new Label(session.t("nav.reports"));
        title.getStyleClass().add("screen-title");
        Label info = new Label();
        info.setId("reportsYear");
        info.textProperty().bind(vm.yearInfoProperty());
        root.setTop(new VBox(4, title, info));
        Button audit = button("showAuditLog", "audit.show",
                () -> AuditLogView.show(session, root.getScene() == null ? null : root.getScene().getWindow()));
        VBox center = new VBox(12, conference(), documents(), folders(), blanks(), run(), files(), audit);
        center.setPadding(new Insets(10, 0, 0, 0));
        root.setCenter(center);
    }

    /** The screen for the navigation: one ViewModel kept across visits, a fresh view each time. */
    public static Supplier<Node> screen(Session session) {
        var vm = vn.thidua.ui.common.Lazy.of(() -> new ReportsViewModel(session));
        var conference = vn.thidua.ui.common.Lazy.of(() -> new ConferenceViewModel(session));
        return () -> {
            conference.get().load();
            vm.get().refreshBlanks();
            return new ReportsView(vm.get(), conference.get(), session).node();
        };
    }

    public Node node() {
        return root;
    }

    /**
     * Day, place and superior body of the conference (every document's heading), the counting
     * committee (the minutes) and who signs for the bloc (the proposal and the year report).
     */
    private Node conference() {
        TextField day = field("conferenceDate", conference.dateProperty());
        day.setPromptText("11/12/2019");
        day.setPrefColumnCount(10);
        day.setMinWidth(110);
        day.setMaxWidth(140);
        TextField place = field("conferencePlace", conference.placeProperty());
        place.setPromptText(session.t("reports.conference.placeHint"));
        TextField superior = field("conferenceSuperior", conference.superiorProperty());
        superior.setPromptText(session.t("reports.conference.superiorHint"));
        TextField head = field("conferenceCountingHead", conference.countingHeadProperty());
        head.setPromptText(session.t("reports.conference.nameHint"));
        TextField members = field("conferenceCountingMembers", conference.countingMembersProperty());
        members.setPromptText(session.t("reports.conference.membersHint"));
        TextField signer = field("conferenceSigner", conference.signerProperty());
        signer.setPromptText(session.t("reports.conference.nameHint"));
        // The data thread runs jobs in order: the blanks are read after the save.
        Button save = button("saveConference", "action.save", () -> {
            conference.save();
            vm.refreshBlanks();
        });
        Label message = new Label();
        message.setId("conferenceMessage");
        message.textProperty().bind(conference.messageProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, fixed(session.t("reports.conference.date")), day,
                fixed(session.t("reports.conference.place")), place);
        grid.addRow(1, fixed(session.t("reports.conference.superior")), superior);
        GridPane.setColumnSpan(superior, 3);
        grid.addRow(2, fixed(session.t("reports.conference.countingHead")), head,
                fixed(session.t("reports.conference.countingMembers")), members);
        javafx.scene.layout.HBox actions = new javafx.scene.layout.HBox(8, save, message);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(3, fixed(session.t("reports.conference.signer")), signer, actions);
        GridPane.setColumnSpan(actions, 2);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints(200, 280, 320);
        javafx.scene.layout.ColumnConstraints labels2 = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints wide = new javafx.scene.layout.ColumnConstraints();
        wide.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, names, labels2, wide);
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return new VBox(6, section("reports.conference"), grid, texts());
    }

    /** The legal basis and the next year's section: long texts, folded away until wanted. */
    private Node texts() {
        javafx.scene.control.TextArea basis = area("legalBasisText", conference.legalBasisProperty(),
                "reports.texts.basisHint");
        javafx.scene.control.TextArea plans = area("plansText", conference.plansProperty(), "reports.texts.plansHint");
        javafx.scene.control.TextArea tasks = area("plansTasks", conference.tasksProperty(), "reports.texts.tasksHint");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, fixed(session.t("reports.texts.basis")), basis);
        grid.addRow(1, fixed(session.t("reports.texts.plans")), plans);
        grid.addRow(2, fixed(session.t("reports.texts.tasks")), tasks);
        javafx.scene.layout.ColumnConstraints wide = new javafx.scene.layout.ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(), wide);
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(session.t("reports.texts"), grid);
        pane.setId("yearTexts");
        pane.setExpanded(false);
        return pane;
    }

    private javafx.scene.control.TextArea area(String id, javafx.beans.property.StringProperty text, String hintKey) {
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea();
        area.setId(id);
        area.textProperty().bindBidirectional(text);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        area.setPromptText(session.t(hintKey));
        return area;
    }

    /** A label that keeps its whole text however narrow the window. */
    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private Node documents() {
        VBox box = new VBox(6, section("reports.documents"));
        for (Document d : Document.values()) {
            CheckBox c = new CheckBox(session.t(d.key() + ".choice"));
            c.setId(switch (d) {
                case MINUTES -> "docMinutes";
                case PROPOSAL -> "docProposal";
                case YEAR_REPORT -> "docYearReport";
                case WORKBOOK -> "docWorkbook";
                case AUDIT_LOG -> "docAuditLog";
                case BALLOT_PAPERS -> "docBallotPapers";
            });
            c.selectedProperty().bindBidirectional(vm.chosenProperty(d));
            box.getChildren().add(c);
        }
        return box;
    }

    private Node folders() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        TextField out = field("outputFolder", vm.folderProperty());
        grid.addRow(0, new Label(session.t("reports.folder")), out,
                button("chooseFolder", "reports.choose", () -> vm.chooseFolder(ask(vm.folderProperty().get()))));
        TextField own = field("templateFolder", vm.templatesProperty());
        own.setPromptText(session.t("reports.templates.none"));
        grid.addRow(1, new Label(session.t("reports.templates")), own,
                button("chooseTemplates", "reports.choose", () -> vm.chooseTemplates(ask(vm.templatesProperty().get()))),
                button("clearTemplates", "reports.templates.clear", vm::clearTemplates));
        GridPane.setHgrow(out, Priority.ALWAYS);
        GridPane.setHgrow(own, Priority.ALWAYS);
        return grid;
    }

    private Node run() {
        Button generate = button("generate", "reports.generate", vm::generate);
        generate.setDefaultButton(true);
        generate.disableProperty().bind(vm.canGenerate().not());
        ProgressBar bar = new ProgressBar();
        bar.setId("reportsProgress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("reportsStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        // A long message (a full path) wraps beside them instead of squeezing the button to "…" and
        // the bar out of sight (issue 14); on a line of its own it would push the screen past 768 px.
        generate.setMinWidth(Region.USE_PREF_SIZE);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(120);
        status.setMinHeight(Region.USE_PREF_SIZE);
        HBox box = new HBox(12, generate, bar, status);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        return box;
    }

    /** What will print as dotted blanks, read before writing: fill the data above, or write by hand. */
    private Node blanks() {
        ListView<String> list = new ListView<>(vm.blanks());
        list.setId("blanksList");
        list.setPrefHeight(110);
        list.setFocusTraversable(false);
        list.setPlaceholder(new Label(session.t("reports.blanks.none")));
        return new VBox(6, section("reports.blanks.title"), list);
    }

    private Node files() {
        ListView<ReportsViewModel.FileRow> list = new ListView<>(vm.files());
        list.setId("writtenFiles");
        list.setPrefHeight(200);
        list.setPlaceholder(new Label(session.t("reports.files.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.openFile();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.openFile();
                e.consume();
            }
        });
        Button file = button("openFile", "reports.openFile", vm::openFile);
        file.disableProperty().bind(vm.selectedProperty().isNull());
        Button folder = button("openFolder", "reports.openFolder", vm::openFolder);
        VBox box = new VBox(6, section("reports.files"), list, new ToolBar(file, folder));
        box.setPadding(new Insets(4, 0, 0, 0));
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    /** A folder chooser opened where the field points, when that folder exists. */
    private Path ask(String current) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(session.t("reports.choose.title"));
        if (current != null && !current.isBlank() && Files.isDirectory(Path.of(current.strip()))) {
            chooser.setInitialDirectory(new File(current.strip()));
        }
        File chosen = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        return chosen == null ? null : chosen.toPath();
    }

    private Label section(String key) {
        Label l = new Label(session.t(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private static TextField field(String id, StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(48);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(session.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
