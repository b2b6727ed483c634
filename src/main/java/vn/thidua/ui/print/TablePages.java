package vn.thidua.ui.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import java.text.MessageFormat;

/**
 * Lays a {@link TableDocument} out on sheets of a given printable area. The table is measured
 * at its natural size, widened to the page or shrunk (one scale for every page) to fit its
 * width, and its rows are split between pages; every page repeats the title and the headings
 * and ends with "Trang i/n".
 */
public final class TablePages {

    static final String STYLESHEET = Objects.requireNonNull(
            TablePages.class.getResource("/vn/thidua/ui/app.css")).toExternalForm();
    private static final double SLACK = 2;
    /** Room for the grid's outer rule, which lies outside the columns. */
    private static final double GRID_RULE = 2;

    private final TableDocument doc;
    private final PageFormat format;
    private final String pageLabelPattern;

    /** @param pageLabelPattern e.g. "Trang {0}/{1}", filled with the page number and the page count */
    public TablePages(TableDocument doc, PageFormat format, String pageLabelPattern) {
        this.doc = doc;
        this.format = format;
        this.pageLabelPattern = pageLabelPattern;
    }

    /** The scale every page is drawn at: 1 when the table fits, less when it is shrunk to the width. */
    public double scale() {
        return format.width() / designWidth(columnWidths());
    }

    /** The sheets, each a node of exactly the printable size, laid out and styled. */
    public List<Node> pages() {
        double[] widths = columnWidths();
        double designWidth = designWidth(widths);
        widen(widths, designWidth);
        double scale = format.width() / designWidth;
        double available = format.height() / scale;

        List<Double> rowHeights = new ArrayList<>();
        for (List<String> row : doc.rows()) {
            rowHeights.add(measure(row(row, widths, false)));
        }
        double fixed = measure(header(designWidth)) + measure(row(headings(), widths, true))
                + measure(footer("Trang 9/9", designWidth));
        double notes = doc.notes().isEmpty() ? 0 : measure(notes(designWidth));

        List<List<List<String>>> chunks = new ArrayList<>();
        List<List<String>> current = new ArrayList<>();
        double used = fixed;
        for (int i = 0; i < doc.rows().size(); i++) {
            double h = rowHeights.get(i);
            if (!current.isEmpty() && used + h > available) {
                chunks.add(current);
                current = new ArrayList<>();
                used = fixed;
            }
            current.add(doc.rows().get(i));
            used += h;
        }
        boolean notesOnOwnPage = !doc.notes().isEmpty() && used + notes > available && !current.isEmpty();
        chunks.add(current);
        if (notesOnOwnPage) {
            chunks.add(List.of());
        }
        List<Node> pages = new ArrayList<>();
        for (int p = 0; p < chunks.size(); p++) {
            boolean last = p == chunks.size() - 1;
            pages.add(sheet(chunks.get(p), widths, designWidth, scale, available, p + 1, chunks.size(), last));
        }
        return pages;
    }

    private List<String> headings() {
        return doc.columns().stream().map(TableDocument.Column::heading).toList();
    }

    private double[] columnWidths() {
        double[] widths = new double[doc.columns().size()];
        List<List<String>> all = new ArrayList<>();
        all.add(headings());
        all.addAll(doc.rows());
        for (int r = 0; r < all.size(); r++) {
            GridPane probe = new GridPane();
            for (int c = 0; c < widths.length; c++) {
                probe.add(cell(all.get(r).get(c), doc.columns().get(c), r == 0), c, 0);
            }
            inSheet(probe);
            for (Node n : probe.getChildren()) {
                int c = GridPane.getColumnIndex(n);
                // Whole points: the layout snaps each column to a pixel, which must not widen the table.
                widths[c] = Math.max(widths[c], Math.ceil(((Region) n).prefWidth(-1) + SLACK));
            }
        }
        return widths;
    }

    private double designWidth(double[] widths) {
        double sum = GRID_RULE;
        for (double w : widths) {
            sum += w;
        }
        return Math.max(sum, format.width());
    }

    /** A table narrower than the page gives the rest to its growing column (else to the last). */
    private void widen(double[] widths, double designWidth) {
        double sum = GRID_RULE;
        for (double w : widths) {
            sum += w;
        }
        if (sum < designWidth && widths.length > 0) {
            int grow = widths.length - 1;
            for (int c = 0; c < widths.length; c++) {
                if (doc.columns().get(c).grows()) {
                    grow = c;
                    break;
                }
            }
            widths[grow] += Math.floor(designWidth - sum);
        }
    }

    private Node sheet(List<List<String>> rows, double[] widths, double designWidth, double scale, double available,
                       int page, int pages, boolean last) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("print-grid");
        for (double w : widths) {
            ColumnConstraints cc = new ColumnConstraints(w, w, w);
            cc.setHalignment(HPos.LEFT);
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
        }
        addRow(grid, 0, headings(), true);
        for (int r = 0; r < rows.size(); r++) {
            addRow(grid, r + 1, rows.get(r), false);
        }
        VBox content = new VBox(header(designWidth), grid);
        if (last && !doc.notes().isEmpty()) {
            content.getChildren().add(notes(designWidth));
        }
        Region spring = new Region();
        VBox.setVgrow(spring, Priority.ALWAYS);
        content.getChildren().addAll(spring, footer(MessageFormat.format(pageLabelPattern,
                String.valueOf(page), String.valueOf(pages)), designWidth));
        content.setMinSize(designWidth, available);
        content.setPrefSize(designWidth, available);
        content.setMaxSize(designWidth, available);
        content.getTransforms().add(new Scale(scale, scale, 0, 0));
        Pane sheet = new Pane(new Group(content));
        sheet.getStyleClass().add("print-sheet");
        sheet.setId("printPage-" + page);
        sheet.setMinSize(format.width(), format.height());
        sheet.setPrefSize(format.width(), format.height());
        sheet.setMaxSize(format.width(), format.height());
        styled(sheet);
        return sheet;
    }

    private void addRow(GridPane grid, int rowIndex, List<String> cells, boolean heading) {
        for (int c = 0; c < cells.size(); c++) {
            Label label = cell(cells.get(c), doc.columns().get(c), heading);
            label.setMaxWidth(Double.MAX_VALUE);
            label.setMaxHeight(Double.MAX_VALUE);
            grid.add(label, c, rowIndex);
        }
    }

    private Node row(List<String> cells, double[] widths, boolean heading) {
        GridPane grid = new GridPane();
        for (double w : widths) {
            grid.getColumnConstraints().add(new ColumnConstraints(w, w, w));
        }
        addRow(grid, 0, cells, heading);
        return grid;
    }

    private static Label cell(String text, TableDocument.Column column, boolean heading) {
        Label label = new Label(text == null ? "" : text);
        label.getStyleClass().addAll("print-cell", heading ? "print-heading" : "print-value");
        label.setAlignment(heading ? Pos.CENTER : switch (column.align()) {
            case LEFT -> Pos.CENTER_LEFT;
            case CENTER -> Pos.CENTER;
            case RIGHT -> Pos.CENTER_RIGHT;
        });
        return label;
    }

    private Node header(double width) {
        VBox box = new VBox();
        box.getStyleClass().add("print-header");
        Label title = new Label(doc.title());
        title.getStyleClass().add("print-title");
        title.setWrapText(true);
        box.getChildren().add(title);
        for (String line : doc.subtitle()) {
            Label l = new Label(line);
            l.getStyleClass().add("print-subtitle");
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        box.setAlignment(Pos.TOP_CENTER);
        box.setPrefWidth(width);
        return box;
    }

    private Node notes(double width) {
        VBox box = new VBox();
        box.getStyleClass().add("print-notes");
        for (String line : doc.notes()) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add("print-note");
            box.getChildren().add(l);
        }
        box.setPrefWidth(width);
        return box;
    }

    private static Node footer(String text, double width) {
        Label label = new Label(text);
        label.getStyleClass().add("print-footer");
        label.setAlignment(Pos.CENTER_RIGHT);
        label.setPrefWidth(width);
        label.setMaxWidth(width);
        return label;
    }

    /** Height of a node laid out alone at its preferred size, styles applied. */
    private static double measure(Node node) {
        inSheet(node);
        return node.prefHeight(node.prefWidth(-1));
    }

    /** Styles a probe as it will be on a sheet (the sheet sets the font). */
    private static void inSheet(Node node) {
        Pane holder = new Pane(node);
        holder.getStyleClass().add("print-sheet");
        styled(holder);
    }

    /** Styles and lays out a node that is never shown (a sheet, or a probe to measure). */
    private static void styled(Parent node) {
        Scene scene = node.getScene();
        if (scene == null) {
            scene = new Scene(new Group(node));
            scene.getStylesheets().add(STYLESHEET);
        }
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        node.applyCss();
        node.autosize();
        node.layout();
    }
}
