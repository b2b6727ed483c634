package vn.thidua.ui.scoring;

import vn.thidua.app.RowVersion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.ClassificationBands.Band;
import vn.thidua.domain.text.ParseResult;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.StaleEdit;

/** The year's classification bands: minimum total and minimum share of every criterion, per class. */
public final class BandsViewModel {

    private static final List<Classification> BANDED = List.of(Classification.EXCELLENT, Classification.GOOD,
            Classification.COMPLETED);
    private final Session session;
    private final StringProperty[] totals = {new SimpleStringProperty(""), new SimpleStringProperty(""),
        new SimpleStringProperty("")};
    private final StringProperty[] percents = {new SimpleStringProperty(""), new SimpleStringProperty(""),
        new SimpleStringProperty("")};
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StaleEdit stale = new StaleEdit();
    // Held here so that the session's weak listeners live as long as this model and no longer.
    private final Session.Reload reload;

    public BandsViewModel(Session session) {
        this.session = session;
        this.reload = session.reloadOn(this::refresh, false);
    }

    public List<Classification> banded() {
        return BANDED;
    }

    public void refresh() {
        Season season = session.season();
        if (season == null) {
            return;
        }
        session.tasks().run(() -> {
            version = session.workspace().scoring().version(RowVersion.Of.BANDS, season.id()).version();
            return session.workspace().scoring().bands(season);
        }, this::show);
    }

    /** The bands' version as shown: saved over it, bands changed in another window since are refused. Data thread. */
    private volatile int version;

    private void show(ClassificationBands bands) {
        for (int i = 0; i < BANDED.size(); i++) {
            Band b = bands.band(BANDED.get(i)).orElseThrow();
            totals[i].set(VnFormat.formatNumber(b.minTotal()));
            percents[i].set(VnFormat.formatNumber(b.minCriterionPercent()));
        }
        error.set("");
        stale.clear();
    }

    /**
     * After a save refused because the bands were changed elsewhere: the stored bands (the other window's) and
     * their version read again; the refusal is gone, nothing of the refused edit is kept.
     */
    public void reload() {
        refresh();
    }

    /** Fills in the defaults of DOMAIN.md (90/85, 80/80, 70/70); nothing is stored until saved. */
    public void useDefaults() {
        show(ClassificationBands.defaults());
    }

    public void save() {
        if (session.refusedReadOnly()) {
            return;
        }
        Season season = session.season();
        if (season == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        Band[] bands = new Band[BANDED.size()];
        for (int i = 0; i < BANDED.size(); i++) {
            String name = session.t(BANDED.get(i).key());
            BigDecimal total = number(totals[i].get(), name + " – " + session.t("bands.col.total"), problems);
            BigDecimal percent = number(percents[i].get(), name + " – " + session.t("bands.col.percent"), problems);
            bands[i] = total == null || percent == null ? null : new Band(total, percent);
        }
        if (!problems.isEmpty()) {
            error.set(String.join("\n", problems));
            stale.clear();
            return;
        }
        ClassificationBands chosen = new ClassificationBands(bands[0], bands[1], bands[2]);
        session.tasks().attempt(() -> {
            version = session.workspace().scoring().saveBands(season, chosen, version);
            return chosen;
        }, saved -> {
            show(saved);
            session.statusProperty().set(session.t("bands.saved", season.year()));
            session.dialogs().notice(session.t("notice.saved"), session.t("bands.saved", season.year()));
            session.dataChanged();
        }, v -> {
            error.set(describe(v.problems()));
            stale.refused(v);
        });
    }

    private BigDecimal number(String text, String label, List<String> problems) {
        ParseResult parsed = VnFormat.parseNumber(text);
        if (parsed instanceof ParseResult.Refused r) {
            problems.add(label + ": " + session.texts().t(r.toProblem("")));
            return null;
        }
        return ((ParseResult.Ok) parsed).value();
    }

    /** Each problem after the name of the band it is about. */
    private String describe(List<Problem> problems) {
        List<String> lines = new ArrayList<>();
        for (Problem p : problems) {
            String band = Classification.fromCode(p.field()).map(c -> session.t(c.key()) + ": ").orElse("");
            lines.add(band + session.texts().t(p));
        }
        return String.join("\n", lines);
    }

    public StringProperty totalProperty(int band) {
        return totals[band];
    }

    public StringProperty percentProperty(int band) {
        return percents[band];
    }

    /** The bands' refusal as changed elsewhere, while it stands: {@link #reload()} is on offer. */
    public StaleEdit stale() {
        return stale;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
