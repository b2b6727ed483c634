package vn.thidua.ui.province;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.app.ProvinceView;
import vn.thidua.app.ProvinceView.BlocYear;
import vn.thidua.app.ProvinceView.PutForward;
import vn.thidua.app.ProvinceView.Title;
import vn.thidua.app.Texts;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.ui.common.Session;

/**
 * "Toàn tỉnh", the province's emulation office's view of a year (issue 19): every bloc of the data with its
 * members' count and classification counts, each title put forward with its units, votes and percent, and
 * the blocs that have not closed their elections, with the reason {@code thidua province} gives. The data is
 * the command's ({@link ProvinceView#of}); the workbook is the one {@code thidua province --out} writes.
 */
public final class ProvinceViewModel {

    /** A bloc's line: its members and how many of them each classification holds, and its elections' state. */
    public record BlocLine(String code, String name, int members, int excellent, int good, int completed,
                           int notCompleted, String elections, boolean closed) {
    }

    /** A title's line: a unit put forward (votes and percent the Vietnamese way), or the title's state alone. */
    public record TitleLine(String bloc, String title, String unit, String votes, String percent, String state) {
    }

    /** A bloc whose elections are not all closed, and why. */
    public record NotClosed(String code, String name, String reason) {
    }

    private final Session session;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<BlocLine> blocs = FXCollections.observableArrayList();
    private final ObservableList<TitleLine> titles = FXCollections.observableArrayList();
    private final ObservableList<NotClosed> notClosed = FXCollections.observableArrayList();
    // One read-only view each: a view made per call could be collected with the listeners on it.
    private final ObservableList<Integer> yearsView = FXCollections.unmodifiableObservableList(years);
    private final ObservableList<BlocLine> blocsView = FXCollections.unmodifiableObservableList(blocs);
    private final ObservableList<TitleLine> titlesView = FXCollections.unmodifiableObservableList(titles);
    private final ObservableList<NotClosed> notClosedView = FXCollections.unmodifiableObservableList(notClosed);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notClosedTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ProvinceView.Province> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
    // Held here so that the session's weak listeners live as long as this model and no longer.
    private final Session.Reload reload;
    private Integer followedSeasonYear;

    public ProvinceViewModel(Session session) {
        this.session = session;
        Season season = session.season();
        followedSeasonYear = season == null ? null : season.year();
        year.set(followedSeasonYear != null ? followedSeasonYear : Year.now().getValue());
        year.addListener((o, a, b) -> refresh());
        this.reload = session.reloadOn(this::sessionChanged, true);
    }

    /** The window's year changed: the screen follows it; the data or the words changed: the same year again. */
    private void sessionChanged() {
        Integer now = session.season() == null ? null : session.season().year();
        if (!Objects.equals(now, followedSeasonYear)) {
            followedSeasonYear = now;
            if (now != null && !now.equals(year.get())) {
                year.set(now); // reloads
                return;
            }
        }
        refresh();
    }

    private Texts texts() {
        return session.texts();
    }

    /** Reads the chosen year across the province again. */
    public void refresh() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        session.tasks().run(() -> new Loaded(yearsOf(session.workspace(), y), ProvinceView.of(session.workspace(), y)),
                this::show);
    }

    private record Loaded(List<Integer> years, ProvinceView.Province province) {
    }

    /** Every year some bloc holds, and the chosen one. */
    private static List<Integer> yearsOf(Workspace ws, int chosen) {
        TreeSet<Integer> all = new TreeSet<>();
        all.add(chosen);
        for (Bloc b : ws.blocs().blocs()) {
            ws.blocs().seasons(b.id()).forEach(s -> all.add(s.year()));
        }
        return new ArrayList<>(all.descendingSet());
    }

    private void show(Loaded loaded) {
        if (!Objects.equals(year.get(), loaded.province().year())) {
            return; // another year was chosen meanwhile: its own read follows
        }
        if (!years.equals(loaded.years())) {
            years.setAll(loaded.years());
        }
        show(loaded.province());
    }

    private void show(ProvinceView.Province p) {
        blocs.setAll(p.blocs().stream().map(this::blocLine).toList());
        titles.setAll(p.blocs().stream().flatMap(b -> titleLines(b).stream()).toList());
        notClosed.setAll(p.notClosed().stream().map(b -> new NotClosed(b.code(), b.name(), reason(b, p.year())))
                .toList());
        int members = p.blocs().stream().mapToInt(b -> b.members().size()).sum();
        long put = p.blocs().stream().flatMap(b -> b.titles().stream())
                .filter(t -> t.closed() && !t.forged()).mapToLong(t -> t.putForward().size()).sum();
        summary.set(texts().t("office.summary", p.year(), p.blocs().size(), members, put));
        notClosedTitle.set(notClosed.isEmpty() ? texts().t("province.allClosed")
                : texts().t("office.notClosed.title", notClosed.size()));
        data.set(p);
    }

    private BlocLine blocLine(BlocYear b) {
        return new BlocLine(b.code(), b.name(), b.members().size(), count(b, Classification.EXCELLENT),
                count(b, Classification.GOOD), count(b, Classification.COMPLETED),
                count(b, Classification.NOT_COMPLETED), b.electionsClosed() ? texts().t("office.closed")
                : reasonShort(b), b.electionsClosed());
    }

    private static int count(BlocYear b, Classification c) {
        return b.counts().getOrDefault(c, 0);
    }

    private List<TitleLine> titleLines(BlocYear b) {
        List<TitleLine> out = new ArrayList<>();
        for (Title t : b.titles()) {
            if (t.forged() || !t.closed() || t.putForward().isEmpty()) {
                out.add(new TitleLine(b.code(), t.title(), "", "", "", t.forged() ? texts().t("province.forged")
                        : !t.closed() ? texts().t("province.open") : texts().t("province.nobody")));
                if (t.forged()) {
                    continue; // a forged election's figures are never shown
                }
            }
            for (PutForward u : t.putForward()) {
                out.add(new TitleLine(b.code(), t.title(), texts().t("office.unit", u.name(), u.code()),
                        String.valueOf(u.votes()), percent(u), t.closed() ? texts().t("office.putForward")
                        : texts().t("province.open")));
            }
        }
        return out;
    }

    /** "62,50 %", as the command writes it. */
    private static String percent(PutForward u) {
        return u.percent() == null ? "" : VnFormat.formatDecimal(u.percent(), 2) + " %";
    }

    /** Why a bloc's elections are not closed, in the command's words. */
    private String reason(BlocYear b, int y) {
        if (!b.hasYear()) {
            return texts().t("office.reason.noYear", y);
        }
        if (b.titles().isEmpty()) {
            return texts().t("province.noElections");
        }
        List<String> parts = new ArrayList<>();
        for (Title t : b.titles()) {
            if (t.forged()) {
                parts.add(t.title() + ": " + texts().t("province.forged"));
            } else if (!t.closed()) {
                parts.add(t.title() + ": " + texts().t("province.open"));
            }
        }
        return String.join("; ", parts);
    }

    private String reasonShort(BlocYear b) {
        if (!b.hasYear()) {
            return texts().t("office.state.noYear");
        }
        return b.titles().isEmpty() ? texts().t("office.state.noElections") : texts().t("office.state.open");
    }

    /** Where "Xuất Excel…" proposes to write: {@code <data folder>/bao-cao/toan-tinh-<year>.xlsx}. */
    public Path proposedFile() {
        Path parent = session.documentsBeside().toAbsolutePath().getParent();
        return parent.resolve("bao-cao").resolve("toan-tinh-" + year.get() + ".xlsx");
    }

    /**
     * "Xuất Excel…": the chosen year read again and written to {@code out} as {@code thidua province --out}
     * writes it (the screen shows what was written); the status bar says where.
     */
    public void export(Path out) {
        Integer y = year.get();
        if (y == null || out == null) {
            return;
        }
        session.tasks().run(() -> {
            Workspace ws = session.workspace();
            ProvinceView.Province p = ProvinceView.of(ws, y);
            Files.createDirectories(out.toAbsolutePath().getParent());
            ws.provinceWorkbooks().write(p, out);
            return new Loaded(yearsOf(ws, y), p);
        }, loaded -> {
            show(loaded);
            written.set(out);
            session.statusProperty().set(texts().t("province.written", out.toString()));
        });
    }

    /** The year shown; the view's chooser sets it. */
    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Integer> years() {
        return yearsView;
    }

    public ObservableList<BlocLine> blocs() {
        return blocsView;
    }

    public ObservableList<TitleLine> titles() {
        return titlesView;
    }

    public ObservableList<NotClosed> notClosed() {
        return notClosedView;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Khối chưa kết thúc bầu suy tôn (2)", or that every bloc has. */
    public ReadOnlyStringProperty notClosedTitleProperty() {
        return notClosedTitle.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProvinceView.Province> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** The last workbook written. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }
}
