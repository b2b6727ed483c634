package vn.thidua.ui.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.app.BlocService;
import vn.thidua.app.Texts;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.ui.common.Session;

/**
 * Merge, split or move units from a year on (issue 16, docs/decisions/0008), the same calls and the
 * same refusals as {@code thidua unit merge|split|move}. Earlier years keep their members.
 */
public final class ReorganiseViewModel {

    public enum Mode { NONE, MERGE, SPLIT, MOVE }

    /** A member of the shown year, ticked or not for a merge. */
    public record Pick(Unit unit, BooleanProperty checked) {
    }

    /** One unit a split makes: its code and full name. */
    public record Part(StringProperty code, StringProperty name) {
        Part() {
            this(new SimpleStringProperty(""), new SimpleStringProperty(""));
        }
    }

    private final Session session;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.NONE);
    private final ObservableList<Pick> picks = FXCollections.observableArrayList();
    private final ObservableList<Unit> members = FXCollections.observableArrayList();
    private final ObservableList<Part> parts = FXCollections.observableArrayList();
    private final ObservableList<Bloc> otherBlocs = FXCollections.observableArrayList();
    // One read-only view each: a view made per call could be collected with the listeners on it.
    private final ObservableList<Pick> picksView = FXCollections.unmodifiableObservableList(picks);
    private final ObservableList<Unit> membersView = FXCollections.unmodifiableObservableList(members);
    private final ObservableList<Part> partsView = FXCollections.unmodifiableObservableList(parts);
    private final ObservableList<Bloc> otherBlocsView = FXCollections.unmodifiableObservableList(otherBlocs);
    private final ObjectProperty<Unit> source = new SimpleObjectProperty<>();
    private final ObjectProperty<Bloc> target = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty shortName = new SimpleStringProperty("");
    private final StringProperty fromYear = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");

    ReorganiseViewModel(Session session) {
        this.session = session;
    }

    private Texts texts() {
        return session.texts();
    }

    private BlocService blocs() {
        return session.workspace().blocs();
    }

    /** Ticks the members to merge; the form starts with the selected one ticked. */
    void startMerge(List<Unit> shown, Unit selected) {
        if (!start(Mode.MERGE, "units.merge.title", shown, selected)) {
            return;
        }
        picks.setAll(shown.stream().map(u -> new Pick(u, new SimpleBooleanProperty(selected != null
                && u.id() == selected.id()))).toList());
        mode.set(Mode.MERGE);
    }

    /** A member and the two or more units it becomes. */
    void startSplit(List<Unit> shown, Unit selected) {
        if (!start(Mode.SPLIT, "units.split.title", shown, selected)) {
            return;
        }
        parts.setAll(new Part(), new Part());
        mode.set(Mode.SPLIT);
    }

    /** A member and the bloc it goes to. */
    void startMove(List<Unit> shown, Unit selected) {
        Bloc bloc = session.bloc();
        if (!start(Mode.MOVE, "units.move.title", shown, selected)) {
            return;
        }
        session.tasks().run(() -> blocs().blocs().stream().filter(b -> b.id() != bloc.id()).toList(), list -> {
            otherBlocs.setAll(list);
            target.set(list.isEmpty() ? null : list.get(0));
            if (list.isEmpty()) {
                error.set(texts().t("units.move.noOtherBloc"));
            }
            mode.set(Mode.MOVE);
        });
    }

    private boolean start(Mode m, String titleKey, List<Unit> shown, Unit selected) {
        Season season = session.season();
        if (season == null || shown.isEmpty()) {
            return false;
        }
        members.setAll(shown);
        source.set(selected != null ? selected : shown.get(0));
        target.set(null);
        otherBlocs.clear();
        code.set("");
        fullName.set("");
        shortName.set("");
        // The usual case is a change decided for next year: this year keeps its members.
        fromYear.set(String.valueOf(season.year() + 1));
        error.set("");
        title.set(texts().t(titleKey));
        picks.clear();
        parts.clear();
        return true;
    }

    public void addPart() {
        if (mode.get() == Mode.SPLIT) {
            parts.add(new Part());
        }
    }

    public void cancel() {
        mode.set(Mode.NONE);
        error.set("");
    }

    public void save() {
        Mode m = mode.get();
        Bloc bloc = session.bloc();
        if (m == Mode.NONE || bloc == null) {
            return;
        }
        int year;
        try {
            year = Integer.parseInt(fromYear.get().trim());
        } catch (NumberFormatException e) {
            error.set(texts().t("unit.error.fromYear", fromYear.get().trim()));
            return;
        }
        switch (m) {
            case MERGE -> merge(bloc, year);
            case SPLIT -> split(bloc, year);
            case MOVE -> move(bloc, year);
            default -> { }
        }
    }

    private void merge(Bloc bloc, int year) {
        List<String> codes = picks.stream().filter(p -> p.checked().get()).map(p -> p.unit().code()).toList();
        if (codes.size() < 2) {
            error.set(texts().t("units.merge.needTwo"));
            return;
        }
        String into = code.get().trim().toUpperCase(Locale.ROOT);
        String name = fullName.get();
        String shortN = shortName.get();
        session.tasks().attempt(() -> {
            BlocService.Reorganised r = blocs().merge(bloc, codes, into, name, shortN, year);
            Unit u = blocs().unitInYear(blocs().requireUnit(bloc, into), year);
            return texts().t("cli.unit.merged", String.join(", ", codes), year, u.fullName(), u.code())
                    + " " + years(r, year);
        }, this::done, v -> error.set(texts().all(v.problems())));
    }

    private void split(Bloc bloc, int year) {
        Unit from = source.get();
        List<Part> filled = parts.stream()
                .filter(p -> !p.code().get().isBlank() || !p.name().get().isBlank()).toList();
        if (from == null) {
            return;
        }
        if (filled.size() < 2) {
            error.set(texts().t("units.split.needTwo"));
            return;
        }
        List<String> into = filled.stream().map(p -> p.code().get().trim().toUpperCase(Locale.ROOT)).toList();
        List<String> names = filled.stream().map(p -> p.name().get()).toList();
        session.tasks().attempt(() -> {
            BlocService.Reorganised r = blocs().split(bloc, from.code(), into, names, year);
            String made = into.stream().map(c -> blocs().unitInYear(blocs().requireUnit(bloc, c), year))
                    .map(u -> u.fullName() + " (" + u.code() + ")").collect(Collectors.joining(", "));
            return texts().t("cli.unit.split", from.code(), year, made) + " " + years(r, year);
        }, this::done, v -> error.set(texts().all(v.problems())));
    }

    private void move(Bloc bloc, int year) {
        Unit u = source.get();
        Bloc to = target.get();
        if (u == null) {
            return;
        }
        if (to == null) {
            error.set(texts().t("units.move.noOtherBloc"));
            return;
        }
        session.tasks().attempt(() -> {
            BlocService.Reorganised r = blocs().move(bloc, to, u.code(), year);
            return texts().t("cli.unit.moved", u.code(), bloc.code(), year, to.code()) + " " + years(r, year);
        }, this::done, v -> error.set(texts().all(v.problems())));
    }

    private String years(BlocService.Reorganised r, int year) {
        return r.yearsChanged().isEmpty() ? texts().t("cli.unit.noYearChanged", year)
                : texts().t("cli.unit.yearsChanged", r.yearsChanged().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")));
    }

    private void done(String said) {
        mode.set(Mode.NONE);
        error.set("");
        session.statusProperty().set(said);
        session.dialogs().notice(texts().t("notice.saved"), said);
        session.dataChanged();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ObservableList<Pick> picks() {
        return picksView;
    }

    public ObservableList<Unit> members() {
        return membersView;
    }

    public ObservableList<Part> parts() {
        return partsView;
    }

    public ObservableList<Bloc> otherBlocs() {
        return otherBlocsView;
    }

    public ObjectProperty<Unit> sourceProperty() {
        return source;
    }

    public ObjectProperty<Bloc> targetProperty() {
        return target;
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

    public StringProperty fromYearProperty() {
        return fromYear;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
