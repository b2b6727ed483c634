package vn.thidua.ui.print;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.Printer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.thidua.app.Texts;

/**
 * The sheets exactly as they will print, one at a time, scaled to the window. Keys: Left/Right
 * or PageUp/PageDown turn pages, Ctrl+P prints, Esc closes.
 */
public final class PrintPreview {

    private static final double AREA_WIDTH = 860;
    private static final double AREA_HEIGHT = 560;
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final Texts texts;
    private final Function<PageFormat, List<Node>> sheets;
    private final Printing printing;
    private final Consumer<String> done;
    private final String jobName;
    private final Stage stage = new Stage();
    private final StackPane area = new StackPane();
    private final Label pageLabel = new Label();
    private final Label message = new Label();
    private final ComboBox<Printer> printer = new ComboBox<>();
    private final Button previous;
    private final Button next;
    private List<Node> pages = List.of();
    private int index;

    /** @param done told the outcome's words after a print was sent (the status bar) */
    public PrintPreview(Window owner, Texts texts, String jobName, Function<PageFormat, List<Node>> sheets,
                        Printing printing, Consumer<String> done) {
        this.texts = texts;
        this.sheets = sheets;
        this.printing = printing;
        this.done = done;
        this.jobName = jobName;
        previous = button("previewPrevious", "print.preview.previous", () -> turn(-1));
        next = button("previewNext", "print.preview.next", () -> turn(+1));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(texts.t("print.preview.title", jobName));
        BorderPane root = new BorderPane(area);
        root.setId("printPreview");
        root.getStyleClass().add("print-preview");
        area.getStyleClass().add("print-preview-area");
        area.setPrefSize(AREA_WIDTH, AREA_HEIGHT);
        root.setBottom(toolbar());
        Scene scene = new Scene(root);
        scene.getStylesheets().add(TablePages.STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        stage.setScene(scene);
        printer.getItems().setAll(printing.printers());
        printing.defaultPrinter().ifPresent(p -> printer.getItems().stream()
                .filter(q -> q.getName().equals(p.getName())).findFirst().ifPresent(printer::setValue));
        printer.valueProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private Node toolbar() {
        pageLabel.setId("previewPage");
        message.setId("previewMessage");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        printer.setId("previewPrinter");
        printer.setConverter(new StringConverter<>() {
            @Override
            public String toString(Printer p) {
                return p == null ? texts.t("print.noPrinterShort") : p.getName();
            }

            @Override
            public Printer fromString(String s) {
                return null;
            }
        });
        printer.setPromptText(texts.t("print.noPrinterShort"));
        Label printerLabel = new Label(texts.t("print.printer"));
        printerLabel.setLabelFor(printer);
        Button print = button("previewPrint", "print.print", this::print);
        print.setDefaultButton(true);
        Button close = button("previewClose", "print.preview.close", stage::close);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, previous, pageLabel, next, spring, printerLabel, printer, print, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        BorderPane bottom = new BorderPane(bar);
        bottom.setBottom(message);
        BorderPane.setMargin(message, new Insets(0, 8, 8, 8));
        return bottom;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(texts.t(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void rebuild() {
        PageFormat format = Printing.format(printer.getValue());
        pages = sheets.apply(format);
        index = Math.min(index, pages.size() - 1);
        showPage();
    }

    private void turn(int delta) {
        int target = index + delta;
        if (target >= 0 && target < pages.size()) {
            index = target;
            showPage();
        }
    }

    private void showPage() {
        Node page = pages.get(index);
        double w = page.getLayoutBounds().getWidth();
        double h = page.getLayoutBounds().getHeight();
        double scale = Math.min((AREA_WIDTH - 24) / w, (AREA_HEIGHT - 24) / h);
        StackPane paper = new StackPane(page);
        paper.getStyleClass().add("print-paper");
        // The scale on the paper, inside the group, so that the group's bounds (which the area
        // centres) are those of the sheet as drawn.
        paper.getTransforms().add(new Scale(scale, scale, 0, 0));
        area.getChildren().setAll(new Group(paper));
        pageLabel.setText(texts.t("print.pageLabel", index + 1, pages.size()));
        previous.setDisable(index == 0);
        next.setDisable(index == pages.size() - 1);
    }

    private void print() {
        Printing.Outcome outcome = printing.print(printer.getValue(), sheets, jobName);
        if (outcome.ok()) {
            done.accept(outcome.message());
            stage.close();
        } else {
            message.setText(outcome.message());
        }
    }

    private void keys(KeyEvent e) {
        if (PRINT.match(e)) {
            print();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            stage.close();
        } else if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.RIGHT && !printer.isFocused()) {
            turn(+1);
        } else if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.LEFT && !printer.isFocused()) {
            turn(-1);
        } else {
            return;
        }
        e.consume();
    }
}
