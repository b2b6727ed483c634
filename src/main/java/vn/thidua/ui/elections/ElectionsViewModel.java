package vn.thidua.ui.elections;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.Seal;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.projector.ProjectorViewModel;
import java.nio.file.Path;
import vn.thidua.app.ReportService;
import vn.thidua.ui.reports.DesktopOpener;
import vn.thidua.ui.reports.Opener;

/**
 * Bầu suy tôn: the year's elections, setting one up, and counting one. Owns the pages' ViewModels
 * so that a count in progress survives switching screens.
 */
public final class ElectionsViewModel {

    /** The page the screen shows. */
    public enum Page {
        LIST, SETUP, COUNT, RECHECK
    }

    /**
     * A line of the elections list; {@code forged}: changed in the file after its close (shown in red,
     * its result refused everywhere).
     */
    public record ElectionRow(long id, String title, int seats, String status, String round, boolean closed,
                              boolean forged) {
    }

    /** An election read with what its stored data says of its close. */
    private record Sealed(StoredElection election, Seal seal) {
    }

    private final Session session;
    private final ObservableList<ElectionRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ElectionRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.LIST);
    private final ReadOnlyStringWrapper forgedWarning = new ReadOnlyStringWrapper("");
    private final ElectionSetupViewModel setup;
    private final CountingViewModel counting;
    private final NextLeadersViewModel leaders;
    private final RecheckViewModel recheck;
    private final Opener opener = new DesktopOpener();

    public ElectionsViewModel(Session session, ProjectorViewModel projector) {
        this.session = session;
        this.setup = new ElectionSetupViewModel(session, this::created);
        this.counting = new CountingViewModel(session, projector, this::refresh, this::openCount);
        this.leaders = new NextLeadersViewModel(session);
        this.recheck = new RecheckViewModel(session);
        session.seasonProperty().addListener((o, a, b) -> {
            if (!counting.isSaving()) {
                counting.clear();
                page.set(Page.LIST);
            }
            refresh();
        });
        session.changesProperty().addListener((o, a, b) -> refresh());
    }

    public void refresh() {
        Season season = session.season();
        if (season == null) {
            rows.clear();
            return;
        }
        leaders.refresh();
        session.tasks().run(() -> {
            var service = session.workspace().elections();
            return service.elections(season).stream().map(e -> new Sealed(e, service.seal(e.id()))).toList();
        }, this::show);
    }

    private void show(List<Sealed> list) {
        Long keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(list.stream().map(this::row).toList());
        List<String> forged = rows.stream().filter(ElectionRow::forged).map(r -> "“" + r.title() + "” (" + r.id() + ")")
                .toList();
        forgedWarning.set(forged.isEmpty() ? "" : session.t("elections.forged.list", String.join(", ", forged)));
        rows.stream().filter(r -> Long.valueOf(r.id()).equals(keep)).findFirst().ifPresent(selected::set);
    }

    private ElectionRow row(Sealed sealed) {
        StoredElection e = sealed.election();
        boolean forged = sealed.seal().forged();
        var s = e.settings();
        String round = s.round() > 1 ? session.t("elections.round.runoff", s.round()) : session.t("elections.round.first");
        String status = forged ? "elections.status.forged" : e.closed() ? "elections.status.closed" : "elections.status.open";
        return new ElectionRow(e.id(), s.title(), s.seats(), session.t(status), round, e.closed(), forged);
    }

    /** "Thêm" (Insert): the set-up form. */
    public void startAdd() {
        if (session.refusedReadOnly()) {
            return;
        }
        if (session.season() == null) {
            return;
        }
        setup.start();
        page.set(Page.SETUP);
    }

    /** "Kiểm phiếu" (Enter on the list): the selected election's count. */
    public void openSelected() {
        ElectionRow row = selected.get();
        if (row != null) {
            openCount(row.id());
        }
    }

    public void openCount(long electionId) {
        // Refused while papers are still being written: the count page then says why, over its own election.
        counting.open(electionId);
        page.set(Page.COUNT);
    }

    /**
     * "In phiếu bầu": the selected election's papers, written into the year's documents folder and
     * opened in Word or LibreOffice to print.
     */
    public void printBallotPapers() {
        ElectionRow row = selected.get();
        var bloc = session.bloc();
        Season season = session.season();
        if (row == null || bloc == null || season == null) {
            return;
        }
        Path folder = ReportService.defaultFolder(session.documentsBeside(),
                bloc.code(), season.year());
        session.tasks().run(() -> session.workspace().reports().writeBallotPapers(row.id(), folder), file -> {
            session.statusProperty().set(session.t("elections.papers.written", file.toString()));
            opener.open(file);
        }, e -> session.dialogs().showError(e));
    }

    /** "Nhập lần 2" (Ctrl+D on the list): the selected election's blind second entry. */
    public void openRecheck() {
        ElectionRow row = selected.get();
        if (row != null) {
            recheck.open(row.id());
            page.set(Page.RECHECK);
        }
    }

    private void created(long electionId) {
        refresh();
        openCount(electionId);
    }

    /** Back to the list (Alt+Left, Esc on the form). Typed papers still being written go on being written. */
    public void backToList() {
        page.set(Page.LIST);
        refresh();
    }

    public ObservableList<ElectionRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Said in red over the list when an election of the year was changed after its close; else empty. */
    public ReadOnlyStringProperty forgedWarningProperty() {
        return forgedWarning.getReadOnlyProperty();
    }

    public ObjectProperty<ElectionRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ElectionSetupViewModel setup() {
        return setup;
    }

    public CountingViewModel counting() {
        return counting;
    }

    public RecheckViewModel recheck() {
        return recheck;
    }

    public NextLeadersViewModel leaders() {
        return leaders;
    }
}
