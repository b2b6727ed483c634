package vn.thidua.ui.common;

import java.util.logging.Logger;
import vn.thidua.app.AppException;
import vn.thidua.app.Incidents;
import vn.thidua.app.Texts;
import vn.thidua.app.ValidationException;

/** The words for a failure, the same on every screen. View models reach it through {@link DialogService#describe}. */
public final class ErrorText {

    private static final Logger LOG = Logger.getLogger(ErrorText.class.getName());

    private ErrorText() {
    }

    /**
     * A refusal says each of its problems (one a line); the app's own failures say their message; the
     * unexpected is logged under a short reference, which is all the user is shown of it.
     */
    public static String of(Texts texts, Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof ValidationException v) {
                return texts.all(v.problems());
            }
            if (e instanceof AppException app) {
                return texts.t(app);
            }
        }
        return texts.t("error.unexpected", Incidents.reference(LOG, error));
    }
}
