package vn.thidua.ui.elections;

import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.app.ElectionService;
import vn.thidua.app.CountState;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.Texts;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.BallotCheck;
import vn.thidua.domain.voting.BallotKind;
import vn.thidua.domain.voting.BallotKeys;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.domain.voting.TallyResult;
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
 * entered twice, and Enter tries again. A written paper moves the count on by itself
 * ({@link CountState#withPaper}); the count is read whole from the file only on open and after an
 * undo, a correction or the close.
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

    private final Session session;
    private final ProjectorViewModel projector;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final StringProperty typed = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Prompt> prompt = new ReadOnlyObjectWrapper<>(Prompt.NONE);
    private final ReadOnlyObjectWrapper<ProjectorCount> count = new ReadOnlyObjectWrapper<>();
    private final ObservableList<BallotRow> ballots = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
    private final BallotQueue queue = new BallotQueue();
    /** The count shown: read whole on open and after a change, moved on by one paper after each paper. */
    private CountState state;
    /** The refusal of the paper in the field (all papers in): it goes when the field is cleared. */
    private String refusal = "";
    private boolean opening;
    private final ReadOnlyObjectWrapper<TypedEcho> echo = new ReadOnlyObjectWrapper<>(TypedEcho.NONE);
    private final CountFigures figures = new CountFigures();
    private final CountMessages messages = new CountMessages(this::texts, this::describeFailure);
    private final PaperChanges changes = new PaperChanges(this);
    private final CountClosing closing;

    /**
     * @param listChanged called when the list of elections changed (closed, runoff added)
     * @param openOther   opens another election's count (the runoff just created)
     */
    public CountingViewModel(Session session, ProjectorViewModel projector, Runnable listChanged, LongConsumer openOther) {
        this.session = session;
        this.projector = projector;
        this.closing = new CountClosing(this, projector, listChanged, openOther);
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
            messages.error(texts().t("elections.entry.stillSaving", queue.size()));
            return false;
        }
        clearInline();
        typed.set("");
        messages.said("");
        closing.opened();
        messages.info("");
        queue.clear();
        // Until the page is read, a paper typed would be numbered against the election shown before.
        opening = true;
        session.tasks().run(() -> service().countState(electionId), l -> {
            opening = false;
            apply(l);
            if (!l.election().closed()) {
                projector.countStarted();
            }
        }, failure -> {
            opening = false;
            messages.error(messages.describe(failure));
        });
        return true;
    }

    /** True while typed papers wait to be written. */
    public boolean isSaving() {
        return queue.isBusy();
    }

    public void reload() {
        StoredElection e = election();
        if (e != null && !queue.isBusy()) {
            session.tasks().run(() -> service().countState(e.id()), this::apply);
        }
    }

    /** No election shown (another year was chosen). */
    public void clear() {
        if (isSaving()) {
            return;
        }
        state = null;
        ballots.clear();
        count.set(null);
        queue.clear();
    }

    void apply(CountState l) {
        if (l.forged()) {
            refuse(l);
            return;
        }
        state = l;
        StoredElection e = l.election();
        queue.loaded(l.ballots().size(), BallotCheck.nextNumber(l.ballots()));
        ElectionSettings s = e.settings();
        heading.set(s.round() > 1 ? s.title() + " — " + texts().t("elections.round.runoff", s.round()) : s.title());
        ballots.setAll(l.ballots().stream().map(b -> BallotText.row(texts(), s, b))
                .sorted(Comparator.comparingInt(BallotRow::number).reversed()).toList());
        closed.set(e.closed());
        closing.show(l);
        show(l);
        typedChanged(typed.get());
    }

    /** One paper more, on disk: the count moves on by it, the list gets its row; nothing else is redrawn. */
    private void applyPaper(CountState l, Ballot b) {
        state = l;
        ballots.add(0, BallotText.row(texts(), l.election().settings(), b));
        show(l);
    }

    /** The figures, the operator's tally and the room's projector: the same snapshot in the same pulse. */
    private void show(CountState l) {
        TallyResult r = l.tally();
        figures.show(r);
        ProjectorCount snapshot = CountSnapshot.of(texts(), l.election(), r, l.finalOutcome(), l.root());
        count.set(snapshot);
        projector.updateCount(snapshot);
    }

    /**
     * A closed election whose stored data was changed afterwards: neither this page nor the room
     * shows a number from it; the page says in red what was found, the projector refuses.
     */
    private void refuse(CountState l) {
        StoredElection e = l.election();
        state = l;
        heading.set(e.settings().title());
        figures.clear();
        ballots.clear();
        closed.set(true);
        closing.refused();
        count.set(null);
        messages.error(texts().t(l.seal().key(), e.settings().title(), e.id(), l.firstFingerprint()));
        projector.refuse(texts().t("projector.refused", e.settings().title()));
    }

    String namesOf(ElectionSettings s, Ballot b) {
        return BallotText.names(texts(), s, b);
    }

    List<Ballot> entered() {
        return state == null || state.forged() ? List.of() : state.ballots();
    }

    // ---- typing a ballot

    private void typedChanged(String text) {
        if (text != null && !text.isBlank() && prompt.get() == Prompt.BLANK) {
            prompt.set(Prompt.NONE);
        }
        StoredElection e = election();
        echo.set(TypedEcho.of(texts(), e == null ? null : e.settings(), text));
        if ((text == null || text.isBlank()) && !refusal.isEmpty() && refusal.equals(messages.messageProperty().get())) {
            messages.info("");
        }
    }

    /** Enter in the ballot field: the typed paper is entered; an empty field asks for a second Enter first. */
    public void enter() {
        StoredElection e = election();
        if (e == null || opening || (prompt.get() != Prompt.NONE && prompt.get() != Prompt.BLANK)) {
            return;
        }
        if (e.closed()) {
            messages.error(texts().t("election.error.closed", e.settings().title()));
            return;
        }
        if (session().readOnly()) {
            messages.error(session().readOnlyProperty().get());
            return;
        }
        String keys = typed.get() == null ? "" : typed.get().strip();
        if (keys.isEmpty() && queue.resume()) {
            messages.info(texts().t("elections.entry.retrying"));
            drain();
            return;
        }
        if (keys.isEmpty() && prompt.get() != Prompt.BLANK) {
            // Asked inline (the page shows the question); the second Enter answers it.
            prompt.set(Prompt.BLANK);
            messages.info("");
            return;
        }
        prompt.set(Prompt.NONE);
        if (queue.total() >= e.settings().ballotsIssued()) {
            refusal = texts().t("voting.error.allBallotsEntered", e.settings().ballotsIssued());
            messages.error(refusal);
            return;
        }
        BallotQueue.Paper paper = queue.add(keys);
        typed.set("");
        messages.info("");
        messages.said(texts().t("elections.entry.saving", paper.number(),
                namesOf(e.settings(), BallotKeys.parse(keys, e.settings().candidates()).toBallot(1))));
        queue.resume();
        drain();
    }

    /**
     * Writes the queued papers one at a time, in order. Each paper's write answers with the count moved
     * on by it (no paper read back); a write whose answer was lost is sent again under the same number
     * and found already done. A failed write pauses the queue with the paper at its head.
     */
    private void drain() {
        if (election() == null) {
            return;
        }
        queue.startNext().ifPresent(paper -> {
            CountState before = state;
            session.tasks().run(() -> service().enterBallot(before, paper.number(), paper.keys()), after -> {
                queue.written(paper);
                Ballot b = after.paper(paper.number()).orElseThrow();
                ElectionSettings s = after.election().settings();
                messages.said(b.kind() == BallotKind.SPOILED ? texts().t("elections.entry.savedSpoiled", b.number())
                        : texts().t("elections.entry.saved", b.number(), namesOf(s, b),
                        texts().t(BallotCheck.validity(b, s).key())));
                if (after.ballots().size() == before.ballots().size() + 1) {
                    applyPaper(after, b);
                } else {
                    apply(after);
                }
                drain();
            }, failure -> {
                queue.failed();
                messages.error(texts().t("elections.entry.notSaved", paper.number(), messages.describe(failure), queue.size()));
            });
        });
    }

    /** Esc: whatever is asked inline is dropped; the keyboard goes back to the ballot field. */
    public void cancelInline() {
        if (prompt.get() != Prompt.NONE) {
            clearInline();
            messages.info("");
        } else {
            typed.set("");
        }
    }

    void clearInline() {
        prompt.set(Prompt.NONE);
        changes.clear();
    }

    /** One question inline at a time; the keyboard goes to its field. */
    void ask(Prompt question) {
        prompt.set(question);
        messages.info("");
    }

    /** Changes to entered papers wait until every typed paper is on disk. */
    boolean idleForChange() {
        if (election() == null) {
            return false;
        }
        if (election().closed()) {
            messages.error(texts().t("election.error.closed", election().settings().title()));
            return false;
        }
        if (queue.isBusy()) {
            messages.error(texts().t("elections.entry.stillSaving", queue.size()));
            return false;
        }
        if (session.readOnly()) {
            messages.error(session.readOnlyProperty().get());
            return false;
        }
        return true;
    }

    Session session() {
        return session;
    }

    private StoredElection election() {
        return state == null ? null : state.election();
    }

    /** The count shown; null before the first is read. */
    CountState state() {
        return state;
    }

    // ---- properties

    public CountFigures figures() {
        return figures;
    }

    /** The message line and the last paper's strip. */
    public CountMessages messages() {
        return messages;
    }

    /** Undo and correction of entered papers. */
    public PaperChanges changes() {
        return changes;
    }

    /** Closing, the fingerprint, the runoff. */
    public CountClosing closing() {
        return closing;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public StringProperty typedProperty() {
        return typed;
    }

    /** What the keys in the field would enter, and a warning when that paper would be invalid. */
    public ReadOnlyObjectProperty<TypedEcho> echoProperty() {
        return echo.getReadOnlyProperty();
    }

    /** What is asked inline now; the page shows one question at a time. */
    public ReadOnlyObjectProperty<Prompt> promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProjectorCount> countProperty() {
        return count.getReadOnlyProperty();
    }

    public ObservableList<BallotRow> ballots() {
        return FXCollections.unmodifiableObservableList(ballots);
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }


    private String describeFailure(Throwable failure) {
        return session.dialogs().describe(failure);
    }
}
