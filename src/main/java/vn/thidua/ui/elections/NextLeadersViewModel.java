package vn.thidua.ui.elections;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.app.BlocService;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.ui.common.Session;

/** Next year's head and deputy, as the conference decided them. */
public final class NextLeadersViewModel {

    private record Loaded(List<Unit> members, Optional<Season> next) {
    }

    private final Session session;
    private final ObservableList<Unit> members = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> head = new SimpleObjectProperty<>();
    private final ObjectProperty<Unit> deputy = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);

    public NextLeadersViewModel(Session session) {
        this.session = session;
    }

    private BlocService blocs() {
        return session.workspace().blocs();
    }

    public void refresh() {
        Season season = session.season();
        if (season == null) {
            members.clear();
            return;
        }
        heading.set(session.t("elections.leaders.heading", season.year() + 1));
        session.tasks().run(() -> new Loaded(blocs().members(season),
                blocs().season(season.blocId(), season.year() + 1)), this::show);
    }

    private void show(Loaded l) {
        members.setAll(l.members().stream().filter(Unit::active)
                .sorted((a, b) -> VnFormat.nameOrder().compare(a.fullName(), b.fullName())).toList());
        head.set(l.next().flatMap(Season::head).flatMap(this::member).orElse(null));
        deputy.set(l.next().flatMap(Season::deputy).flatMap(this::member).orElse(null));
    }

    private Optional<Unit> member(long id) {
        return members.stream().filter(u -> u.id() == id).findFirst();
    }

    /** Records the choice; next year is started from this one when it does not exist yet. */
    public void save() {
        Season season = session.season();
        if (season == null) {
            return;
        }
        Long h = head.get() == null ? null : head.get().id();
        Long d = deputy.get() == null ? null : deputy.get().id();
        session.tasks().run(() -> blocs().recordNextYearLeaders(season, h, d), next -> {
            error.set(false);
            message.set(session.t("elections.leaders.saved", next.year(), name(head.get()), name(deputy.get())));
            session.dataChanged();
        }, failure -> {
            error.set(true);
            message.set(session.dialogs().describe(failure));
        });
    }

    private String name(Unit u) {
        return u == null ? session.t("units.notSet") : u.fullName();
    }

    public ObservableList<Unit> members() {
        return FXCollections.unmodifiableObservableList(members);
    }

    public ObjectProperty<Unit> headProperty() {
        return head;
    }

    public ObjectProperty<Unit> deputyProperty() {
        return deputy;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
