package vn.thidua.ui.projector;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.ui.common.Session;

/**
 * The one state of the projector. The room's window and the operator's preview both draw from
 * it, so the preview is exactly what the room sees. The election being counted feeds it with
 * {@link #updateCount}; the operator switches what is shown.
 */
public final class ProjectorViewModel {

    /** The projector's shape until a window is placed: the usual 4:3 projector. */
    public static final double DEFAULT_WIDTH = 1024;
    public static final double DEFAULT_HEIGHT = 768;

    private final Session session;
    private final ReadOnlyObjectWrapper<ProjectorMode> mode = new ReadOnlyObjectWrapper<>(ProjectorMode.WELCOME);
    private final ReadOnlyObjectWrapper<ProjectorCount> count = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper welcomeBloc = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper welcomeYear = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper welcomeTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper placement = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper width = new ReadOnlyDoubleWrapper(DEFAULT_WIDTH);
    private final ReadOnlyDoubleWrapper height = new ReadOnlyDoubleWrapper(DEFAULT_HEIGHT);

    public ProjectorViewModel(Session session) {
        this.session = session;
        session.blocProperty().addListener((o, a, b) -> welcome());
        session.seasonProperty().addListener((o, a, b) -> welcome());
        session.textsProperty().addListener((o, a, b) -> welcome());
        welcome();
        placement.set(session.t("projector.placement.closed"));
    }

    private void welcome() {
        Bloc bloc = session.bloc();
        Season season = session.season();
        welcomeBloc.set(bloc == null ? session.t("app.title") : bloc.name());
        welcomeYear.set(season == null ? "" : session.t("year.label", season.year()));
        welcomeTitle.set(season == null ? "" : session.t("projector.welcome.conference", season.year()));
    }

    // ---- what is shown (F4 … F9)

    public void showWelcome() {
        mode.set(ProjectorMode.WELCOME);
    }

    /** "Chiếu kết quả kiểm phiếu": the count of the election being counted, or its result once closed. */
    public void showCount() {
        mode.set(ProjectorMode.COUNT);
    }

    /** "Ẩn kết quả": only the counter, until the reveal. */
    /**
     * An election's count was opened for its papers: the room leaves the welcome page for the count
     * by itself. Any other picture (the scoreboard, a black screen, the hidden count) was chosen and stays.
     */
    public void countStarted() {
        if (mode.get() == ProjectorMode.WELCOME) {
            mode.set(ProjectorMode.COUNT);
        }
    }

    public void hideCount() {
        mode.set(ProjectorMode.COUNT_HIDDEN);
    }

    public void blackScreen() {
        mode.set(ProjectorMode.BLACK);
    }

    public void showScoreboard() {
        mode.set(ProjectorMode.SCOREBOARD);
    }

    // ---- the projector window (F5)

    public void open() {
        open.set(true);
    }

    public void close() {
        open.set(false);
    }

    public void toggleOpen() {
        open.set(!open.get());
    }

    // ---- fed by the election being counted

    /** The count after a committed ballot, a correction, a close: shown at once wherever it is on screen. */
    public void updateCount(ProjectorCount newCount) {
        refusal.set("");
        count.set(newCount);
    }

    /**
     * An election whose stored data was changed after its close: the room sees why its result is
     * not shown, never the numbers the file now holds.
     */
    public void refuse(String why) {
        count.set(null);
        refusal.set(why);
    }

    /** Closing is the reveal: a hidden count shows its result. */
    public void reveal() {
        if (mode.get() == ProjectorMode.COUNT_HIDDEN) {
            mode.set(ProjectorMode.COUNT);
        }
    }

    // ---- fed by the projector window

    /** Where the window went, in words for the operator, and its size (the preview takes its shape). */
    public void windowPlaced(String where, double w, double h) {
        placement.set(where);
        if (w > 0 && h > 0) {
            width.set(w);
            height.set(h);
        }
    }

    /** The window was closed (by the operator or the window system). */
    public void windowClosed() {
        open.set(false);
        placement.set(session.t("projector.placement.closed"));
    }

    public ReadOnlyObjectProperty<ProjectorMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProjectorCount> countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Why the count is not shown (a forged election), or empty. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty welcomeBlocProperty() {
        return welcomeBloc.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty welcomeYearProperty() {
        return welcomeYear.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty welcomeTitleProperty() {
        return welcomeTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placementProperty() {
        return placement.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty widthProperty() {
        return width.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty heightProperty() {
        return height.getReadOnlyProperty();
    }
}
