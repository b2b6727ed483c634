package vn.thidua.ui.scoreboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.app.ScoringService.ScoreboardData;
import vn.thidua.app.Texts;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.CriterionKind;
import vn.thidua.domain.scoring.ScoreboardRow;
import vn.thidua.ui.common.Session;
import vn.thidua.domain.text.VnFormat;

/** The year's scoreboard, reloaded whenever the year, the data or the language changes. */
public final class ScoreboardViewModel {

    private final Session session;
    private final ObservableList<ScoreboardLine> lines = FXCollections.observableArrayList();
    private final ObservableList<CriterionGroup> groups = FXCollections.observableArrayList();
    // One read-only view each: a view made per call could be collected with the listeners on it.
    private final ObservableList<ScoreboardLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ObservableList<CriterionGroup> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ScoreboardData> data = new ReadOnlyObjectWrapper<>();
    // Held here so that the session's weak listeners live as long as this model and no longer.
    private final Session.Reload reload;

    public ScoreboardViewModel(Session session) {
        this.session = session;
        this.reload = session.reloadOn(this::refresh, true);
    }

    private Texts texts() {
        return session.texts();
    }

    public void refresh() {
        Season season = session.season();
        if (season == null) {
            lines.clear();
            groups.clear();
            data.set(null);
            summary.set("");
            return;
        }
        session.tasks().run(() -> session.workspace().scoring().scoreboard(season), this::show);
    }

    private void show(ScoreboardData loaded) {
        if (session.season() == null || loaded.season().id() != session.season().id()) {
            return;
        }
        List<CriterionGroup> regular = loaded.table().groups().stream()
                .filter(g -> loaded.table().criteriaOf(g.code()).stream().anyMatch(c -> c.kind() == CriterionKind.REGULAR))
                .toList();
        if (!regular.equals(groups)) {
            groups.setAll(regular);
        }
        lines.setAll(loaded.rows().stream()
                .map(r -> new ScoreboardLine(r, texts().t(r.classification().key()), note(r, loaded.bands())))
                .toList());
        summary.set(summaryOf(loaded));
        data.set(loaded);
    }

    private String note(ScoreboardRow row, ClassificationBands bands) {
        List<String> parts = new ArrayList<>();
        if (row.provisional()) {
            parts.add(texts().t("scoreboard.note.provisional"));
        }
        if (!row.criteriaBelowMinimum().isEmpty()) {
            row.classification().higher().flatMap(bands::band).ifPresent(band -> parts.add(texts().t(
                    "scoreboard.note.below", String.join(", ", row.criteriaBelowMinimum()),
                    VnFormat.formatNumber(band.minCriterionPercent()))));
        }
        return String.join("; ", parts);
    }

    private String summaryOf(ScoreboardData loaded) {
        if (loaded.table().criteria().isEmpty()) {
            return texts().t("scoreboard.noTable", loaded.season().year());
        }
        Map<Classification, Integer> counts = new EnumMap<>(Classification.class);
        loaded.rows().forEach(r -> counts.merge(r.classification(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((c, n) -> parts.add(texts().t("scoreboard.summary.count", n, texts().t(c.key()))));
        String text = texts().t("scoreboard.summary", loaded.season().year(), loaded.rows().size(),
                String.join(" · ", parts));
        long provisional = loaded.rows().stream().filter(ScoreboardRow::provisional).count();
        return provisional == 0 ? text : text + " " + texts().t("scoreboard.summary.provisional", provisional);
    }

    public String blocName() {
        return session.bloc() == null ? "" : session.bloc().name();
    }

    public ObservableList<ScoreboardLine> lines() {
        return linesView;
    }

    /** The groups with regular criteria, one subtotal column each. */
    public ObservableList<CriterionGroup> groups() {
        return groupsView;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScoreboardData> dataProperty() {
        return data.getReadOnlyProperty();
    }
}
