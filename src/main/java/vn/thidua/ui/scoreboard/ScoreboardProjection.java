package vn.thidua.ui.scoreboard;

import java.util.Objects;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import vn.thidua.app.ScoringService.ScoreboardData;
import vn.thidua.app.Texts;
import vn.thidua.domain.scoring.ScoreboardRow;
import vn.thidua.domain.text.VnFormat;

/**
 * The scoreboard for the room: rank · unit · total · classification in large type, light on
 * black. Laid out once at its natural size and scaled as a whole to whatever screen it is on
 * (1024×768 to 1920×1080, 8 to 15 units), so that nothing is ever cut or wrapped differently on
 * the projector than in the operator's preview.
 */
public final class ScoreboardProjection {

    private static final String STYLESHEET = Objects.requireNonNull(
            ScoreboardProjection.class.getResource("/vn/thidua/ui/app.css")).toExternalForm();
    /** Part of the screen left free around the board. */
    private static final double MARGIN = 0.04;

    private final Texts texts;
    private final StackPane root = new StackPane();
    private final Group holder = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private VBox board = new VBox();

    public ScoreboardProjection(ScoreboardData data, Texts texts) {
        this.texts = texts;
        root.setId("scoreboardProjection");
        root.getStyleClass().add("scoreboard-projection");
        root.getStylesheets().add(STYLESHEET);
        root.setMinSize(0, 0);
        root.getChildren().add(holder);
        StackPane.setAlignment(holder, Pos.CENTER);
        root.widthProperty().addListener((o, a, b) -> fit());
        root.heightProperty().addListener((o, a, b) -> fit());
        update(data);
    }

    /** The node to put on a screen; it fills whatever room it is given. */
    public Node node() {
        return root;
    }

    /** Shows new figures (after a correction), keeping the node in place. */
    public void update(ScoreboardData data) {
        board = board(data);
        board.getTransforms().add(scale);
        holder.getChildren().setAll(board);
        fit();
    }

    private VBox board(ScoreboardData data) {
        Label title = label(texts.t("scoreboard.projection.title", data.season().year()), "projection-title");
        title.setAlignment(Pos.CENTER);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("projection-grid");
        grid.getColumnConstraints().addAll(column(HPos.RIGHT), column(HPos.LEFT), column(HPos.RIGHT), column(HPos.LEFT));
        grid.addRow(0, label(texts.t("scoreboard.col.rank"), "projection-head"),
                label(texts.t("scoreboard.col.unit"), "projection-head"),
                label(texts.t("scoreboard.col.total"), "projection-head"),
                label(texts.t("scoreboard.col.classification"), "projection-head"));
        boolean anyProvisional = false;
        int r = 1;
        for (ScoreboardRow row : data.rows()) {
            String total = VnFormat.formatNumber(row.total()) + (row.provisional() ? " *" : "");
            anyProvisional |= row.provisional();
            Label cls = label(texts.t(row.classification().key()), "projection-class");
            cls.getStyleClass().add("class-" + row.classification().code());
            Label[] cells = {label(String.valueOf(row.rank()), "projection-rank"),
                label(row.unitName(), "projection-unit"), label(total, "projection-total"), cls};
            if (r % 2 == 0) {
                // One band behind the whole row: per-cell backgrounds show seams once scaled.
                Region stripe = new Region();
                stripe.getStyleClass().add("projection-even");
                grid.add(stripe, 0, r, cells.length, 1);
            }
            for (int c = 0; c < cells.length; c++) {
                grid.add(cells[c], c, r);
            }
            r++;
        }
        VBox box = new VBox(title, grid);
        box.getStyleClass().add("projection-board");
        box.setAlignment(Pos.TOP_CENTER);
        if (anyProvisional) {
            box.getChildren().add(label(texts.t("scoreboard.projection.provisional"), "projection-note"));
        }
        return box;
    }

    private static ColumnConstraints column(HPos align) {
        ColumnConstraints c = new ColumnConstraints();
        c.setHalignment(align);
        c.setFillWidth(true);
        return c;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private void fit() {
        double w = root.getWidth();
        double h = root.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        board.applyCss();
        double bw = board.prefWidth(-1);
        double bh = board.prefHeight(bw);
        double s = Math.min(w * (1 - 2 * MARGIN) / bw, h * (1 - 2 * MARGIN) / bh);
        scale.setX(s);
        scale.setY(s);
    }
}
