package vn.thidua.ui.province;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.thidua.ui.common.Lazy;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.province.ProvinceViewModel.BlocLine;
import vn.thidua.ui.province.ProvinceViewModel.NotClosed;
import vn.thidua.ui.province.ProvinceViewModel.TitleLine;

/**
 * "Toàn tỉnh": the year across every bloc of the data (the office's view). Alt+N the year, Alt+X "Xuất Excel…".
 * The blocs above, the titles put forward below, beside them the blocs that have not closed their elections.
 */
public final class ProvinceScreen {

    /** A test's own file chooser for "Xuất Excel…" (a {@code Supplier<Optional<Path>>} in the button's properties). */
    public static final String CHOOSER = "thidua.province.chooser";
    private final ProvinceViewModel vm;
    private final Session session;
    private final BorderPane root = new BorderPane();

    public ProvinceScreen(ProvinceViewModel vm, Session session) {
        this.vm = vm;
        this.session = session;
        root.setId("provinceScreen");
        root.getStyleClass().addAll("screen", "province-screen");
        Label title = new Label(session.t("nav.province"));
        title.getStyleClass().add("screen-title");
        Label summary = new Label();
        summary.setId("provinceSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        root.setTop(new VBox(4, title, bar(), summary));
        ProvinceTables tables = new ProvinceTables(vm, session);
        TableView<BlocLine> blocs = tables.blocs();
        TableView<TitleLine> titles = tables.titles();
        VBox.setVgrow(blocs, Priority.ALWAYS);
        VBox.setVgrow(titles, Priority.ALWAYS);
        // Full width each: a unit's whole name and a title's state fit at 1366×768 in large type.
        VBox center = new VBox(8, blocs, notClosed(), titles);
        center.setPadding(new Insets(8, 0, 0, 0));
        root.setCenter(center);
        vm.refresh();
    }

    /** A fresh view over one model per window: the model follows the data while the screen is away. */
    public static Supplier<Node> screen(Session session) {
        var vm = Lazy.of(() -> new ProvinceViewModel(session));
        return () -> new ProvinceScreen(vm.get(), session).node();
    }

    public Node node() {
        return root;
    }

    private HBox bar() {
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("provinceYear");
        year.valueProperty().bindBidirectional(vm.yearProperty());
        year.setVisibleRowCount(12);
        Label yearLabel = new Label(session.t("office.year"));
        yearLabel.setMnemonicParsing(true);
        yearLabel.setLabelFor(year);
        Button export = new Button(session.t("office.export"));
        export.setId("provinceExport");
        export.setMnemonicParsing(true);
        export.setTooltip(new Tooltip("Alt+X"));
        export.disableProperty().bind(vm.dataProperty().isNull());
        export.setOnAction(e -> choose(export).ifPresent(vm::export));
        Label written = new Label();
        written.setId("provinceWritten");
        written.getStyleClass().add("hint");
        Listening.whileShown(written, vm.writtenProperty(), () -> written.setText(vm.writtenProperty().get() == null ? ""
                : session.t("province.written", vm.writtenProperty().get().toString())));
        HBox bar = new HBox(8, yearLabel, year, export, written);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    @SuppressWarnings("unchecked")
    private Optional<Path> choose(Button button) {
        if (button.getProperties().get(CHOOSER) instanceof Supplier<?> own) {
            return ((Supplier<Optional<Path>>) own).get();
        }
        Path proposed = vm.proposedFile();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(session.t("office.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        File folder = proposed.getParent().toFile();
        chooser.setInitialDirectory(folder.isDirectory() ? folder : proposed.getParent().getParent().toFile());
        chooser.setInitialFileName(proposed.getFileName().toString());
        File f = chooser.showSaveDialog(button.getScene() == null ? null : button.getScene().getWindow());
        return Optional.ofNullable(f).map(File::toPath).map(p -> p.toString().endsWith(".xlsx") ? p
                : p.resolveSibling(p.getFileName() + ".xlsx"));
    }

    /** The blocs not closed and why; when every bloc has closed, that sentence alone. */
    private VBox notClosed() {
        Label heading = new Label();
        heading.setId("provinceNotClosedTitle");
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.textProperty().bind(vm.notClosedTitleProperty());
        ListView<NotClosed> list = new ListView<>(vm.notClosed());
        list.setId("provinceNotClosed");
        list.getStyleClass().add("province-not-closed");
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(NotClosed n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : session.t("office.notClosed.line", n.code(), n.name(), n.reason()));
            }
        });
        list.setFixedCellSize(30);
        Listening.whileShown(list, vm.notClosed(), () -> {
            int n = vm.notClosed().size();
            list.setVisible(n > 0);
            list.setManaged(n > 0);
            // Up to four lines at once; more scroll.
            list.setPrefHeight(Math.min(n, 4) * 30 + 4);
            list.setMinHeight(list.getPrefHeight());
        });
        return new VBox(4, heading, list);
    }
}
