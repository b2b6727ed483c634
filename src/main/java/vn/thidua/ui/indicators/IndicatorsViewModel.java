package vn.thidua.ui.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.app.RowVersion;
import vn.thidua.app.ScoringService.YearSummary;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.ui.common.MemberChoice;
import vn.thidua.ui.common.ScoringScreenModel;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.StaleEdit;

/**
 * A unit's indicators for the year, saved row by row as they are typed, with an empty row at
 * the bottom for the next one; and the unit across years.
 */
public final class IndicatorsViewModel extends ScoringScreenModel {

    private final MemberChoice members = new MemberChoice(this::load);
    private final ObjectProperty<Unit> unit = members.unitProperty();
    private final ObservableList<IndicatorRow> rows = FXCollections.observableArrayList();
    private final ObservableList<IndicatorRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<IndicatorRow> current = new SimpleObjectProperty<>();
    private final ObservableList<HistoryYear> years = FXCollections.observableArrayList();
    private final ObservableList<HistoryYear> yearsView = FXCollections.unmodifiableObservableList(years);
    private final ObservableList<HistoryIndicator> history = FXCollections.observableArrayList();
    private final ObservableList<HistoryIndicator> historyView = FXCollections.unmodifiableObservableList(history);

    public IndicatorsViewModel(Session session) {
        super(session);
    }

    /** Reloads the members (keeping the chosen unit by code), then the unit's indicators. */
    @Override
    public void refresh() {
        members.refresh(session, () -> {
            rows.clear();
            years.clear();
            history.clear();
        }, () -> { });
    }

    private record Loaded(long unitId, List<Indicator> indicators, Map<Long, Integer> versions,
                          List<YearSummary> history) {
    }

    private void load() {
        Season season = session.season();
        Bloc bloc = session.bloc();
        Unit u = unit.get();
        if (season == null || u == null || bloc == null) {
            return;
        }
        session.tasks().run(() -> {
            List<Indicator> list = scoring().indicators(season, u.id());
            Map<Long, Integer> versions = new HashMap<>();
            list.forEach(i -> versions.put(i.id(), scoring().version(RowVersion.Of.INDICATOR, i.id()).version()));
            return new Loaded(u.id(), list, versions, scoring().history(bloc, u.id()));
        }, this::show);
    }

    private void show(Loaded loaded) {
        if (unit.get() == null || unit.get().id() != loaded.unitId()) {
            return;
        }
        List<IndicatorRow> list = new ArrayList<>();
        loaded.indicators().forEach(i -> list.add(new IndicatorRow(loaded.unitId(), i, loaded.versions().get(i.id()))));
        list.add(new IndicatorRow(loaded.unitId(), null));
        rows.setAll(list);
        showHistory(loaded.history());
    }

    private void showHistory(List<YearSummary> summaries) {
        years.setAll(summaries.stream().map(s -> {
            String label = s.unit().displayName() + " (" + s.unit().code() + ")";
            return s.row()
                    .map(r -> new HistoryYear(s.year(), r.total(), VnFormat.formatNumber(r.total()), String.valueOf(r.rank()),
                            texts().t(r.classification().key()) + (r.provisional() ? " " + texts().t("history.provisional") : ""),
                            label, s.predecessor()))
                    .orElse(new HistoryYear(s.year(), null, "", "", texts().t("history.notScored"), label, s.predecessor()));
        }).toList());
        Map<String, Map<Integer, String>> actuals = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> measures = new LinkedHashMap<>();
        for (YearSummary s : summaries) {
            for (Indicator i : s.indicators()) {
                // A predecessor's figures stay its own line, labelled with its code (issue 16).
                String key = (s.predecessor() ? s.unit().code() + "|" : "") + i.name().strip().toLowerCase(Locale.ROOT);
                names.putIfAbsent(key, s.predecessor() ? i.name() + " (" + s.unit().code() + ")" : i.name());
                measures.put(key, i.measureUnit());
                actuals.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(s.year(), VnFormat.formatNumber(i.actual()));
            }
        }
        history.setAll(names.keySet().stream()
                .map(k -> new HistoryIndicator(names.get(k), measures.get(k), actuals.get(k))).toList());
    }

    /** Reloads the unit across years (after figures were typed on the other tab). */
    public void refreshHistory() {
        Bloc bloc = session.bloc();
        Unit u = unit.get();
        if (bloc == null || u == null) {
            return;
        }
        session.tasks().run(() -> scoring().history(bloc, u.id()), list -> {
            if (unit.get() != null && unit.get().id() == u.id()) {
                showHistory(list);
            }
        });
    }

    /** Saves the row if it changed since loaded or last sent; the empty bottom row only once something is typed. */
    public void commit(IndicatorRow row) {
        Season season = session.season();
        if (season == null || !row.changed() || row.isNew() && row.isBlank()) {
            return;
        }
        String snapshot = row.snapshot();
        row.submitted(snapshot);
        String name = row.nameProperty().get();
        String measure = row.measureProperty().get();
        String plan = row.planProperty().get();
        String actual = row.actualProperty().get();
        String previous = row.previousProperty().get();
        String note = row.noteProperty().get();
        session.tasks().attempt(() -> {
            Indicator saved = scoring().saveIndicator(season, row.idRef().get(), row.unitId(), name, measure, plan,
                    actual, previous, note, row.version());
            row.idRef().set(saved.id());
            row.version(scoring().version(RowVersion.Of.INDICATOR, saved.id()).version());
            return saved;
        }, saved -> {
            row.saved(snapshot, saved);
            if (rows.contains(row) && rows.get(rows.size() - 1) == row) {
                rows.add(new IndicatorRow(row.unitId(), null));
            }
            session.statusProperty().set(texts().t("indicators.saved", saved.name()));
            reload.dataChangedHere();
        }, v -> row.refused(snapshot, texts().all(v.problems()), v.problems().stream().map(Problem::field).toList(),
                StaleEdit.isStale(v)), () -> row.refused(snapshot, "", List.of(), false));
    }

    /**
     * After a save refused as changed elsewhere: reads the row's indicator again, with its version, in place of
     * what was typed; if it was deleted elsewhere, the unit's list is read again.
     */
    public void reloadRow(IndicatorRow row) {
        Season season = session.season();
        if (season == null || row.isNew()) {
            return;
        }
        long id = row.id();
        session.tasks().run(() -> scoring().indicators(season, row.unitId()).stream().filter(i -> i.id() == id)
                .findFirst().map(i -> new Stored(i, scoring().version(RowVersion.Of.INDICATOR, id).version())), stored -> {
                    if (stored.isPresent()) {
                        row.reloaded(stored.get().indicator(), stored.get().version());
                        session.statusProperty().set(texts().t("indicators.reloaded", stored.get().indicator().name()));
                    } else {
                        session.statusProperty().set(texts().t("indicators.goneElsewhere", row.nameProperty().get()));
                        load();
                    }
                });
    }

    private record Stored(Indicator indicator, int version) {
    }

    /** Deletes the row being edited, after asking; the empty bottom row is only cleared. */
    public void deleteCurrent() {
        if (session.refusedReadOnly()) {
            return;
        }
        IndicatorRow row = current.get();
        Season season = session.season();
        if (row == null || season == null || !rows.contains(row)) {
            return;
        }
        if (row.isNew()) {
            List.of(row.nameProperty(), row.measureProperty(), row.planProperty(), row.actualProperty(),
                    row.previousProperty(), row.noteProperty()).forEach(p -> p.set(""));
            return;
        }
        String name = row.nameProperty().get();
        if (!session.dialogs().confirm(texts().t("indicators.delete.title"), texts().t("indicators.delete.confirm", name))) {
            return;
        }
        Indicator doomed = new Indicator(row.id(), row.unitId(), name, "", null, null, null, "");
        session.tasks().run(() -> scoring().deleteIndicator(doomed), () -> {
            rows.remove(row);
            current.set(null);
            session.statusProperty().set(texts().t("indicators.deleted", name));
            reload.dataChangedHere();
            load();
        });
    }

    /** Gives the unit last year's indicator names with empty figures. */
    public void copyNamesFromLastYear() {
        Season season = session.season();
        Unit u = unit.get();
        if (season == null || u == null) {
            return;
        }
        session.tasks().run(() -> scoring().copyIndicatorNamesFromLastYear(season, u.id()), copied -> {
            session.statusProperty().set(copied == 0 ? texts().t("indicators.copied.none")
                    : texts().t("indicators.copied", copied));
            reload.dataChangedHere();
            load();
        });
    }


    public ObservableList<Unit> units() {
        return members.units();
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObservableList<IndicatorRow> rows() {
        return rowsView;
    }

    /** The row the user is in (set by the view as the focus moves). */
    public ObjectProperty<IndicatorRow> currentProperty() {
        return current;
    }

    public ObservableList<HistoryYear> years() {
        return yearsView;
    }

    public ObservableList<HistoryIndicator> history() {
        return historyView;
    }
}
