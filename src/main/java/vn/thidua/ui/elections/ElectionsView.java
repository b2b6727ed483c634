package vn.thidua.ui.elections;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.WritableOnly;
import vn.thidua.ui.elections.ElectionsViewModel.ElectionRow;
import vn.thidua.ui.elections.ElectionsViewModel.Page;
import vn.thidua.ui.projector.ProjectorControls;

/** Bầu suy tôn: the list (Insert adds, Enter counts, Ctrl+D second entry), the set-up form, the count, the second entry. */
public final class ElectionsView {

    private final ElectionsViewModel vm;
    private final Session session;
    private final ProjectorControls projector;
    private final StackPane pages = new StackPane();
    private final TableView<ElectionRow> table = new TableView<>();
    private CountingView counting;
    private RecheckView recheck;
    private Page current;

    public ElectionsView(ElectionsViewModel vm, Session session, ProjectorControls projector) {
        this.vm = vm;
        this.session = session;
        this.projector = projector;
        pages.setId("electionsScreen");
        // The model outlives this view (a language change builds a new one): listen only while shown.
        Listening.whileShown(pages, vm.pageProperty(), () -> {
            if (vm.pageProperty().get() != current) {
                show(vm.pageProperty().get());
            }
        });
        show(vm.pageProperty().get());
        vm.refresh();
    }

    public Node node() {
        return pages;
    }

    private void show(Page page) {
        current = page;
        Node node = switch (page) {
            case LIST -> listPage();
            case SETUP -> new ElectionSetupView(vm.setup(), session, vm::backToList).node();
            case COUNT -> countPage();
            case RECHECK -> recheckPage();
        };
        pages.getChildren().setAll(node);
    }

    private Node countPage() {
        if (counting == null) {
            counting = new CountingView(vm.counting(), session, projector, vm::backToList);
        }
        return counting.node();
    }

    private Node recheckPage() {
        if (recheck == null) {
            recheck = new RecheckView(vm.recheck(), session, vm::backToList);
        }
        return recheck.node();
    }

    private Node listPage() {
        Label title = new Label(session.t("nav.elections"));
        title.getStyleClass().add("screen-title");
        table.setId("electionsTable");
        table.setItems(vm.rows());
        if (table.getColumns().isEmpty()) {
            table.getColumns().add(column("elections.col.title", ElectionRow::title, 380));
            table.getColumns().add(column("elections.col.seats", r -> String.valueOf(r.seats()), 90));
            table.getColumns().add(column("elections.col.status", ElectionRow::status, 150));
            table.getColumns().add(column("elections.col.round", ElectionRow::round, 150));
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.setRowFactory(t -> new TableRow<>() {
                @Override
                protected void updateItem(ElectionRow row, boolean empty) {
                    super.updateItem(row, empty);
                    getStyleClass().remove("election-forged");
                    if (!empty && row != null && row.forged()) {
                        getStyleClass().add("election-forged");
                    }
                }
            });
            table.setPlaceholder(new Label(session.t("elections.empty")));
            table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
            // The list arrives after the page is shown: select the first election then, so that
            // Enter (count) and Ctrl+D (second entry) work straight after Ctrl+5.
            table.getItems().addListener((ListChangeListener<ElectionRow>) c -> {
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
            });
            table.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    vm.openSelected();
                }
            });
            table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    vm.openSelected();
                    e.consume();
                }
            });
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        Button add = new Button(session.t("elections.add"));
        add.setId("addElection");
        add.setOnAction(e -> vm.startAdd());
        WritableOnly.button(session, add, session.seasonProperty().isNull());
        Button open = new Button(session.t("elections.openCount"));
        open.setId("openCount");
        open.setOnAction(e -> vm.openSelected());
        open.disableProperty().bind(vm.selectedProperty().isNull());
        Button recheck = new Button(session.t("elections.recheck.open"));
        recheck.setId("openRecheck");
        recheck.setOnAction(e -> vm.openRecheck());
        recheck.disableProperty().bind(vm.selectedProperty().isNull());
        Label forged = new Label();
        forged.setId("forgedWarning");
        forged.getStyleClass().add("forged-warning");
        forged.setWrapText(true);
        forged.textProperty().bind(vm.forgedWarningProperty());
        forged.visibleProperty().bind(vm.forgedWarningProperty().isNotEmpty());
        forged.managedProperty().bind(forged.visibleProperty());
        Button papers = new Button(session.t("elections.papers.print"));
        papers.setId("printBallotPapers");
        papers.setOnAction(e -> vm.printBallotPapers());
        papers.disableProperty().bind(vm.selectedProperty().isNull());
        VBox left = new VBox(8, title, forged, table, new ToolBar(add, open, recheck, papers),
                new NextLeadersPanel(vm.leaders(), session).node());
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox page = new HBox(14, left, projector.panel(256));
        page.setId("electionsList");
        page.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.INSERT) {
                vm.startAdd();
                e.consume();
            } else if (e.getCode() == KeyCode.D && e.isShortcutDown()) {
                vm.openRecheck();
                e.consume();
            }
        });
        Platform.runLater(() -> {
            if (table.getScene() != null) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
            }
        });
        return page;
    }

    private TableColumn<ElectionRow, String> column(String key, Function<ElectionRow, String> value,
            double width) {
        TableColumn<ElectionRow, String> c = new TableColumn<>(session.t(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
