package vn.thidua.ui.scoreboard;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import vn.thidua.app.Texts;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.text.VnFormat;
import java.util.ArrayList;
import javafx.scene.control.Label;

/** The scoreboard table's columns; each sorts by its value (names in Vietnamese order). */
final class ScoreboardColumns {

    private ScoreboardColumns() {
    }

    static void build(TableView<ScoreboardLine> table, List<CriterionGroup> groups, Texts texts) {
        table.getSortOrder().clear();
        List<TableColumn<ScoreboardLine, ?>> columns = new ArrayList<>();
        TableColumn<ScoreboardLine, Integer> rank = column(texts.t("scoreboard.col.rank"), "rank", ScoreboardLine::rank);
        rank.setPrefWidth(52);
        rank.getStyleClass().add("align-center");
        TableColumn<ScoreboardLine, String> unit = column(texts.t("scoreboard.col.unit"), "unit", ScoreboardLine::unitName);
        unit.setComparator(VnFormat.nameOrder());
        unit.setPrefWidth(276);
        columns.add(rank);
        columns.add(unit);
        for (CriterionGroup g : groups) {
            TableColumn<ScoreboardLine, BigDecimal> c = number(g.code(), "group-" + g.code(), l -> l.subtotal(g.code()));
            Tooltip.install(c.getGraphic(), new Tooltip(g.name()));
            columns.add(c);
        }
        columns.add(width(number(texts.t("scoreboard.col.bonus"), "bonus", ScoreboardLine::bonus), 62));
        columns.add(width(number(texts.t("scoreboard.col.deduction"), "deduction", ScoreboardLine::deduction),
                46));
        TableColumn<ScoreboardLine, BigDecimal> total = number(texts.t("scoreboard.col.total"), "total",
                ScoreboardLine::total);
        total.getStyleClass().add("total-column");
        total.setPrefWidth(86);
        columns.add(total);
        TableColumn<ScoreboardLine, Classification> cls = column(texts.t("scoreboard.col.classification"),
                "classification", ScoreboardLine::classification);
        cls.setComparator(Comparator.naturalOrder());
        cls.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Classification item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.t(item.key()));
            }
        });
        cls.setPrefWidth(224);
        columns.add(cls);
        TableColumn<ScoreboardLine, String> note = column(texts.t("scoreboard.col.note"), "note", ScoreboardLine::note);
        note.setPrefWidth(80);
        columns.add(note);
        // All at once: columns added one by one to a table already laid out (the groups arrive with
        // the data, after the first visit's first layout) gave the first column the whole width, and the
        // constrained policy then squeezed every other one (issue 14).
        table.getColumns().setAll(columns);
    }

    private static <T> TableColumn<ScoreboardLine, T> width(TableColumn<ScoreboardLine, T> c, double w) {
        c.setPrefWidth(w);
        return c;
    }

    private static <T> TableColumn<ScoreboardLine, T> column(String heading, String id, Function<ScoreboardLine, T> value) {
        TableColumn<ScoreboardLine, T> c = new TableColumn<>(heading);
        c.setId("col-" + id);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    private static TableColumn<ScoreboardLine, BigDecimal> number(String heading, String id,
                                                                 Function<ScoreboardLine, BigDecimal> value) {
        TableColumn<ScoreboardLine, BigDecimal> c = column("", id, value);
        // The heading as a graphic so that a tooltip (the group's name) can hang on it.
        c.setGraphic(new Label(heading));
        c.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        c.setPrefWidth(48);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : VnFormat.formatNumber(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return c;
    }
}
