package vn.thidua.ui.projector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.thidua.domain.voting.Outcome;
import vn.thidua.ui.common.Session;

/**
 * One election's count as the room sees it (or, hidden, only its counter). Built once for an election
 * being counted, then updated in place for each paper: the same nodes take the new figures and bar
 * lengths, so a paper costs the room a layout of what changed, never new nodes nor a restyle of the page.
 * Closing builds the result page anew, once.
 */
final class ProjectorCountPage {

    /** The parts of a candidate's row that change with a paper. */
    private record RowParts(Label votes, Label percent, BarTrack bar) {
    }

    private final Session session;
    private final boolean hidden;
    private final ProjectorCount built;
    private final Node node;
    private final Map<String, RowParts> rows = new LinkedHashMap<>();
    private Label counter;
    private Label counts;

    ProjectorCountPage(ProjectorCount c, boolean hidden, Session session) {
        this.session = session;
        this.hidden = hidden;
        this.built = c;
        this.node = hidden ? hidden(c) : count(c);
    }

    Node node() {
        return node;
    }

    /**
     * True when {@code c} is this page with other figures: the same open election, the same candidates in
     * the same places, the same words around them. Then {@link #update} shows it without a node made.
     */
    boolean fits(ProjectorCount c, boolean hiddenNow) {
        return hiddenNow == hidden && c.electionId() == built.electionId() && !c.closed() && !built.closed()
                && c.title().equals(built.title()) && c.subtitle().equals(built.subtitle())
                && c.rule().equals(built.rule()) && c.banner().equals(built.banner())
                && c.thresholdLabel().equals(built.thresholdLabel())
                && keys(c).equals(keys(built));
    }

    private static List<String> keys(ProjectorCount c) {
        return c.rows().stream().map(r -> r.key() + " " + r.name()).toList();
    }

    /** The new figures on the nodes already shown. */
    void update(ProjectorCount c) {
        set(counter, c.counter());
        if (hidden) {
            return;
        }
        set(counts, c.counts());
        for (ProjectorCount.Row r : c.rows()) {
            RowParts p = rows.get(r.key());
            set(p.votes(), String.valueOf(r.votes()));
            set(p.percent(), r.percent());
            p.bar().set(r.fraction(), c.thresholdFraction());
        }
    }

    private static void set(Label l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
    }

    private Node hidden(ProjectorCount c) {
        Label title = label("projectorTitle", c.title(), "projector-title");
        Label sub = label("projectorSubtitle", c.subtitle(), "projector-subtitle");
        sub.setVisible(!c.subtitle().isEmpty());
        counter = label("projectorCounter", c.counter(), "projector-counter-huge");
        Label note = label("projectorHiddenNote", session.t("projector.hiddenNote"), "projector-notice");
        VBox box = new VBox(28, title, sub, counter, note);
        box.setAlignment(Pos.CENTER);
        box.setId("projectorHidden");
        box.getStyleClass().add("projector-page");
        return box;
    }

    private Node count(ProjectorCount c) {
        Label title = label("projectorTitle", c.title(), "projector-title");
        Label sub = label("projectorSubtitle", c.subtitle(), "projector-subtitle");
        sub.setManaged(!c.subtitle().isEmpty());
        sub.setVisible(!c.subtitle().isEmpty());
        Label rule = label("projectorRule", c.rule(), "projector-rule");
        VBox top = new VBox(4, title, sub, rule);

        VBox list = new VBox();
        list.getStyleClass().addAll("projector-rows", c.rows().size() > 8 ? "rows-many" : "rows-few");
        for (ProjectorCount.Row r : c.rows()) {
            list.getChildren().add(c.closed() ? resultRow(r) : countRow(r, c.thresholdFraction()));
        }

        Label banner = label("projectorBanner", ResultLine.glue(c.banner(),
                c.rows().stream().map(ProjectorCount.Row::name).toList()), c.tie() ? "projector-banner-tie" : "projector-banner");
        ResultLine.shrinkToFit(banner);
        banner.setManaged(!c.banner().isEmpty());
        banner.setVisible(!c.banner().isEmpty());
        counts = label("projectorCounts", c.counts(), "projector-counts");
        VBox left = new VBox(6, banner, counts);
        left.setAlignment(Pos.BOTTOM_LEFT);
        left.setMinWidth(0);
        HBox.setHgrow(left, Priority.ALWAYS);
        counter = label("projectorCounter", c.counter(), "projector-counter");
        counter.setMinWidth(Region.USE_PREF_SIZE);
        Label threshold = label("projectorThreshold", session.t("projector.threshold", c.thresholdLabel()),
                "projector-threshold-label");
        threshold.setMinWidth(Region.USE_PREF_SIZE);
        VBox right = new VBox(0, counter, threshold);
        right.setAlignment(Pos.BOTTOM_RIGHT);
        right.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(24, left, right);
        bottom.setAlignment(Pos.BOTTOM_LEFT);
        bottom.getStyleClass().add("projector-bottom");

        BorderPane page = new BorderPane(new FitPane(list), top, null, bottom, null);
        page.setId(c.closed() ? "projectorResult" : "projectorCount");
        page.getStyleClass().add("projector-page");
        return page;
    }

    private Node countRow(ProjectorCount.Row r, double threshold) {
        BarTrack bar = new BarTrack(r.fraction(), threshold);
        bar.setId("projectorBar-" + r.key());
        bar.getStyleClass().add("projector-bar");
        VBox row = new VBox(4, line(r, bar), bar);
        row.getStyleClass().add("projector-row");
        return row;
    }

    /** Number, name, votes, percent; under them the outcome and its reason, so the name keeps its room. */
    private Node resultRow(ProjectorCount.Row r) {
        HBox line = line(r, null);
        Label outcome = label("projectorOutcome-" + r.key(), r.outcomeText(), "projector-outcome");
        outcome.getStyleClass().add(outcomeClass(r.outcome()));
        outcome.setMinWidth(Region.USE_PREF_SIZE);
        Label reason = label("projectorReason-" + r.key(), r.reason(), "projector-reason");
        reason.setMinWidth(0);
        HBox.setHgrow(reason, Priority.ALWAYS);
        HBox second = new HBox(12, outcome, reason);
        second.setAlignment(Pos.CENTER_LEFT);
        second.getStyleClass().add("projector-outcome-line");
        VBox row = new VBox(2, line, second);
        row.getStyleClass().addAll("projector-row", outcomeClass(r.outcome()));
        return row;
    }

    /** Number, name, votes and percent: the parts of a row the back of the hall must read. */
    private HBox line(ProjectorCount.Row r, BarTrack bar) {
        Label key = label("projectorKey-" + r.key(), r.key(), "projector-key");
        key.setMinWidth(Region.USE_PREF_SIZE);
        Label name = label("projectorName-" + r.key(), r.name(), "projector-name");
        name.setWrapText(false);
        name.setMinWidth(0);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label votes = label("projectorVotes-" + r.key(), String.valueOf(r.votes()), "projector-votes");
        votes.setMinWidth(Region.USE_PREF_SIZE);
        Label percent = label("projectorPercent-" + r.key(), r.percent(), "projector-percent");
        percent.setMinWidth(Region.USE_PREF_SIZE);
        if (bar != null) {
            rows.put(r.key(), new RowParts(votes, percent, bar));
        }
        HBox line = new HBox(16, key, name, votes, percent);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    static String outcomeClass(Outcome o) {
        if (o == null) {
            return "outcome-open";
        }
        return switch (o) {
            case ELECTED -> "outcome-elected";
            case TIE -> "outcome-tie";
            case NOT_ELECTED -> "outcome-not-elected";
        };
    }

    static Label label(String id, String text, String styleClass) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        return l;
    }
}
