package vn.thidua.ui.elections;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.projector.BarTrack;
import vn.thidua.ui.projector.ProjectorCount;

/**
 * The operator's live tally: the candidates with their keys, bars, votes and percent, the
 * threshold line, and once closed each one's outcome and reason. Drawn from the very snapshot
 * the projector shows.
 */
final class TallyView {

    private final VBox rows = new VBox(6);
    private final Label progress = new Label();
    private final Label rule = new Label();
    private final Label threshold = new Label();
    private final Label banner = new Label();
    private final Session session;
    private final VBox root;
    /** The open count the rows were built for, and their parts that change with a paper. */
    private ProjectorCount built;
    private final Map<String, RowParts> parts = new HashMap<>();

    private record RowParts(Label votes, Label percent, BarTrack bar) {
    }

    TallyView(CountingViewModel vm, Session session) {
        this.session = session;
        progress.setId("tallyProgress");
        progress.getStyleClass().add("tally-progress");
        rule.setId("tallyRule");
        rule.setWrapText(true);
        threshold.setId("tallyThreshold");
        threshold.setMinWidth(Region.USE_PREF_SIZE);
        threshold.getStyleClass().add("tally-threshold");
        banner.setId("tallyBanner");
        banner.setWrapText(true);
        banner.getStyleClass().add("tally-banner");
        Label heading = new Label(session.t("elections.tally.heading"));
        heading.getStyleClass().add("section-title");
        heading.setMinWidth(0);
        HBox top = new HBox(12, heading, spring(), progress);
        top.setAlignment(Pos.BASELINE_LEFT);
        rule.setMinHeight(Region.USE_PREF_SIZE);
        HBox ruleLine = new HBox(12, rule, threshold);
        HBox.setHgrow(rule, Priority.ALWAYS);
        rule.setMaxWidth(Double.MAX_VALUE);
        rule.setMinWidth(0);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("tally-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(6, top, ruleLine, banner, scroll);
        root.setId("tally");
        root.getStyleClass().add("tally");
        // Kept by the elections screen across languages: a view left behind must stop drawing every paper.
        Listening.whileShown(root, vm.countProperty(), () -> draw(vm.countProperty().get()));
    }

    VBox node() {
        return root;
    }

    private void draw(ProjectorCount c) {
        if (c == null) {
            built = null;
            rows.getChildren().clear();
            progress.setText("");
            rule.setText("");
            threshold.setText("");
            banner.setText("");
            return;
        }
        progress.setText(c.counter());
        if (built != null && !c.closed() && !built.closed() && c.electionId() == built.electionId()
                && c.rule().equals(built.rule()) && c.thresholdLabel().equals(built.thresholdLabel())
                && c.rows().stream().map(r -> r.key() + r.name()).toList()
                        .equals(built.rows().stream().map(r -> r.key() + r.name()).toList())) {
            // A paper: the same rows take the new figures; no node made, nothing restyled.
            for (ProjectorCount.Row r : c.rows()) {
                RowParts p = parts.get(r.key());
                p.votes().setText(String.valueOf(r.votes()));
                p.percent().setText(r.percent());
                p.bar().set(r.fraction(), c.thresholdFraction());
            }
            return;
        }
        built = c;
        parts.clear();
        rule.setText(c.rule());
        threshold.setText(session.t("projector.threshold", c.thresholdLabel()));
        banner.setText(c.banner());
        banner.setVisible(!c.banner().isEmpty());
        banner.setManaged(!c.banner().isEmpty());
        banner.getStyleClass().removeAll("tie");
        if (c.tie()) {
            banner.getStyleClass().add("tie");
        }
        rows.getChildren().setAll(c.rows().stream().map(r -> row(r, c)).toList());
    }

    private Node row(ProjectorCount.Row r, ProjectorCount c) {
        Label key = label("tallyKey-" + r.key(), r.key(), "tally-key");
        Label name = label("tallyName-" + r.key(), r.name(), "tally-name");
        name.setMinWidth(0);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label votes = label("tallyVotes-" + r.key(), String.valueOf(r.votes()), "tally-votes");
        Label percent = label("tallyPercent-" + r.key(), r.percent(), "tally-percent");
        HBox line = new HBox(8, key, name, votes, percent);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(3, line);
        row.getStyleClass().add("tally-row");
        if (c.closed()) {
            // The outcome starts the second line, with its reason: the name keeps the first line's room.
            Label outcome = label("tallyOutcome-" + r.key(), r.outcomeText(), "tally-outcome");
            outcome.getStyleClass().add(outcomeClass(r));
            Label reason = label("tallyReason-" + r.key(), r.reason(), "tally-reason");
            reason.setWrapText(true);
            reason.setMinWidth(0);
            reason.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(reason, Priority.ALWAYS);
            HBox second = new HBox(6, outcome, reason);
            second.setAlignment(Pos.TOP_LEFT);
            second.setPadding(new Insets(0, 0, 0, 32));
            row.getChildren().add(second);
        } else {
            BarTrack bar = new BarTrack(r.fraction(), c.thresholdFraction());
            parts.put(r.key(), new RowParts(votes, percent, bar));
            bar.setId("tallyBar-" + r.key());
            bar.getStyleClass().add("tally-bar");
            row.getChildren().add(bar);
        }
        return row;
    }

    private static String outcomeClass(ProjectorCount.Row r) {
        return switch (r.outcome()) {
            case ELECTED -> "outcome-elected";
            case TIE -> "outcome-tie";
            case NOT_ELECTED -> "outcome-not-elected";
        };
    }

    private static Label label(String id, String text, String styleClass) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Region spring() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
