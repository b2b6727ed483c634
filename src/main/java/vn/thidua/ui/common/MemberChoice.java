package vn.thidua.ui.common;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.text.VnFormat;

/**
 * The year's members in Vietnamese name order and the one chosen among them. The choice is kept
 * by code when the members are read again, and the chosen unit's data is loaded whenever it is
 * chosen or read again.
 */
public final class MemberChoice {

    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    // One read-only view: a view made per call could be collected with the listeners on it.
    private final ObservableList<Unit> unitsView = FXCollections.unmodifiableObservableList(units);
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final Runnable load;

    public MemberChoice(Runnable load) {
        this.load = load;
        unit.addListener((o, a, b) -> {
            if (b != null && (a == null || a.id() != b.id())) {
                load.run();
            }
        });
    }

    /**
     * Reads the chosen year's members again on the data thread and shows them, then runs
     * {@code shown}; with no year chosen, clears them and runs {@code cleared}.
     */
    public void refresh(Session session, Runnable cleared, Runnable shown) {
        Season season = session.season();
        if (season == null) {
            clear();
            cleared.run();
            return;
        }
        session.tasks().run(() -> session.workspace().blocs().members(season), list -> {
            show(list);
            shown.run();
        });
    }

    /** Shows these members, keeping the unit chosen by its code, else choosing the first. */
    public void show(List<Unit> members) {
        String code = unit.get() == null ? null : unit.get().code();
        units.setAll(members.stream().sorted(Comparator.comparing(Unit::fullName, VnFormat.nameOrder())).toList());
        Unit keep = units.stream().filter(u -> u.code().equals(code)).findFirst()
                .orElse(units.isEmpty() ? null : units.get(0));
        if (keep != null && unit.get() != null && keep.id() == unit.get().id()) {
            load.run();
        } else {
            unit.set(keep);
        }
    }

    /** No year: no members (the unit chosen stays, to be found again by code). */
    public void clear() {
        units.clear();
    }

    public ObservableList<Unit> units() {
        return unitsView;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }
}
