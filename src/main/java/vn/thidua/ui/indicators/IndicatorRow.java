package vn.thidua.ui.indicators;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.ui.common.StaleEdit;

/**
 * One indicator of the unit as typed, with its % of plan and growth once saved. A row without
 * an id is the empty line at the bottom, where a new indicator is typed.
 */
public final class IndicatorRow {

    private static final String SEP = "\u0000";
    /** The store's id; set on the data thread by the save that creates it, read by the next save. */
    private final AtomicLong id;
    private final long unitId;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty measure = new SimpleStringProperty("");
    private final StringProperty plan = new SimpleStringProperty("");
    private final StringProperty actual = new SimpleStringProperty("");
    private final StringProperty previous = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper percentOfPlan = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper growth = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableSet<String> refused = FXCollections.observableSet();
    private final ObservableSet<String> refusedView = FXCollections.unmodifiableObservableSet(refused);
    private final StaleEdit stale = new StaleEdit();
    private String submitted;
    /**
     * The stored row's version this row was loaded or last saved at, sent with each save so that a save over
     * a change made in another window is refused; read and set on the one data thread, as the id.
     */
    private volatile int version;

    IndicatorRow(long unitId, Indicator indicator, int version) {
        this(unitId, indicator);
        this.version = version;
    }

    int version() {
        return version;
    }

    void version(int saved) {
        version = saved;
    }

    IndicatorRow(long unitId, Indicator indicator) {
        this.unitId = unitId;
        this.id = new AtomicLong(indicator == null ? 0 : indicator.id());
        if (indicator != null) {
            show(indicator);
        }
        submitted = snapshot();
    }

    private void show(Indicator indicator) {
        name.set(indicator.name());
        measure.set(indicator.measureUnit());
        plan.set(VnFormat.formatNumber(indicator.plan()));
        actual.set(VnFormat.formatNumber(indicator.actual()));
        previous.set(VnFormat.formatNumber(indicator.previousYear()));
        note.set(indicator.note() == null ? "" : indicator.note());
        derive(indicator);
    }

    /**
     * Read again from the store after a save was refused as changed elsewhere: the stored figures and version
     * replace what was typed, and the refusal goes.
     */
    void reloaded(Indicator indicator, int storedVersion) {
        show(indicator);
        version = storedVersion;
        submitted = snapshot();
        error.set("");
        refused.clear();
        stale.clear();
    }

    /** "108,5%" and "+16,3%": one decimal, the sign of a growth always written. */
    static String percent(Optional<BigDecimal> value, boolean signed) {
        return value.map(v -> (signed && v.signum() > 0 ? "+" : "") + VnFormat.formatPercent(v, 1)).orElse("");
    }

    private void derive(Indicator indicator) {
        percentOfPlan.set(percent(indicator.percentOfPlan(), false));
        growth.set(percent(indicator.growth(), true));
    }

    String snapshot() {
        return String.join(SEP, name.get().strip(), measure.get().strip(), plan.get().strip(), actual.get().strip(),
                previous.get().strip(), note.get().strip());
    }

    boolean changed() {
        return !snapshot().equals(submitted);
    }

    boolean isBlank() {
        return snapshot().replace(SEP, "").isEmpty();
    }

    boolean isNew() {
        return id.get() == 0;
    }

    void submitted(String snapshot) {
        submitted = snapshot;
    }

    /** The save of {@code snapshot} went through: write its figures the Vietnamese way, unless typed over. */
    void saved(String snapshot, Indicator indicator) {
        String[] parts = snapshot.split(SEP, -1);
        tidy(plan, parts[2], indicator.plan());
        tidy(actual, parts[3], indicator.actual());
        tidy(previous, parts[4], indicator.previousYear());
        derive(indicator);
        if (snapshot.equals(submitted)) {
            submitted = snapshot();
            error.set("");
            refused.clear();
            stale.clear();
        }
    }

    private static void tidy(StringProperty field, String sent, BigDecimal value) {
        if (field.get().strip().equals(sent)) {
            field.set(VnFormat.formatNumber(value));
        }
    }

    /** @param changedElsewhere whether the save was refused because the stored row changed since it was read */
    void refused(String snapshot, String message, Collection<String> fields, boolean changedElsewhere) {
        if (!snapshot.equals(submitted)) {
            return;
        }
        if (changedElsewhere) {
            stale.refused();
        } else {
            stale.clear();
        }
        // The same text again is refused again: only a change is worth another try. After a
        // failure that was not the input's fault (no message), any leave tries again.
        submitted = message.isEmpty() ? null : snapshot;
        error.set(message);
        refused.clear();
        refused.addAll(fields);
    }

    /** Set while the last save was refused as changed elsewhere: the row then offers "Tải lại". */
    public StaleEdit stale() {
        return stale;
    }

    AtomicLong idRef() {
        return id;
    }

    public long id() {
        return id.get();
    }

    public long unitId() {
        return unitId;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty measureProperty() {
        return measure;
    }

    public StringProperty planProperty() {
        return plan;
    }

    public StringProperty actualProperty() {
        return actual;
    }

    public StringProperty previousProperty() {
        return previous;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty percentOfPlanProperty() {
        return percentOfPlan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty growthProperty() {
        return growth.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Names of the refused fields ("name", "plan", "actual", "previous"). */
    public ObservableSet<String> refusedFields() {
        return refusedView;
    }
}
