package vn.thidua.ui.common;

import java.util.Optional;

/**
 * Every message and question to the user goes through here: in Vietnamese (or the chosen
 * language), saying what happened and what to do, and logged.
 */
public interface DialogService {

    void showError(Throwable error);

    /**
     * The words for {@code error}, for a screen that shows it in place (a message line) rather than
     * in a dialog: a refusal's problems, the app's own message, or a reference to the log.
     */
    String describe(Throwable error);

    void showInfo(String title, String text);

    /**
     * A short word that something was done (saved, backed up), which goes away by itself and asks
     * nothing: the secretary keeps typing.
     */
    void notice(String title, String text);

    boolean confirm(String title, String text);

    /** Asks for a line of text; empty when cancelled. */
    Optional<String> ask(String title, String label, String initial);
}
