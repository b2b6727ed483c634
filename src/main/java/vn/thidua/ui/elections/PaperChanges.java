package vn.thidua.ui.elections;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.thidua.app.CountState;
import vn.thidua.app.ElectionService;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.ui.elections.CountingViewModel.Prompt;

/**
 * The count page's changes to papers already entered, asked inline: Ctrl+Z withdraws the last
 * paper, Ctrl+R corrects one, each only with a reason. After either, the count is read whole again
 * from the stored papers (a recount), never moved on by hand.
 */
public final class PaperChanges {

    /** A paper corrected, with the count read back after it. */
    private record Written(Ballot ballot, CountState state) {
    }

    private final CountingViewModel page;
    private final ReadOnlyStringWrapper undoPrompt = new ReadOnlyStringWrapper("");
    private final StringProperty undoReason = new SimpleStringProperty("");
    private final StringProperty correctNumber = new SimpleStringProperty("");
    private final StringProperty correctKeys = new SimpleStringProperty("");
    private final StringProperty correctReason = new SimpleStringProperty("");
    private Integer undoTarget;

    PaperChanges(CountingViewModel page) {
        this.page = page;
    }

    private ElectionService service() {
        return page.session().workspace().elections();
    }

    private String t(String key, Object... args) {
        return page.session().texts().t(key, args);
    }

    /** The papers entered, or nothing when the page cannot change them now (said why). */
    private List<Ballot> changeable() {
        if (!page.idleForChange()) {
            return List.of();
        }
        if (page.entered().isEmpty()) {
            page.messages().error(t("elections.undo.nothing"));
        }
        return page.entered();
    }

    // ---- undo (Ctrl+Z): withdraw the last paper, with a reason

    public void startUndo() {
        List<Ballot> entered = changeable();
        if (entered.isEmpty()) {
            return;
        }
        page.clearInline();
        Ballot last = entered.get(entered.size() - 1);
        undoTarget = last.number();
        undoReason.set("");
        undoPrompt.set(t("elections.undo.prompt", last.number(), page.namesOf(settings(), last)));
        page.ask(Prompt.UNDO);
    }

    public void confirmUndo() {
        if (page.promptProperty().get() != Prompt.UNDO || undoTarget == null) {
            return;
        }
        String reason = stripped(undoReason);
        if (reason.isEmpty()) {
            page.messages().error(t("election.error.reasonRequired"));
            return;
        }
        long id = page.state().election().id();
        int number = undoTarget;
        page.session().tasks().run(() -> {
            service().withdrawBallot(id, number, reason);
            return service().countState(id);
        }, l -> {
            page.clearInline();
            page.apply(l);
            // Said once, in the strip where the paper was shown.
            page.messages().said(t("elections.undo.done", number, reason));
            page.messages().info("");
        }, page.messages()::failed);
    }

    // ---- correcting an entered paper, with a reason

    /** Starts correcting paper {@code number} (null: the last one). */
    public void startCorrect(Integer number) {
        List<Ballot> entered = changeable();
        if (entered.isEmpty()) {
            return;
        }
        page.clearInline();
        int n = number == null ? entered.get(entered.size() - 1).number() : number;
        correctNumber.set(String.valueOf(n));
        entered.stream().filter(b -> b.number() == n).findFirst()
                .ifPresent(b -> correctKeys.set(ElectionService.describe(settings(), b)));
        correctReason.set("");
        page.ask(Prompt.CORRECT);
    }

    public void confirmCorrect() {
        if (page.promptProperty().get() != Prompt.CORRECT) {
            return;
        }
        int number;
        try {
            number = Integer.parseInt(stripped(correctNumber));
        } catch (NumberFormatException ex) {
            page.messages().error(t("elections.correct.badNumber", String.valueOf(correctNumber.get())));
            return;
        }
        String keys = stripped(correctKeys);
        String reason = stripped(correctReason);
        if (reason.isEmpty()) {
            page.messages().error(t("election.error.reasonRequired"));
            return;
        }
        long id = page.state().election().id();
        page.session().tasks().run(() -> {
            Ballot b = service().correctBallot(id, number, keys, reason);
            return new Written(b, service().countState(id));
        }, result -> {
            page.clearInline();
            CountState l = result.state();
            page.apply(l);
            page.messages().info(t("elections.correct.done", number, page.namesOf(l.election().settings(), result.ballot()), reason));
        }, page.messages()::failed);
    }

    void clear() {
        undoTarget = null;
    }

    private ElectionSettings settings() {
        return page.state().election().settings();
    }

    private static String stripped(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
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
}
