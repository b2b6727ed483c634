package vn.thidua.ui.projector;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.thidua.domain.voting.Outcome;
import vn.thidua.ui.common.Session;

/**
 * What the room sees, drawn from the projector's ViewModel: the room's window and the operator's
 * preview are two of these over the same state. Laid out for a 768 px high screen and scaled.
 */
public final class ProjectorView {

    static final String STYLESHEET = ProjectorView.class.getResource("/vn/thidua/ui/projector.css").toExternalForm();
    private final ProjectorViewModel vm;
    private final ProjectorScoreboard scoreboard;
    private final Session session;
    private final StackPane content = new StackPane();
    private final ScaledPane root;
    // Held here, and this view held by its node: a preview dropped with its screen is collected.
    private final InvalidationListener onCount = o -> countChanged();
    private final InvalidationListener onMode = o -> redraw();

    public ProjectorView(ProjectorViewModel vm, ProjectorScoreboard scoreboard, Session session) {
        this.vm = vm;
        this.scoreboard = scoreboard;
        this.session = session;
        content.getStyleClass().add("projector");
        root = new ScaledPane(content);
        root.getStyleClass().add("projector-root");
        // On the node, not the scene: the operator's preview lives in the operator's light-themed scene.
        root.getStylesheets().add(STYLESHEET);
        root.getProperties().put(ProjectorView.class, this);
        vm.modeProperty().addListener(new WeakInvalidationListener(onMode));
        vm.countProperty().addListener(new WeakInvalidationListener(onCount));
        vm.refusalProperty().addListener(new WeakInvalidationListener(onCount));
        vm.welcomeBlocProperty().addListener(new WeakInvalidationListener(onMode));
        vm.welcomeTitleProperty().addListener(new WeakInvalidationListener(onMode));
        scoreboard.supplierProperty().addListener(new WeakInvalidationListener(onMode));
        redraw();
    }

    public Region node() {
        return root;
    }

    private void countChanged() {
        if (vm.modeProperty().get() == ProjectorMode.COUNT || vm.modeProperty().get() == ProjectorMode.COUNT_HIDDEN) {
            redraw();
        }
    }

    private void redraw() {
        Node shown = switch (vm.modeProperty().get()) {
            case WELCOME -> welcome();
            case COUNT -> !vm.refusalProperty().get().isEmpty() ? refused()
                    : vm.countProperty().get() == null ? noCount() : count(vm.countProperty().get());
            case COUNT_HIDDEN -> !vm.refusalProperty().get().isEmpty() ? refused()
                    : vm.countProperty().get() == null ? noCount() : hidden(vm.countProperty().get());
            case BLACK -> black();
            case SCOREBOARD -> scoreboard();
        };
        content.getChildren().setAll(shown);
    }

    private Node welcome() {
        Label bloc = label("projectorWelcomeBloc", vm.welcomeBlocProperty().get(), "projector-welcome-bloc");
        Label title = label("projectorWelcomeTitle", vm.welcomeTitleProperty().get(), "projector-welcome-title");
        VBox box = new VBox(36, bloc, title);
        box.setAlignment(Pos.CENTER);
        box.setId("projectorWelcome");
        box.getStyleClass().add("projector-page");
        return box;
    }

    private Node black() {
        Region r = new Region();
        r.setId("projectorBlack");
        r.getStyleClass().add("projector-black");
        return r;
    }

    private Node scoreboard() {
        StackPane box = new StackPane(scoreboard.newNode());
        box.setId("projectorScoreboard");
        box.getStyleClass().add("projector-page");
        return box;
    }

    private Node refused() {
        Label l = label("projectorRefused", vm.refusalProperty().get(), "projector-notice");
        l.getStyleClass().add("projector-refused");
        StackPane box = new StackPane(l);
        box.getStyleClass().add("projector-page");
        return box;
    }

    private Node noCount() {
        Label l = label("projectorNoCount", session.t("projector.noCount"), "projector-notice");
        StackPane box = new StackPane(l);
        box.getStyleClass().add("projector-page");
        return box;
    }

    private Node hidden(ProjectorCount c) {
        Label title = label("projectorTitle", c.title(), "projector-title");
        Label sub = label("projectorSubtitle", c.subtitle(), "projector-subtitle");
        sub.setVisible(!c.subtitle().isEmpty());
        Label counter = label("projectorCounter", c.counter(), "projector-counter-huge");
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

        VBox rows = new VBox();
        rows.getStyleClass().addAll("projector-rows", c.rows().size() > 8 ? "rows-many" : "rows-few");
        for (ProjectorCount.Row r : c.rows()) {
            rows.getChildren().add(c.closed() ? resultRow(r) : countRow(r, c.thresholdFraction()));
        }

        Label banner = label("projectorBanner", ResultLine.glue(c.banner(),
                c.rows().stream().map(ProjectorCount.Row::name).toList()), c.tie() ? "projector-banner-tie" : "projector-banner");
        ResultLine.shrinkToFit(banner);
        banner.setManaged(!c.banner().isEmpty());
        banner.setVisible(!c.banner().isEmpty());
        Label counts = label("projectorCounts", c.counts(), "projector-counts");
        VBox left = new VBox(6, banner, counts);
        left.setAlignment(Pos.BOTTOM_LEFT);
        left.setMinWidth(0);
        HBox.setHgrow(left, Priority.ALWAYS);
        Label counter = label("projectorCounter", c.counter(), "projector-counter");
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

        BorderPane page = new BorderPane(new FitPane(rows), top, null, bottom, null);
        page.setId(c.closed() ? "projectorResult" : "projectorCount");
        page.getStyleClass().add("projector-page");
        return page;
    }

    private Node countRow(ProjectorCount.Row r, double threshold) {
        HBox line = line(r);
        BarTrack bar = new BarTrack(r.fraction(), threshold);
        bar.setId("projectorBar-" + r.key());
        bar.getStyleClass().add("projector-bar");
        VBox row = new VBox(4, line, bar);
        row.getStyleClass().add("projector-row");
        return row;
    }

    /** Number, name, votes, percent; under them the outcome and its reason, so the name keeps its room. */
    private Node resultRow(ProjectorCount.Row r) {
        HBox line = line(r);
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
    private HBox line(ProjectorCount.Row r) {
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

    private static Label label(String id, String text, String styleClass) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        return l;
    }
}
