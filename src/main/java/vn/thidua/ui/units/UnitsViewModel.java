package vn.thidua.ui.units;

import java.text.Collator;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.app.AppException;
import vn.thidua.app.BlocService;
import vn.thidua.app.RowVersion;
import vn.thidua.app.Texts;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.StaleEdit;

/** The units of the chosen year: list, add, edit, deactivate, head and deputy, a new year. */
public final class UnitsViewModel {

    private final Session session;
    private final ObservableList<UnitRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<UnitRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper yearInfo = new ReadOnlyStringWrapper("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty shortName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper leadersError = new ReadOnlyStringWrapper("");
    private final StaleEdit leadersStale = new StaleEdit();
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasSeason = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper renaming = new ReadOnlyBooleanWrapper(false);
    private final StringProperty fromYear = new SimpleStringProperty("");
    private Unit editedUnit;
    private final ReorganiseViewModel reorganise;

    public UnitsViewModel(Session session) {
        this.session = session;
        this.reorganise = new ReorganiseViewModel(session);
        session.seasonProperty().addListener((o, a, b) -> refresh());
        session.changesProperty().addListener((o, a, b) -> refresh());
        session.textsProperty().addListener((o, a, b) -> refresh());
    }

    private BlocService blocs() {
        return session.workspace().blocs();
    }

    private Texts texts() {
        return session.texts();
    }

    public void refresh() {
        Season season = session.season();
        hasSeason.set(season != null);
        if (season == null) {
            rows.clear();
            yearInfo.set(session.bloc() == null ? "" : texts().t("units.noYear"));
            return;
        }
        session.tasks().run(() -> {
            Season fresh = blocs().reload(season);
            leadersVersion = blocs().version(RowVersion.Of.LEADERS, fresh).version();
            return new Loaded(fresh, blocs().members(fresh));
        }, this::show);
    }

    /**
     * The year's leaders' version as this screen shows them: a head or deputy chosen here is refused when
     * another window changed them since (the screen then shows what is stored). Read and set on the data thread.
     */
    private volatile int leadersVersion;

    private record Loaded(Season season, List<Unit> members) {
    }

    private void show(Loaded loaded) {
        Season s = loaded.season();
        Collator collator = Collator.getInstance(Texts.VIETNAMESE);
        Long previouslySelected = selected.get() == null ? null : selected.get().unit().id();
        rows.setAll(loaded.members().stream()
                .sorted(Comparator.comparing(Unit::fullName, collator))
                .map(u -> new UnitRow(u, role(s, u), texts().t(u.active() ? "units.active" : "units.inactive")))
                .toList());
        rows.stream().filter(r -> Long.valueOf(r.unit().id()).equals(previouslySelected)).findFirst()
                .ifPresent(selected::set);
        String head = name(loaded.members(), s.headUnitId());
        String deputy = name(loaded.members(), s.deputyUnitId());
        yearInfo.set(texts().t("units.yearInfo", s.year(), head, deputy, loaded.members().size()));
        // What is stored is shown, at its version: a refusal of the head or deputy no longer stands.
        leadersError.set("");
        leadersStale.clear();
    }

    /**
     * After a head or deputy refused because the leaders were changed elsewhere: the year read again, showing
     * the other window's choice at its version; the refusal is gone.
     */
    public void reloadLeaders() {
        refresh();
    }

    private String role(Season s, Unit u) {
        if (Long.valueOf(u.id()).equals(s.headUnitId())) {
            return texts().t("units.role.head");
        }
        if (Long.valueOf(u.id()).equals(s.deputyUnitId())) {
            return texts().t("units.role.deputy");
        }
        return "";
    }

    private String name(List<Unit> members, Long id) {
        return members.stream().filter(u -> Long.valueOf(u.id()).equals(id)).map(Unit::fullName).findFirst()
                .orElse(texts().t("units.notSet"));
    }

    public void startAdd() {
        if (session.refusedReadOnly()) {
            return;
        }
        if (session.season() == null) {
            return;
        }
        reorganise.cancel();
        editedUnit = null;
        renaming.set(false);
        code.set("");
        fullName.set("");
        shortName.set("");
        formError.set("");
        formTitle.set(texts().t("units.form.add"));
        editing.set(true);
    }

    public void startEdit() {
        if (session.refusedReadOnly()) {
            return;
        }
        UnitRow row = selected.get();
        if (row == null) {
            return;
        }
        reorganise.cancel();
        editedUnit = row.unit();
        renaming.set(false);
        code.set(row.code());
        fullName.set(row.fullName());
        shortName.set(row.shortName());
        formError.set("");
        formTitle.set(texts().t("units.form.edit", row.code()));
        editing.set(true);
    }

    /** A new name from a year on (issue 16): earlier years keep the name they had. */
    public void startRename() {
        UnitRow row = selected.get();
        Season season = session.season();
        if (row == null || season == null) {
            return;
        }
        startEdit();
        renaming.set(true);
        fromYear.set(String.valueOf(season.year()));
        formTitle.set(texts().t("units.form.rename", row.code()));
    }

    /** Units merged into one from a year on (the shown year's members to choose from). */
    public void startMerge() {
        reorganiseWith(reorganise::startMerge);
    }

    /** A unit split into several from a year on. */
    public void startSplit() {
        reorganiseWith(reorganise::startSplit);
    }

    /** A unit moved to another bloc from a year on. */
    public void startMove() {
        reorganiseWith(reorganise::startMove);
    }

    private void reorganiseWith(BiConsumer<List<Unit>, Unit> start) {
        if (session.season() == null || rows.isEmpty()) {
            return;
        }
        cancel();
        start.accept(rows.stream().map(UnitRow::unit).toList(), selected.get() == null ? null : selected.get().unit());
    }

    public ReorganiseViewModel reorganise() {
        return reorganise;
    }

    public void cancel() {
        renaming.set(false);
        editing.set(false);
        formError.set("");
    }

    public void save() {
        Season season = session.season();
        if (!editing.get() || season == null) {
            return;
        }
        UnitDraft draft = new UnitDraft(code.get(), fullName.get(), shortName.get());
        Unit edited = editedUnit;
        if (renaming.get() && edited != null) {
            saveRename(season, edited, draft);
            return;
        }
        session.tasks().attempt(() -> {
            if (edited == null) {
                blocs().addUnit(season, draft);
            } else {
                blocs().editUnit(season, edited, draft);
            }
            return draft.normalized();
        }, saved -> {
            editing.set(false);
            formError.set("");
            session.statusProperty().set(texts().t("units.saved", saved.code()));
            session.dialogs().notice(texts().t("notice.saved"), texts().t("units.saved", saved.code()));
            session.dataChanged();
        }, v -> formError.set(texts().all(v.problems())));
    }

    private void saveRename(Season season, Unit edited, UnitDraft draft) {
        int year;
        try {
            year = Integer.parseInt(fromYear.get().trim());
        } catch (NumberFormatException e) {
            formError.set(texts().t("unit.error.fromYear", fromYear.get().trim()));
            return;
        }
        var bloc = session.bloc();
        session.tasks().attempt(() -> {
            blocs().rename(bloc, edited.code(), draft.fullName(), draft.shortName(), year);
            return year;
        }, y -> {
            renaming.set(false);
            editing.set(false);
            formError.set("");
            session.statusProperty().set(texts().t("units.renamed", edited.code(), y));
            session.dialogs().notice(texts().t("notice.saved"), texts().t("units.renamed", edited.code(), y));
            session.dataChanged();
        }, v -> formError.set(texts().all(v.problems())));
    }

    public void toggleActive() {
        UnitRow row = selected.get();
        Season season = session.season();
        if (row == null || season == null) {
            return;
        }
        Unit u = row.unit();
        if (u.active() && !session.dialogs().confirm(texts().t("units.deactivate.title"),
                texts().t("units.deactivate.confirm", u.fullName()))) {
            return;
        }
        changeAndReload(() -> blocs().setActive(blocs().reload(season), u, !u.active()));
    }

    public void makeHead() {
        leaders(true);
    }

    public void makeDeputy() {
        leaders(false);
    }

    private void leaders(boolean head) {
        UnitRow row = selected.get();
        Season season = session.season();
        if (row == null || season == null) {
            return;
        }
        long id = row.unit().id();
        session.tasks().attempt(() -> {
            Season s = blocs().reload(season);
            Long newHead = head ? Long.valueOf(id) : s.headUnitId();
            Long newDeputy = head ? s.deputyUnitId() : Long.valueOf(id);
            // Moving the deputy up to head (or back) leaves the other seat empty rather than doubled.
            if (head && Long.valueOf(id).equals(s.deputyUnitId())) {
                newDeputy = null;
            }
            if (!head && Long.valueOf(id).equals(s.headUnitId())) {
                newHead = null;
            }
            leadersVersion = blocs().setLeaders(s, newHead, newDeputy, leadersVersion);
            return Boolean.TRUE;
        }, ok -> session.dataChanged(), v -> {
            // Said on the screen, beside "Tải lại" when changed elsewhere: no dialog takes the keyboard.
            leadersError.set(texts().all(v.problems()));
            leadersStale.refused(v);
        });
    }

    /** Asks for the year (one after the latest), then copies the latest year's setup into it. */
    public void startNewYear() {
        if (session.bloc() == null) {
            return;
        }
        long blocId = session.bloc().id();
        session.tasks().run(() -> blocs().proposedNewYear(blocId, Year.now().getValue()),
                proposed -> askAndStartYear(blocId, proposed));
    }

    private void askAndStartYear(long blocId, int proposed) {
        Optional<String> answer = session.dialogs().ask(texts().t("units.newYear.title"),
                texts().t("units.newYear.label"), String.valueOf(proposed));
        if (answer.isEmpty()) {
            return;
        }
        int year;
        try {
            year = Integer.parseInt(answer.get().trim());
        } catch (NumberFormatException e) {
            session.dialogs().showError(new AppException("season.error.yearNumber", answer.get()));
            return;
        }
        var bloc = session.bloc();
        session.tasks().run(() -> blocs().startYear(blocId, year), season -> {
            session.statusProperty().set(texts().t("units.newYear.done", year));
            session.select(bloc, season);
            session.dataChanged();
        });
    }

    private void changeAndReload(Runnable change) {
        session.tasks().run(change, session::dataChanged);
    }

    public ObservableList<UnitRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObjectProperty<UnitRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty yearInfoProperty() {
        return yearInfo.getReadOnlyProperty();
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty shortNameProperty() {
        return shortName;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    /** Why the head or deputy just chosen was refused; empty when nothing was. */
    public ReadOnlyStringProperty leadersErrorProperty() {
        return leadersError.getReadOnlyProperty();
    }

    /** The leaders' refusal as changed elsewhere, while it stands: {@link #reloadLeaders()} is on offer. */
    public StaleEdit leadersStale() {
        return leadersStale;
    }

    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty renamingProperty() {
        return renaming.getReadOnlyProperty();
    }

    public StringProperty fromYearProperty() {
        return fromYear;
    }

    public ReadOnlyBooleanProperty hasSeasonProperty() {
        return hasSeason.getReadOnlyProperty();
    }
}
