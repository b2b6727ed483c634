package vn.thidua.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.AppException;
import vn.thidua.app.Texts;
import vn.thidua.app.ValidationException;
import vn.thidua.domain.bloc.Problem;

/** The one error handler: a refusal goes to the form, anything else to the dialog service. */
class TasksTest {

    private final List<String> events = new ArrayList<>();
    private final Texts texts = Texts.vietnamese();
    private final DialogService dialogs = new DialogService() {
        @Override
        public void showError(Throwable error) {
            events.add("dialog: " + describe(error));
        }

        @Override
        public String describe(Throwable error) {
            return ErrorText.of(texts, error);
        }

        @Override
        public void showInfo(String title, String text) {
            events.add("info");
        }

        @Override
        public void notice(String title, String text) {
            events.add("notice");
        }

        @Override
        public boolean confirm(String title, String text) {
            return false;
        }

        @Override
        public Optional<String> ask(String title, String label, String initial) {
            return Optional.empty();
        }
    };
    private final Tasks tasks = new Tasks(dialogs);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void runToEnd(Runnable start) throws Exception {
        WaitForAsyncUtils.asyncFx(start).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, tasks::isIdle);
    }

    @Test
    void aRefusalGoesToTheFormAndNoDialogOpens() throws Exception {
        ValidationException refusal = new ValidationException(List.of(Problem.of("code", "unit.error.codeEmpty"),
                Problem.of("name", "unit.error.nameEmpty")));
        runToEnd(() -> tasks.attempt(() -> {
            throw refusal;
        }, ok -> events.add("saved"), v -> events.add("form: " + v.problems().size()), () -> events.add("cleared")));
        assertThat(events).containsExactly("form: 2");
    }

    @Test
    void anyOtherFailureClearsTheFormThenOpensTheDialog() throws Exception {
        runToEnd(() -> tasks.attempt(() -> {
            throw new AppException("data.error.readOnly", "/x/thidua.mv.db");
        }, ok -> events.add("saved"), v -> events.add("form"), () -> events.add("cleared")));
        assertThat(events).containsExactly("cleared", "dialog: " + texts.t("data.error.readOnly", "/x/thidua.mv.db"));
    }

    @Test
    void successReachesOnlyTheSuccessHandler() throws Exception {
        runToEnd(() -> tasks.attempt(() -> 42, ok -> events.add("saved " + ok), v -> events.add("form")));
        assertThat(events).containsExactly("saved 42");
    }

    @Test
    void aRefusalIsDescribedProblemByProblemAndTheUnexpectedByAReferenceOnly() {
        ValidationException refusal = new ValidationException(List.of(Problem.of("code", "unit.error.codeEmpty"),
                Problem.of("name", "unit.error.nameEmpty")));
        assertThat(ErrorText.of(texts, new RuntimeException("wrapped", refusal)))
                .isEqualTo(texts.t("unit.error.codeEmpty") + "\n" + texts.t("unit.error.nameEmpty"));
        String unexpected = ErrorText.of(texts, new IllegalStateException("java.lang.secret"));
        assertThat(unexpected).doesNotContain("secret").doesNotContain("IllegalState")
                .startsWith(texts.t("error.unexpected", "").substring(0, 10));
    }
}
