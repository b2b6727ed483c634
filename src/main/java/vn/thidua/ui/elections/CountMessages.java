package vn.thidua.ui.elections;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.thidua.app.Texts;
import vn.thidua.app.ValidationException;

/**
 * What the count page says in words, inline (it never opens a dialog): one message line, in red
 * when it is a refusal or a failure, and the strip that tells what became of the last paper.
 */
public final class CountMessages {

    private final Supplier<Texts> texts;
    private final Function<Throwable, String> failures;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper lastBallot = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper lastBallotSerial = new ReadOnlyIntegerWrapper(0);

    CountMessages(Supplier<Texts> texts, Function<Throwable, String> failures) {
        this.texts = texts;
        this.failures = failures;
    }

    void info(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    void error(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    /** A refusal or a failure, in the user's words. */
    void failed(Throwable failure) {
        error(describe(failure));
    }

    String describe(Throwable failure) {
        if (failure instanceof ValidationException v) {
            return texts.get().all(v.problems());
        }
        return failures.apply(failure);
    }

    /** What became of the last paper; the strip flashes for each, even when the words repeat. */
    void said(String text) {
        lastBallot.set(text);
        if (!text.isEmpty()) {
            lastBallotSerial.set(lastBallotSerial.get() + 1);
        }
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
}
