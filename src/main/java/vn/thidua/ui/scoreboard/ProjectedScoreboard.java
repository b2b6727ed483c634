package vn.thidua.ui.scoreboard;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import vn.thidua.app.ScoringService.ScoreboardData;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.Lazy;

/**
 * The scoreboard as the projector shows it ("Chiếu bảng điểm"): the chosen year's scoreboard in
 * large type, kept up to date as scores change. Each display (the room's window, the operator's
 * preview) gets its own node over the same data.
 */
public final class ProjectedScoreboard {

    private final Lazy<ScoreboardViewModel> model;
    private final Session session;

    /** The scoreboard is computed the first time it is projected, then kept up to date. */
    public ProjectedScoreboard(Session session) {
        this.session = session;
        this.model = Lazy.of(() -> {
            ScoreboardViewModel vm = new ScoreboardViewModel(session);
            vm.refresh();
            return vm;
        });
    }

    public Node newNode() {
        ScoreboardViewModel data = model.get();
        StackPane node = new StackPane();
        node.setId("projectedScoreboard");
        ScoreboardProjection[] projection = new ScoreboardProjection[1];
        Listening.whileShown(node, data.dataProperty(), () -> show(node, projection, data.dataProperty().get()));
        return node;
    }

    private void show(StackPane node, ScoreboardProjection[] projection, ScoreboardData d) {
        if (d == null) {
            return;
        }
        if (projection[0] == null) {
            projection[0] = new ScoreboardProjection(d, session.texts());
            node.getChildren().setAll(projection[0].node());
        } else {
            projection[0].update(d);
        }
    }
}
