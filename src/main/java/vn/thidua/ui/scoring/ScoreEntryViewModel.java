package vn.thidua.ui.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.app.ScoringService;
import vn.thidua.app.ScoringStore;
import vn.thidua.app.ScoringService.ScoreboardData;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.Score;
import vn.thidua.domain.scoring.ScoreboardRow;
import vn.thidua.domain.scoring.ScoringTable;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.ui.common.MemberChoice;
import vn.thidua.ui.common.ScoringScreenModel;
import vn.thidua.ui.common.Session;

/**
 * A unit's self and bloc scores on every criterion of the year. Each row is saved as soon as it
 * is left; a refused value stays in its field with the reason beside it.
 */
public final class ScoreEntryViewModel extends ScoringScreenModel {

    private final MemberChoice members = new MemberChoice(this::loadScores);
    private final ObjectProperty<Unit> unit = members.unitProperty();
    private final ObservableList<ScoreRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CriterionGroup> groups = FXCollections.observableArrayList();
    // One read-only view each: a view made per call could be collected with the listeners on it.
    private final ObservableList<ScoreRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public ScoreEntryViewModel(Session session) {
        super(session);
    }

    /** Reloads the members, keeping the unit chosen (by code), then its scores. */
    @Override
    public void refresh() {
        members.refresh(session, () -> {
            rows.clear();
            summary.set("");
        }, () -> {
            if (unit.get() == null) {
                rows.clear();
            }
        });
    }

    private record Saved(Score score, ScoreboardData board) {
    }

    private record Loaded(Season season, long unitId, ScoringTable table, List<Score> scores,
                          Map<Long, ScoringStore.ScoreVersion> versions, ScoreboardData board) {
    }

    private void loadScores() {
        Season season = session.season();
        Unit u = unit.get();
        if (season == null || u == null) {
            return;
        }
        session.tasks().run(() -> {
            List<Score> scores = scoring().scores(season).stream().filter(s -> s.unitId() == u.id()).toList();
            return new Loaded(season, u.id(), scoring().table(season), scores, scoring().scoreVersions(season, u.id()),
                    scoring().scoreboard(season));
        }, this::show);
    }

    private void show(Loaded loaded) {
        if (unit.get() == null || unit.get().id() != loaded.unitId()) {
            return;
        }
        Map<Long, Score> byCriterion = loaded.scores().stream()
                .collect(Collectors.toMap(Score::criterionId, Function.identity()));
        groups.setAll(loaded.table().groups());
        rows.setAll(loaded.table().criteria().stream()
                .map(c -> new ScoreRow(c, loaded.unitId(), byCriterion.get(c.id()),
                        loaded.versions().getOrDefault(c.id(), ScoringStore.ScoreVersion.NONE).version()))
                .toList());
        summary.set(summaryOf(loaded.board(), loaded.unitId()));
    }

    private String summaryOf(ScoreboardData board, long unitId) {
        Optional<ScoreboardRow> row = board.rows().stream().filter(r -> r.unitId() == unitId).findFirst();
        if (row.isEmpty() || board.table().criteria().isEmpty()) {
            return "";
        }
        ScoreboardRow r = row.get();
        String text = texts().t("scores.summary", VnFormat.formatNumber(r.total()), r.rank(), board.rows().size(),
                texts().t(r.classification().key()));
        return r.provisional() ? text + " " + texts().t("scores.summary.provisional") : text;
    }

    private record Reloaded(Score score, int version, ScoreboardData board) {
    }

    /**
     * Reads the row again (after a score changed elsewhere was refused): the stored score and its version. When
     * its criterion was deleted elsewhere, the whole table is read again instead (the row goes).
     */
    public void reload(ScoreRow row) {
        Season season = session.season();
        if (season == null) {
            return;
        }
        long criterionId = row.criterion().id();
        if (row.criterionGone()) {
            loadScores();
            return;
        }
        session.tasks().run(() -> new Reloaded(scoring().scores(season).stream()
                .filter(s -> s.unitId() == row.unitId() && s.criterionId() == criterionId).findFirst().orElse(null),
                scoring().scoreVersions(season, row.unitId()).getOrDefault(criterionId,
                        ScoringStore.ScoreVersion.NONE).version(), scoring().scoreboard(season)), r -> {
            row.reloaded(r.score(), r.version());
            summary.set(summaryOf(r.board(), row.unitId()));
        });
    }

    /** Saves the row if it changed since it was loaded or last saved. */
    public void commit(ScoreRow row) {
        Season season = session.season();
        if (season == null || !row.changed()) {
            return;
        }
        String snapshot = row.snapshot();
        row.submitted(snapshot);
        String self = row.selfProperty().get();
        String bloc = row.blocProperty().get();
        String note = row.noteProperty().get();
        long unitId = row.unitId();
        long criterionId = row.criterion().id();
        session.tasks().attempt(() -> {
            ScoringService.SavedScore saved = scoring().enterScore(season, unitId, criterionId, self, bloc, note,
                    row.version());
            row.version(saved.version());
            return new Saved(saved.score(), scoring().scoreboard(season));
        }, result -> {
            row.saved(snapshot, result.score());
            if (unit.get() != null && unit.get().id() == unitId) {
                summary.set(summaryOf(result.board(), unitId));
            }
            session.statusProperty().set(texts().t("scores.saved", row.criterion().code()));
            reload.dataChangedHere();
        }, v -> row.refused(snapshot, texts().all(v.problems()), v.problems().stream().map(Problem::field).toList(),
                        v.problems().stream().anyMatch(p -> p.key().equals("scoring.error.stale")),
                        v.problems().stream().anyMatch(p -> p.key().equals("scoring.error.criterionGone"))),
                () -> row.refused(snapshot, "", List.of()));
    }


    public String groupName(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).map(g -> g.code() + ". " + g.name())
                .findFirst().orElse(code);
    }

    public ObservableList<Unit> units() {
        return members.units();
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObservableList<ScoreRow> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
