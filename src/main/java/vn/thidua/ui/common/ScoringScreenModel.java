package vn.thidua.ui.common;

import vn.thidua.app.ScoringService;
import vn.thidua.app.Texts;

/**
 * What the scoring screens' view models share: the session, their subscription to its reloads
 * (season, language and data changes) and the scoring use case.
 */
public abstract class ScoringScreenModel {

    protected final Session session;
    // Held here so that the session's weak listeners live as long as this model and no longer.
    protected final Session.Reload reload;

    protected ScoringScreenModel(Session session) {
        this.session = session;
        this.reload = session.reloadOn(this::refresh, true);
    }

    /** Reloads what the screen shows for the season now chosen. */
    public abstract void refresh();

    protected final ScoringService scoring() {
        return session.workspace().scoring();
    }

    protected final Texts texts() {
        return session.texts();
    }
}
