package vn.thidua.ui.elections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.app.ElectionService;
import vn.thidua.app.ElectionService.CountState;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.Texts;
import vn.thidua.app.ValidationException;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.BallotCheck;
import vn.thidua.domain.voting.BallotDraft;
import vn.thidua.domain.voting.BallotKind;
import vn.thidua.domain.voting.BallotKeys;
import vn.thidua.domain.voting.Candidate;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.domain.voting.TallyResult;
import vn.thidua.domain.voting.Validity;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.projector.ProjectorCount;
import vn.thidua.ui.projector.ProjectorViewModel;

/**
 * Kiểm phiếu: one election's ballots typed as they are read aloud. Nothing here ever opens a
 * dialog: every question and refusal is inline, so the keyboard stays in the ballot field.
 *
 * <p>Each Enter queues the typed paper and clears the field at once; papers are written one
 * after the other, in order, by the single data thread, and each is shown as counted only once
 * it is on disk. A failed write stops the queue with the paper still in it: nothing is lost or
 * entered twice, and Enter tries again.
 */
public final class CountingViewModel {

    /** A paper as the list of entered ballots shows it; {@code validity} is empty for a valid paper. */
    public record BallotRow(int number, String keys, String names, String validity) {
    }

    /**
     * What is asked inline, one thing at a time: a paper approving nobody (a second Enter enters it),
     * a withdrawal's reason, a correction, or the close.
     */
    public enum Prompt {
        NONE, BLANK, UNDO, CORRECT, CLOSE
    }

    /** A paper corrected, with everything read back after it. */
    private record Written(Ballot ballot, CountState state) {
    }

    private final Session session;
    private final ProjectorViewModel projector;
    private final Runnable listChanged;
    private final LongConsumer openOther;
    private final ReadOnlyObjectWrapper<StoredElection> election = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final StringProperty typed = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper echo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Prompt> prompt = new ReadOnlyObjectWrapper<>(Prompt.NONE);
    private final ReadOnlyStringWrapper lastBallot = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper lastBallotSerial = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper saving = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper undoPrompt = new ReadOnlyStringWrapper("");
    private final StringProperty undoReason = new SimpleStringProperty("");
    private final StringProperty correctNumber = new SimpleStringProperty("");
    private final StringProperty correctKeys = new SimpleStringProperty("");
    private final StringProperty correctReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper closePrompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper issued = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper returned = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper valid = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper invalid = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ProjectorCount> count = new ReadOnlyObjectWrapper<>();
    private final ObservableList<BallotRow> ballots = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper forged = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRunoff = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper runoffLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verifyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper finalText = new ReadOnlyStringWrapper("");
    private final BallotQueue queue = new BallotQueue();
    /** A paper was written but the page could not be read back after it: Enter reads it again. */
    private boolean pageStale;
    /** The refusal of the paper in the field (all papers in): it goes when the field is cleared. */
    private String refusal = "";
    private boolean opening;
    private int returnedCount;
    private List<Ballot> entered = List.of();
    private Integer undoTarget;

    /**
     * @param listChanged called when the list of elections changed (closed, runoff added)
     * @param openOther   opens another election's count (the runoff just created)
     */
    public CountingViewModel(Session session, ProjectorViewModel projector, Runnable listChanged, LongConsumer openOther) {
        this.session = session;
        this.projector = projector;
        this.listChanged = listChanged;
        this.openOther = openOther;
        typed.addListener((o, a, b) -> typedChanged(b));
        session.textsProperty().addListener((o, a, b) -> reload());
    }

    private ElectionService service() {
        return session.workspace().elections();
    }

    private Texts texts() {
        return session.texts();
    }

    // ---- opening an election

    /**
     * Shows this election's count here and on the projector. Refused while typed papers are still
     * being written: they belong to the election on screen.
     *
     * @return false when refused
     */
    public boolean open(long electionId) {
        if (queue.isBusy()) {
            error(texts().t("elections.entry.stillSaving", queue.size()));
            return false;
        }
        clearInline();
        typed.set("");
        lastBallot.set("");
        verifyText.set("");
        info("");
        queue.clear();
        pageStale = false;
        saving.set(0);
        // Until the page is read, a paper typed would be numbered against the election shown before.
        opening = true;
        session.tasks().run(() -> load(electionId), l -> {
            opening = false;
            apply(l);
            if (!l.election().closed()) {
                projector.countStarted();
            }
        }, failure -> {
            opening = false;
            error(describe(failure));
        });
        return true;
    }

    /** True while typed papers wait to be written. */
    public boolean isSaving() {
        return queue.isBusy();
    }

    public void reload() {
        StoredElection e = election.get();
        if (e != null && !queue.isBusy()) {
            session.tasks().run(() -> load(e.id()), this::apply);
        }
    }

    /** No election shown (another year was chosen). */
    public void clear() {
        if (isSaving()) {
            return;
        }
        election.set(null);
        ballots.clear();
        count.set(null);
        queue.clear();
    }

    /** Runs on the data thread: everything the page shows, read together. */
    private CountState load(long id) {
        return service().countState(id);
    }

    private void apply(CountState l) {
        if (l.forged()) {
            refuse(l);
            return;
        }
        StoredElection e = l.election();
        election.set(e);
        entered = l.ballots();
        queue.loaded(entered.size(), BallotCheck.nextNumber(entered));
        if (pageStale) {
            pageStale = false;
            info("");
        }
        TallyResult r = l.tally();
        returnedCount = r.returned();
        ElectionSettings s = e.settings();
        heading.set(s.round() > 1 ? s.title() + " — " + texts().t("elections.round.runoff", s.round()) : s.title());
        issued.set(String.valueOf(r.issued()));
        returned.set(String.valueOf(r.returned()));
        valid.set(String.valueOf(r.valid()));
        invalid.set(String.valueOf(r.invalid()));
        List<BallotRow> rows = new ArrayList<>();
        for (Ballot b : l.ballots()) {
            rows.add(row(s, b));
        }
        rows.sort(Comparator.comparingInt(BallotRow::number).reversed());
        ballots.setAll(rows);
        closed.set(e.closed());
        forged.set(false);
        fingerprint.set(e.closed() && e.fingerprint() != null ? e.fingerprint() : "");
        canRunoff.set(l.canRunoff());
        runoffLabel.set(texts().t("elections.runoff", s.round() + 1));
        finalText.set(l.finalOutcome() == null ? "" : CountSnapshot.finalWords(texts(), l.root(), l.finalOutcome()));
        ProjectorCount snapshot = CountSnapshot.of(texts(), e, r, l.finalOutcome(), l.root());
        // The operator's tally and the room's projector take the same snapshot in the same pulse.
        count.set(snapshot);
        projector.updateCount(snapshot);
        typedChanged(typed.get());
    }

    /**
     * A closed election whose stored data was changed afterwards: neither this page nor the room
     * shows a number from it; the page says in red what was found, the projector refuses.
     */
    private void refuse(CountState l) {
        StoredElection e = l.election();
        election.set(e);
        entered = l.ballots();
        heading.set(e.settings().title());
        issued.set("");
        returned.set("");
        valid.set("");
        invalid.set("");
        ballots.clear();
        closed.set(true);
        fingerprint.set("");
        canRunoff.set(false);
        finalText.set("");
        count.set(null);
        forged.set(true);
        error(texts().t(l.seal().key(), e.settings().title(), e.id(), l.firstFingerprint()));
        projector.refuse(texts().t("projector.refused", e.settings().title()));
    }

    private BallotRow row(ElectionSettings s, Ballot b) {
        Validity v = BallotCheck.validity(b, s);
        // A spoiled paper carries no names: "Phiếu hỏng" once is enough.
        return new BallotRow(b.number(), keysText(s, b), b.kind() == BallotKind.SPOILED ? "" : namesOf(s, b),
                v.isValid() ? "" : texts().t(v.key()));
    }

    private static String keysText(ElectionSettings s, Ballot b) {
        return String.join(", ", ElectionService.describe(s, b).split(""));
    }

    private String namesOf(ElectionSettings s, Ballot b) {
        return BallotText.names(texts(), s, b);
    }

    // ---- typing a ballot

    private void typedChanged(String text) {
        StoredElection e = election.get();
        if (text != null && !text.isBlank() && prompt.get() == Prompt.BLANK) {
            prompt.set(Prompt.NONE);
        }
        if (e == null || text == null || text.isBlank()) {
            echo.set("");
            warning.set("");
            if (!refusal.isEmpty() && refusal.equals(message.get())) {
                info("");
            }
            return;
        }
        ElectionSettings s = e.settings();
        BallotDraft d = BallotKeys.parse(text, s.candidates());
        if (d.spoiled()) {
            echo.set(texts().t("voting.invalid.spoiled"));
            warning.set(d.approved().isEmpty() && d.unknownKeys().isEmpty() ? "" : texts().t("elections.entry.spoiledMarks"));
            return;
        }
        List<String> names = new ArrayList<>();
        for (Long id : d.approved()) {
            int i = indexOf(s, id);
            names.add(BallotKeys.mark(i, s.candidates()) + " " + s.candidates().get(i).name());
        }
        echo.set(names.isEmpty() ? texts().t("elections.entry.nobody") : String.join("; ", names));
        List<String> warnings = new ArrayList<>();
        if (!d.unknownKeys().isEmpty()) {
            warnings.add(texts().t("elections.entry.offList", String.join(", ", d.unknownKeys())));
        }
        if (d.approved().size() > s.seats()) {
            warnings.add(texts().t("elections.entry.tooMany", d.approved().size(), s.seats()));
        }
        warning.set(String.join(" ", warnings));
    }

    private static int indexOf(ElectionSettings s, long unitId) {
        for (int i = 0; i < s.candidates().size(); i++) {
            if (s.candidates().get(i).unitId() == unitId) {
                return i;
            }
        }
        return -1;
    }

    /** Enter in the ballot field: the typed paper is entered; an empty field asks for a second Enter first. */
    public void enter() {
        StoredElection e = election.get();
        if (e == null || opening || (prompt.get() != Prompt.NONE && prompt.get() != Prompt.BLANK)) {
            return;
        }
        if (e.closed()) {
            error(texts().t("election.error.closed", e.settings().title()));
            return;
        }
        String keys = typed.get() == null ? "" : typed.get().strip();
        if (keys.isEmpty() && queue.resume()) {
            info(texts().t("elections.entry.retrying"));
            drain();
            return;
        }
        if (keys.isEmpty() && pageStale && !queue.isBusy()) {
            info("");
            reloadAfterWrite(e.id());
            return;
        }
        if (keys.isEmpty() && prompt.get() != Prompt.BLANK) {
            // Asked inline (the page shows the question); the second Enter answers it.
            prompt.set(Prompt.BLANK);
            info("");
            return;
        }
        prompt.set(Prompt.NONE);
        if (queue.total() >= e.settings().ballotsIssued()) {
            refusal = texts().t("voting.error.allBallotsEntered", e.settings().ballotsIssued());
            error(refusal);
            return;
        }
        BallotQueue.Paper paper = queue.add(keys);
        saving.set(queue.size());
        typed.set("");
        info("");
        lastBallot.set(texts().t("elections.entry.saving", paper.number(), describeTyped(e.settings(), keys)));
        lastBallotSerial.set(lastBallotSerial.get() + 1);
        queue.resume();
        drain();
    }

    private String describeTyped(ElectionSettings s, String keys) {
        return namesOf(s, BallotKeys.parse(keys, s.candidates()).toBallot(1));
    }

    /**
     * Writes the queued papers one at a time, in order. Writing and reading the page back are two
     * steps: once a paper is on disk it leaves the queue, even if the page cannot be read after it;
     * a write whose answer was lost is sent again under the same number and found already done.
     */
    private void drain() {
        StoredElection e = election.get();
        if (e == null) {
            return;
        }
        queue.startNext().ifPresent(paper -> {
            long id = e.id();
            ElectionSettings s = e.settings();
            session.tasks().run(() -> service().enterBallot(id, paper.number(), paper.keys()), b -> {
                queue.written(paper);
                saving.set(queue.size());
                lastBallot.set(b.kind() == BallotKind.SPOILED
                        ? texts().t("elections.entry.savedSpoiled", b.number())
                        : texts().t("elections.entry.saved", b.number(), namesOf(s, b),
                                texts().t(BallotCheck.validity(b, s).key())));
                lastBallotSerial.set(lastBallotSerial.get() + 1);
                reloadAfterWrite(id);
                drain();
            }, failure -> {
                queue.failed();
                error(texts().t("elections.entry.notSaved", paper.number(), describe(failure), queue.size()));
            });
        });
    }

    /** Reads the page back after a change; if that fails, the change stays done and Enter reads again. */
    private void reloadAfterWrite(long id) {
        session.tasks().run(() -> load(id), this::apply, failure -> {
            pageStale = true;
            error(texts().t("elections.entry.notShown", describe(failure)));
        });
    }

    private String describe(Throwable failure) {
        if (failure instanceof ValidationException v) {
            return texts().all(v.problems());
        }
        return session.dialogs().describe(failure);
    }

    // ---- undo (Ctrl+Z): withdraw the last paper, with a reason

    public void startUndo() {
        if (!idleForChange()) {
            return;
        }
        if (entered.isEmpty()) {
            error(texts().t("elections.undo.nothing"));
            return;
        }
        clearInline();
        Ballot last = entered.get(entered.size() - 1);
        undoTarget = last.number();
        undoReason.set("");
        undoPrompt.set(texts().t("elections.undo.prompt", last.number(), namesOf(election.get().settings(), last)));
        prompt.set(Prompt.UNDO);
        info("");
    }

    public void confirmUndo() {
        if (prompt.get() != Prompt.UNDO || undoTarget == null) {
            return;
        }
        String reason = undoReason.get() == null ? "" : undoReason.get().strip();
        if (reason.isEmpty()) {
            error(texts().t("election.error.reasonRequired"));
            return;
        }
        long id = election.get().id();
        int number = undoTarget;
        session.tasks().run(() -> {
            service().withdrawBallot(id, number, reason);
            return load(id);
        }, l -> {
            prompt.set(Prompt.NONE);
            undoTarget = null;
            apply(l);
            // Said once, in the strip where the paper was shown.
            lastBallot.set(texts().t("elections.undo.done", number, reason));
            lastBallotSerial.set(lastBallotSerial.get() + 1);
            info("");
        }, failure -> error(describe(failure)));
    }

    // ---- correcting an entered paper, with a reason

    /** Starts correcting paper {@code number} (null: the last one). */
    public void startCorrect(Integer number) {
        if (!idleForChange()) {
            return;
        }
        if (entered.isEmpty()) {
            error(texts().t("elections.undo.nothing"));
            return;
        }
        clearInline();
        int n = number == null ? entered.get(entered.size() - 1).number() : number;
        correctNumber.set(String.valueOf(n));
        entered.stream().filter(b -> b.number() == n).findFirst()
                .ifPresent(b -> correctKeys.set(ElectionService.describe(election.get().settings(), b)));
        correctReason.set("");
        prompt.set(Prompt.CORRECT);
        info("");
    }

    public void confirmCorrect() {
        if (prompt.get() != Prompt.CORRECT) {
            return;
        }
        int number;
        try {
            number = Integer.parseInt(correctNumber.get().strip());
        } catch (NumberFormatException | NullPointerException ex) {
            error(texts().t("elections.correct.badNumber", String.valueOf(correctNumber.get())));
            return;
        }
        String keys = correctKeys.get() == null ? "" : correctKeys.get().strip();
        String reason = correctReason.get() == null ? "" : correctReason.get().strip();
        if (reason.isEmpty()) {
            error(texts().t("election.error.reasonRequired"));
            return;
        }
        long id = election.get().id();
        session.tasks().run(() -> {
            Ballot b = service().correctBallot(id, number, keys, reason);
            return new Written(b, load(id));
        }, result -> {
            prompt.set(Prompt.NONE);
            CountState l = result.state();
            apply(l);
            Ballot b = result.ballot();
            info(texts().t("elections.correct.done", number, namesOf(l.election().settings(), b), reason));
        }, failure -> error(describe(failure)));
    }

    // ---- closing, verifying, the runoff

    /** Ctrl+K: asks inline before closing. */
    public void requestClose() {
        StoredElection e = election.get();
        if (e == null || e.closed() || !idleForChange()) {
            return;
        }
        clearInline();
        closePrompt.set(returnedCount < e.settings().ballotsIssued()
                ? texts().t("elections.close.confirmShort", returnedCount, e.settings().ballotsIssued())
                : texts().t("elections.close.confirm", returnedCount));
        prompt.set(Prompt.CLOSE);
    }

    public void confirmClose() {
        StoredElection e = election.get();
        if (prompt.get() != Prompt.CLOSE || e == null) {
            return;
        }
        long id = e.id();
        session.tasks().run(() -> {
            service().close(id);
            return load(id);
        }, l -> {
            prompt.set(Prompt.NONE);
            apply(l);
            lastBallot.set("");
            projector.reveal();
            info(texts().t("elections.close.done"));
            listChanged.run();
        }, failure -> {
            prompt.set(Prompt.NONE);
            error(describe(failure));
        });
    }

    public void verify() {
        StoredElection e = election.get();
        if (e == null || !e.closed()) {
            return;
        }
        long id = e.id();
        session.tasks().run(() -> service().verify(id),
                ok -> verifyText.set(texts().t(ok ? "elections.verify.ok" : "elections.verify.mismatch")),
                failure -> error(describe(failure)));
    }

    /** "Bầu lại": the runoff among the tied, opened for its ballots at once. */
    public void startRunoff() {
        StoredElection e = election.get();
        if (e == null || !canRunoff.get()) {
            return;
        }
        long id = e.id();
        session.tasks().run(() -> service().runoff(id), runoffId -> {
            listChanged.run();
            openOther.accept(runoffId);
        }, failure -> error(describe(failure)));
    }

    /** Esc: whatever is asked inline is dropped; the keyboard goes back to the ballot field. */
    public void cancelInline() {
        if (prompt.get() != Prompt.NONE) {
            clearInline();
            info("");
        } else {
            typed.set("");
        }
    }

    private void clearInline() {
        prompt.set(Prompt.NONE);
        undoTarget = null;
    }

    /** Changes to entered papers wait until every typed paper is on disk. */
    private boolean idleForChange() {
        if (election.get() == null) {
            return false;
        }
        if (election.get().closed()) {
            error(texts().t("election.error.closed", election.get().settings().title()));
            return false;
        }
        if (queue.isBusy()) {
            error(texts().t("elections.entry.stillSaving", queue.size()));
            return false;
        }
        return true;
    }

    private void info(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    private void error(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    // ---- properties

    public ReadOnlyObjectProperty<StoredElection> electionProperty() {
        return election.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public ReadOnlyStringProperty echoProperty() {
        return echo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }


    public ReadOnlyStringProperty lastBallotProperty() {
        return lastBallot.getReadOnlyProperty();
    }

    /** Bumped with every new "last ballot", so the strip can flash even when the words repeat. */
    public ReadOnlyIntegerProperty lastBallotSerialProperty() {
        return lastBallotSerial.getReadOnlyProperty();
    }

    /** Papers typed and not yet on disk. */
    public ReadOnlyIntegerProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }


    /** What is asked inline now; the page shows one question at a time. */
    public ReadOnlyObjectProperty<Prompt> promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoPromptProperty() {
        return undoPrompt.getReadOnlyProperty();
    }

    public StringProperty undoReasonProperty() {
        return undoReason;
    }


    public StringProperty correctNumberProperty() {
        return correctNumber;
    }

    public StringProperty correctKeysProperty() {
        return correctKeys;
    }

    public StringProperty correctReasonProperty() {
        return correctReason;
    }


    public ReadOnlyStringProperty closePromptProperty() {
        return closePrompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty issuedProperty() {
        return issued.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty returnedProperty() {
        return returned.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty invalidProperty() {
        return invalid.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProjectorCount> countProperty() {
        return count.getReadOnlyProperty();
    }

    public ObservableList<BallotRow> ballots() {
        return FXCollections.unmodifiableObservableList(ballots);
    }

    /** The election shown was changed in the file after its close: its count is refused. */
    public ReadOnlyBooleanProperty forgedProperty() {
        return forged.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRunoffProperty() {
        return canRunoff.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty runoffLabelProperty() {
        return runoffLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fingerprintProperty() {
        return fingerprint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verifyTextProperty() {
        return verifyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty finalTextProperty() {
        return finalText.getReadOnlyProperty();
    }
}
