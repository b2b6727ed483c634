package vn.thidua.ui.main;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.app.BlocService;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.ui.common.Session;

/** The bloc and year chooser, and the bloc-level commands of the main window. */
public final class MainViewModel {

    private final Session session;
    private final ObservableList<Bloc> blocs = FXCollections.observableArrayList();
    private final ObservableList<Season> seasons = FXCollections.observableArrayList();
    private final ObjectProperty<Bloc> chosenBloc = new SimpleObjectProperty<>();
    private final ObjectProperty<Season> chosenSeason = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper integrityWarning = new ReadOnlyStringWrapper("");
    private boolean loading;

    public MainViewModel(Session session) {
        this.session = session;
        chosenBloc.addListener((o, a, b) -> {
            if (!loading && b != null && (a == null || a.id() != b.id())) {
                loadSeasons(b, Optional.empty());
            }
        });
        chosenSeason.addListener((o, a, b) -> {
            if (!loading && b != null) {
                session.select(chosenBloc.get(), b);
            }
        });
        // A new year started on another screen appears in the chooser.
        session.changesProperty().addListener((o, a, b) -> {
            Bloc bloc = session.bloc();
            if (bloc != null) {
                loadSeasons(bloc, Optional.ofNullable(session.season()).map(Season::year));
            }
        });
    }

    private BlocService service() {
        return session.workspace().blocs();
    }

    /**
     * Every open checks the audit log's chain. A broken chain is said in red for as long as the file
     * is open, but nothing is refused: the owner must still read the file and restore a backup.
     */
    private void checkAuditLog() {
        session.tasks().run(() -> session.workspace().audit().chain(), chain -> integrityWarning.set(chain.isIntact()
                ? "" : session.t("data.warning.chainBroken", session.t(chain.problem().key(), chain.firstBadLine()))));
    }

    /** Said in red while the data file's audit log is broken; else empty. */
    public ReadOnlyStringProperty integrityWarningProperty() {
        return integrityWarning.getReadOnlyProperty();
    }

    /**
     * First load: where the operator left off, else the latest year of the first bloc. The blocs and
     * that bloc's years are read in one job (one trip to the data thread and back, not two, on the
     * way to the filled window); the audit log's check comes after them.
     */
    public void load() {
        Optional<String> lastBloc = session.preferences().get("lastBloc");
        Optional<Integer> lastYear = session.preferences().get("lastYear").flatMap(MainViewModel::parseYear);
        session.tasks().run(() -> {
            List<Bloc> list = service().blocs();
            Bloc start = list.stream().filter(b -> lastBloc.filter(b.code()::equals).isPresent()).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            return new Start(list, start, start == null ? List.of() : service().seasons(start.id()));
        }, loaded -> {
            blocs.setAll(loaded.blocs());
            if (loaded.bloc() != null) {
                showSeasons(loaded.bloc(), loaded.seasons(), lastYear);
            } else {
                // No bloc yet: the session still asks a server whether this role may add the first one.
                session.select(null, null);
            }
        });
        checkAuditLog();
    }

    /** What the first load reads: the blocs, the one to start on (null when none) and its years. */
    private record Start(List<Bloc> blocs, Bloc bloc, List<Season> seasons) {
    }

    private void loadSeasons(Bloc bloc, Optional<Integer> preferredYear) {
        session.tasks().run(() -> service().seasons(bloc.id()), list -> showSeasons(bloc, list, preferredYear));
    }

    private void showSeasons(Bloc bloc, List<Season> list, Optional<Integer> preferredYear) {
        loading = true;
        try {
            chosenBloc.set(bloc);
            seasons.setAll(list);
            Season pick = list.stream().filter(s -> preferredYear.filter(y -> y == s.year()).isPresent())
                    .findFirst().orElse(list.isEmpty() ? null : list.get(list.size() - 1));
            chosenSeason.set(pick);
        } finally {
            loading = false;
        }
        if (session.bloc() == null || session.bloc().id() != bloc.id() || !same(session.season(), chosenSeason.get())) {
            session.select(bloc, chosenSeason.get());
        }
    }

    private static boolean same(Season a, Season b) {
        return a == null ? b == null : b != null && a.id() == b.id() && a.equals(b);
    }

    /** Adds a bloc from "CODE" and "name" typed by the user; selects it. */
    public void addBloc(String code, String name) {
        session.tasks().attempt(() -> service().addBloc(code, name), bloc -> {
            blocs.add(bloc);
            loadSeasons(bloc, Optional.empty());
            session.statusProperty().set(session.t("bloc.added", bloc.code()));
        }, v -> session.dialogs().showInfo(session.t("bloc.add.title"), session.texts().all(v.problems())));
    }

    private static Optional<Integer> parseYear(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public ObservableList<Bloc> blocs() {
        return blocs;
    }

    public ObservableList<Season> seasons() {
        return seasons;
    }

    public ObjectProperty<Bloc> chosenBlocProperty() {
        return chosenBloc;
    }

    public ObjectProperty<Season> chosenSeasonProperty() {
        return chosenSeason;
    }

    public List<String> languages() {
        return List.of("vi", "en");
    }
}
