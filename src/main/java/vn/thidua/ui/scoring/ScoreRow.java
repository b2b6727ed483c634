package vn.thidua.ui.scoring;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.Score;
import vn.thidua.domain.text.VnFormat;
import java.util.Collection;

/** One criterion of the unit being scored: the texts as typed, and what was refused. */
public final class ScoreRow {

    private final Criterion criterion;
    private final long unitId;
    private final StringProperty self = new SimpleStringProperty("");
    private final StringProperty bloc = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableSet<String> refusedFields = FXCollections.observableSet();
    private final ObservableSet<String> refusedView = FXCollections.unmodifiableObservableSet(refusedFields);
    /** The last save was refused because the score changed elsewhere: the row offers to load it again. */
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
    /** The last save was refused because the criterion was deleted elsewhere: a reload reads the whole table. */
    private boolean criterionGone;
    /** What was last sent to be saved (or loaded): leaving a field unchanged saves nothing. */
    private String submitted;
    /**
     * The stored score's version this row was loaded or last saved at (0: not stored), sent with each save
     * so that a save over a change made in another window is refused. Read and set by the one worker thread
     * that saves, so saves queued one after another each see the version the one before left.
     */
    private volatile int version;

    ScoreRow(Criterion criterion, long unitId, Score score) {
        this(criterion, unitId, score, 0);
    }

    ScoreRow(Criterion criterion, long unitId, Score score, int version) {
        this.criterion = criterion;
        this.unitId = unitId;
        this.version = version;
        if (score != null) {
            self.set(VnFormat.formatNumber(score.self()));
            bloc.set(VnFormat.formatNumber(score.bloc()));
            note.set(score.note() == null ? "" : score.note());
        }
        submitted = snapshot();
    }

    int version() {
        return version;
    }

    void version(int saved) {
        version = saved;
    }

    String snapshot() {
        return self.get().strip() + "\u0000" + bloc.get().strip() + "\u0000" + note.get().strip();
    }

    boolean changed() {
        return !snapshot().equals(submitted);
    }

    void submitted(String snapshot) {
        submitted = snapshot;
    }

    /** The save of {@code snapshot} went through: tidy what it typed, unless typed over since. */
    void saved(String snapshot, Score score) {
        String[] parts = snapshot.split("\u0000", -1);
        if (self.get().strip().equals(parts[0])) {
            self.set(VnFormat.formatNumber(score.self()));
        }
        if (bloc.get().strip().equals(parts[1])) {
            bloc.set(VnFormat.formatNumber(score.bloc()));
        }
        if (snapshot.equals(submitted)) {
            submitted = snapshot();
            error.set("");
            refusedFields.clear();
            stale.set(false);
        }
    }

    /** The row read again from the store: what is stored now, at its version; the refusal is gone. */
    void reloaded(Score score, int storedVersion) {
        version = storedVersion;
        self.set(score == null ? "" : VnFormat.formatNumber(score.self()));
        bloc.set(score == null ? "" : VnFormat.formatNumber(score.bloc()));
        note.set(score == null || score.note() == null ? "" : score.note());
        submitted = snapshot();
        error.set("");
        refusedFields.clear();
        stale.set(false);
    }

    boolean criterionGone() {
        return criterionGone;
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The save of {@code snapshot} was refused; unless a newer one is on its way, say why. */
    void refused(String snapshot, String message, Collection<String> fields) {
        refused(snapshot, message, fields, false, false);
    }

    /**
     * @param changedElsewhere the score was saved elsewhere since this row was loaded (a reload clears it)
     * @param gone the criterion was deleted elsewhere (offered a reload, which reads the table again)
     */
    void refused(String snapshot, String message, Collection<String> fields, boolean changedElsewhere, boolean gone) {
        if (!snapshot.equals(submitted)) {
            return;
        }
        criterionGone = gone;
        stale.set(changedElsewhere || gone);
        // The same text again is refused again: only a change is worth another try. After a
        // failure that was not the input's fault (no message), any leave tries again.
        submitted = message.isEmpty() ? null : snapshot;
        error.set(message);
        refusedFields.clear();
        refusedFields.addAll(fields);
    }

    public Criterion criterion() {
        return criterion;
    }

    public long unitId() {
        return unitId;
    }

    public StringProperty selfProperty() {
        return self;
    }

    public StringProperty blocProperty() {
        return bloc;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "self", "bloc": the fields whose value was refused, to mark beside the message. */
    public ObservableSet<String> refusedFields() {
        return refusedView;
    }
}
