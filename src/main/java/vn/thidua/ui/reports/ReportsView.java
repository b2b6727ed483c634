package vn.thidua.ui.reports;

import static vn.thidua.ui.reports.Widgets.button;
import static vn.thidua.ui.reports.Widgets.field;
import static vn.thidua.ui.reports.Widgets.section;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import vn.thidua.app.ReportService.Document;
import vn.thidua.ui.common.Lazy;
import vn.thidua.ui.common.Session;

/** The documents screen. Enter on a file opens it; nothing here waits for Word or the file manager. */
public final class ReportsView {

    /** The blanks list shows at least this many lines, of this height. */
    static final int BLANK_ROWS = 4;
    static final double BLANK_ROW = 24;

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
        Button audit = button(session, "showAuditLog", "audit.show",
                () -> AuditLogView.show(session, root.getScene() == null ? null : root.getScene().getWindow()));
        // Two columns of equal width: one above the other they ran past the bottom of a 1366 × 768 screen.
        // The blanks sit under the conference's details, which fill most of them, and take the height
        // left there: in the right column, beside the documents and the files written, they had one line.
        Node blanks = blanks();
        VBox.setVgrow(blanks, Priority.ALWAYS);
        Region form = new VBox(12, new ConferenceForm(conference, vm, session).node(), blanks);
        VBox pack = new VBox(12, documents(), folders(), run(), new WrittenFiles(vm, session).node(), audit);
        HBox center = new HBox(24, form, pack);
        for (Region column : new Region[] {form, pack}) {
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setMinWidth(0);
            column.setPrefWidth(540);
        }
        center.setPadding(new Insets(10, 0, 0, 0));
        root.setCenter(center);
    }

    /** The screen for the navigation: one ViewModel kept across visits, a fresh view each time. */
    public static Supplier<Node> screen(Session session) {
        var vm = Lazy.of(() -> new ReportsViewModel(session));
        var conference = Lazy.of(() -> new ConferenceViewModel(session));
        return () -> {
            conference.get().load();
            vm.get().refreshBlanks();
            return new ReportsView(vm.get(), conference.get(), session).node();
        };
    }

    public Node node() {
        return root;
    }

    private Node documents() {
        VBox box = new VBox(6, section(session, "reports.documents"));
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
            // Wrapped, not "…": as wide as the column (a check box is as wide as its text otherwise,
            // so it never wraps) and as tall as its lines.
            c.setWrapText(true);
            c.setMaxWidth(Double.MAX_VALUE);
            c.setMinHeight(Region.USE_PREF_SIZE);
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
                button(session, "chooseFolder", "reports.choose", () -> vm.chooseFolder(ask(vm.folderProperty().get()))));
        TextField own = field("templateFolder", vm.templatesProperty());
        own.setPromptText(session.t("reports.templates.none"));
        grid.addRow(1, new Label(session.t("reports.templates")), own,
                button(session, "chooseTemplates", "reports.choose", () -> vm.chooseTemplates(ask(vm.templatesProperty().get()))),
                button(session, "clearTemplates", "reports.templates.clear", vm::clearTemplates));
        GridPane.setHgrow(out, Priority.ALWAYS);
        GridPane.setHgrow(own, Priority.ALWAYS);
        // The fields give up width, never the labels and buttons ("…" is no label).
        for (Node n : grid.getChildren()) {
            if (n instanceof Label || n instanceof Button) {
                ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        out.setMinWidth(80);
        own.setMinWidth(80);
        return grid;
    }

    private Node run() {
        // Written from what the screen shows: conference details typed and not saved yet are saved first, and a
        // refused save (a bad date, details changed elsewhere) writes nothing, its reason beside Lưu.
        Button generate = button(session, "generate", "reports.generate", () -> {
            if (conference.changed() && !session.readOnly()) {
                conference.save(() -> {
                    vm.refreshBlanks();
                    vm.generate();
                });
            } else {
                vm.generate();
            }
        });
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
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        return box;
    }

    /** What will print as dotted blanks, read before writing: fill the data above, or write by hand. */
    private Node blanks() {
        ListView<String> list = new ListView<>(vm.blanks());
        list.setId("blanksList");
        // At least BLANK_ROWS lines; more when the column has the height (the folded texts above closed).
        // A long blank ("giờ bắt đầu kiểm phiếu … (phiếu không được nhập trong ngày hội nghị)") wraps
        // in its cell instead of running off to the right behind a scroll bar.
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        list.setMinHeight(BLANK_ROWS * BLANK_ROW + 2);
        list.setPrefHeight(2 * BLANK_ROWS * BLANK_ROW + 2);
        list.setFocusTraversable(false);
        list.setPlaceholder(new Label(session.t("reports.blanks.none")));
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(6, section(session, "reports.blanks.title"), list);
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
}
