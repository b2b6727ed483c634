package vn.thidua.ui.common;

import java.util.List;
import java.util.Optional;
import vn.thidua.app.Texts;

/**
 * The dialogs of a view model's test where nothing should reach a dialog: what would have been shown is kept in
 * {@code shown} (an error as it is, any other dialog as an {@code IllegalStateException} naming it), for the
 * test to find empty. A confirmation is declined, a question cancelled.
 */
public record RecordingDialogs(List<Throwable> shown) implements DialogService {

    @Override
    public void showError(Throwable error) {
        shown.add(error);
    }

    @Override
    public String describe(Throwable error) {
        return ErrorText.of(Texts.vietnamese(), error);
    }

    @Override
    public void showInfo(String title, String text) {
        shown.add(new IllegalStateException(title + ": " + text));
    }

    @Override
    public void notice(String title, String text) {
        shown.add(new IllegalStateException(title + ": " + text));
    }

    @Override
    public boolean confirm(String title, String text) {
        shown.add(new IllegalStateException(title + ": " + text));
        return false;
    }

    @Override
    public Optional<String> ask(String title, String label, String initial) {
        shown.add(new IllegalStateException(title + ": " + label));
        return Optional.empty();
    }
}
