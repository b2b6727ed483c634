package vn.thidua.ui.elections;

import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.thidua.app.CountState;
import vn.thidua.app.ElectionService;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.ui.elections.CountingViewModel.Prompt;
import vn.thidua.ui.projector.ProjectorViewModel;

/**
 * The end of a count: Ctrl+K asks inline and closes, the fingerprint is shown and can be checked
 * again, and a tie at the last seat offers the runoff ("Bầu lại"). Whether a runoff may start and
 * what the chain finally puts forward are the app's rules ({@link CountState}); this only shows them.
 */
public final class CountClosing {

    private final CountingViewModel page;
    private final ProjectorViewModel projector;
    private final Runnable listChanged;
    private final LongConsumer openOther;
    private final ReadOnlyStringWrapper closePrompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canRunoff = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper runoffLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verifyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper finalText = new ReadOnlyStringWrapper("");

    CountClosing(CountingViewModel page, ProjectorViewModel projector, Runnable listChanged,
                 LongConsumer openOther) {
        this.page = page;
        this.projector = projector;
        this.listChanged = listChanged;
        this.openOther = openOther;
    }

    private ElectionService service() {
        return page.session().workspace().elections();
    }

    private String t(String key, Object... args) {
        return page.session().texts().t(key, args);
    }

    /** What the count read says of the close and of the runoff chain. */
    void show(CountState l) {
        StoredElection e = l.election();
        fingerprint.set(e.closed() && e.fingerprint() != null ? e.fingerprint() : "");
        canRunoff.set(l.canRunoff());
        runoffLabel.set(t("elections.runoff", e.settings().round() + 1));
        finalText.set(l.finalOutcome() == null ? "" : CountSnapshot.finalWords(page.session().texts(), l.root(),
                l.finalOutcome()));
    }

    /** A forged election: nothing of its close is shown, no runoff offered. */
    void refused() {
        fingerprint.set("");
        finalText.set("");
        canRunoff.set(false);
    }

    void opened() {
        verifyText.set("");
    }

    /** Ctrl+K: asks inline before closing. */
    public void requestClose() {
        if (page.state() == null || page.state().election().closed() || !page.idleForChange()) {
            return;
        }
        StoredElection e = page.state().election();
        page.clearInline();
        int returned = page.entered().size();
        closePrompt.set(returned < e.settings().ballotsIssued()
                ? t("elections.close.confirmShort", returned, e.settings().ballotsIssued())
                : t("elections.close.confirm", returned));
        page.ask(Prompt.CLOSE);
    }

    public void confirmClose() {
        if (page.promptProperty().get() != Prompt.CLOSE || page.state() == null) {
            return;
        }
        long id = page.state().election().id();
        page.session().tasks().run(() -> {
            service().close(id);
            return service().countState(id);
        }, l -> {
            page.clearInline();
            page.apply(l);
            page.messages().said("");
            projector.reveal();
            page.messages().info(t("elections.close.done"));
            listChanged.run();
        }, failure -> {
            page.clearInline();
            page.messages().failed(failure);
        });
    }

    public void verify() {
        if (page.state() == null || !page.state().election().closed()) {
            return;
        }
        long id = page.state().election().id();
        page.session().tasks().run(() -> service().verify(id),
                ok -> verifyText.set(t(ok ? "elections.verify.ok" : "elections.verify.mismatch")), page.messages()::failed);
    }

    /** "Bầu lại": the runoff among the tied, opened for its ballots at once. */
    public void startRunoff() {
        if (page.state() == null || !canRunoff.get()) {
            return;
        }
        long id = page.state().election().id();
        page.session().tasks().run(() -> service().runoff(id), runoffId -> {
            listChanged.run();
            openOther.accept(runoffId);
        }, page.messages()::failed);
    }

    public ReadOnlyStringProperty closePromptProperty() {
        return closePrompt.getReadOnlyProperty();
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
