package vn.thidua.ui.scoreboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import vn.thidua.app.ScoringService.ScoreboardData;
import vn.thidua.app.Texts;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.ui.print.PageFormat;
import vn.thidua.ui.print.TableDocument;
import vn.thidua.ui.print.TableDocument.Align;
import vn.thidua.ui.print.TableDocument.Column;
import vn.thidua.ui.print.TablePages;

/** The scoreboard as a printed table: the same lines as the screen, with title, date and legend. */
public final class ScoreboardPrint {

    private ScoreboardPrint() {
    }

    public static TableDocument document(List<ScoreboardLine> lines, List<CriterionGroup> groups, ScoreboardData data,
                                         String blocName, Texts texts, LocalDate date) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(texts.t("scoreboard.col.rank"), Align.CENTER, false));
        columns.add(new Column(texts.t("scoreboard.col.unit"), Align.LEFT, true));
        for (CriterionGroup g : groups) {
            columns.add(new Column(g.code(), Align.RIGHT, false));
        }
        columns.add(new Column(texts.t("scoreboard.col.bonus"), Align.RIGHT, false));
        columns.add(new Column(texts.t("scoreboard.col.deduction"), Align.RIGHT, false));
        columns.add(new Column(texts.t("scoreboard.col.total"), Align.RIGHT, false));
        columns.add(new Column(texts.t("scoreboard.col.classification"), Align.LEFT, false));
        columns.add(new Column(texts.t("scoreboard.col.note"), Align.LEFT, false));
        List<List<String>> rows = new ArrayList<>();
        for (ScoreboardLine line : lines) {
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(line.rank()));
            cells.add(line.unitName());
            for (CriterionGroup g : groups) {
                cells.add(VnFormat.formatNumber(line.subtotal(g.code())));
            }
            cells.add(VnFormat.formatNumber(line.bonus()));
            cells.add(VnFormat.formatNumber(line.deduction()));
            cells.add(VnFormat.formatNumber(line.total()));
            cells.add(line.classificationText());
            cells.add(line.note());
            rows.add(cells);
        }
        List<String> notes = new ArrayList<>();
        for (CriterionGroup g : groups) {
            BigDecimal max = data.table().criteriaOf(g.code()).stream().map(Criterion::max)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            notes.add(texts.t("scoreboard.print.legend", g.code(), g.name(), VnFormat.formatNumber(max)));
        }
        int year = data.season().year();
        return new TableDocument(texts.t("scoreboard.print.title", year),
                List.of(texts.t("scoreboard.print.bloc", blocName, year),
                        texts.t("scoreboard.print.date", VnFormat.formatDate(date))),
                columns, rows, notes);
    }

    /** The sheets of the document for any printable area. */
    public static Function<PageFormat, List<Node>> sheets(TableDocument doc, Texts texts) {
        return format -> new TablePages(doc, format, texts.t("print.pageLabel")).pages();
    }
}
