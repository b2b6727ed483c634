package vn.thidua.ui.elections;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.app.ElectionService;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.Texts;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.BallotKeys;
import vn.thidua.ui.common.Session;

/**
 * Nhập lần 2 (blind double entry): a second operator types the numbered papers again. Only the
 * second entry is shown here, never the first, until "Đối chiếu" lists the papers whose two
 * entries differ, by number, to read again. Nothing here touches the count or the projector.
 */
public final class RecheckViewModel {

    /** A paper whose two entries differ, as the operator reads it. */
    public record DifferenceRow(int number, String first, String second) {
    }

    private final Session session;
    private StoredElection election;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final StringProperty number = new SimpleStringProperty("1");
    private final StringProperty typed = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper echo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> entered = FXCollections.observableArrayList();
    private final ObservableList<DifferenceRow> differences = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper compared = new ReadOnlyBooleanWrapper(false);

    public RecheckViewModel(Session session) {
        this.session = session;
        typed.addListener((o, a, b) -> echo());
    }

    private Texts texts() {
        return session.texts();
    }

    private ElectionService service() {
        return session.workspace().elections();
    }

    /** Opens the second entry of an election: its papers typed so far, the next number to type. */
    public void open(long electionId) {
        election = null;
        entered.clear();
        differences.clear();
        compared.set(false);
        summary.set("");
        typed.set("");
        say("", false);
        session.tasks().run(() -> new Loaded(service().election(electionId), service().rechecks(electionId)), l -> {
            election = l.election();
            title.set(texts().t("elections.recheck.title", l.election().settings().title()));
            show(l.rechecks());
            number.set(Integer.toString(next(l.rechecks())));
        });
    }

    private record Loaded(StoredElection election, List<Ballot> rechecks) {
    }

    private static int next(List<Ballot> rechecks) {
        return rechecks.stream().mapToInt(Ballot::number).max().orElse(0) + 1;
    }

    private void show(List<Ballot> rechecks) {
        entered.setAll(rechecks.stream().map(b -> texts().t("elections.recheck.line", b.number(),
                BallotText.names(texts(), election.settings(), b))).toList());
    }

    private void echo() {
        if (election == null || typed.get().isBlank()) {
            echo.set("");
            return;
        }
        Ballot b = BallotKeys.parse(typed.get(), election.settings().candidates()).toBallot(1);
        echo.set(BallotText.names(texts(), election.settings(), b));
    }

    /** Enter: stores the second entry of the paper numbered in the number field, then moves to the next. */
    public void enter() {
        StoredElection e = election;
        if (e == null) {
            return;
        }
        int n;
        try {
            n = Integer.parseInt(number.get().trim());
        } catch (NumberFormatException ex) {
            say(texts().t("elections.recheck.badNumber", number.get().trim()), true);
            return;
        }
        String keys = typed.get();
        session.tasks().run(() -> {
            Ballot b = service().enterRecheck(e.id(), n, keys);
            return new Saved(new Loaded(e, service().rechecks(e.id())), b);
        }, saved -> {
            show(saved.loaded().rechecks());
            typed.set("");
            number.set(Integer.toString(saved.ballot().number() + 1));
            say(texts().t("elections.recheck.saved", saved.ballot().number(),
                    BallotText.names(texts(), e.settings(), saved.ballot())), false);
            if (compared.get()) {
                compare();
            }
        }, failure -> say(session.dialogs().describe(failure), true));
    }

    private record Saved(Loaded loaded, Ballot ballot) {
    }

    /** Ctrl+D "Đối chiếu": the papers whose two entries differ, by number. */
    public void compare() {
        StoredElection e = election;
        if (e == null) {
            return;
        }
        session.tasks().run(() -> service().recheck(e.id()), c -> {
            // Papers not yet re-entered are named by their number alone (DoubleEntry.Check): their
            // first entry stays unseen.
            differences.setAll(c.differing().stream().map(d -> new DifferenceRow(d.number(),
                    d.first().map(b -> BallotText.names(texts(), e.settings(), b))
                            .orElse(texts().t("elections.recheck.missing")),
                    BallotText.names(texts(), e.settings(), d.second().orElseThrow()))).toList());
            String text = c.differing().isEmpty() ? texts().t("elections.recheck.allAgree", c.agreeing())
                    : texts().t("elections.recheck.differ", c.differing().size(), c.agreeing());
            summary.set(c.notYet().isEmpty() ? text : text + " " + texts().t("elections.recheck.notYet",
                    String.join(", ", c.notYet().stream().map(String::valueOf).toList())));
            compared.set(true);
        });
    }

    private void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public ReadOnlyStringProperty echoProperty() {
        return echo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The second entry so far, one line a paper. */
    public ObservableList<String> entered() {
        return FXCollections.unmodifiableObservableList(entered);
    }

    public ObservableList<DifferenceRow> differences() {
        return FXCollections.unmodifiableObservableList(differences);
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty comparedProperty() {
        return compared.getReadOnlyProperty();
    }
}
