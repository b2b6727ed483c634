package vn.thidua.ui.scoring;

import vn.thidua.ui.common.ScreenKeys;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import vn.thidua.ui.common.Session;
import javafx.application.Platform;
import vn.thidua.ui.common.Lazy;
import vn.thidua.ui.common.UnitReturnBar;
import vn.thidua.ui.common.UnitReturnsModel;

/**
 * The scoring screen: scores per unit, the scoring table, the classification bands, one tab
 * each (Ctrl+Tab moves between them).
 */
public final class ScoringView {

    private final BorderPane root = new BorderPane();

    private ScoringView(Models models, Session session) {
        root.setId("scoringScreen");
        root.getStyleClass().add("screen");
        Label title = new Label(session.t("nav.scoring"));
        title.getStyleClass().add("screen-title");
        root.setTop(new VBox(4, title, UnitReturnBar.create(models.returns, session)));
        ScoreEntryView scores = new ScoreEntryView(models.scores, session);
        ScoringTableView table = new ScoringTableView(models.table, session);
        BandsView bands = new BandsView(models.bands, session);
        TabPane tabs = new TabPane(tab("tab-scores", session.t("scoring.tab.scores"), scores.node()),
                tab("tab-table", session.t("scoring.tab.table"), table.node()),
                tab("tab-bands", session.t("scoring.tab.bands"), bands.node()));
        Node[] firstFocus = {scores.focusTarget(), table.focusTarget(), bands.focusTarget()};
        // A tab reached from the keyboard takes the keyboard with it (its keys work at once).
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (tabs.getScene() != null) {
                Platform.runLater(() -> firstFocus[b.intValue()].requestFocus());
            }
        });
        tabs.setId("scoringTabs");
        ScreenKeys.tabKeys(tabs);
        tabs.getSelectionModel().select(models.tab);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> models.tab = b.intValue());
        root.setCenter(tabs);
        models.scores.refresh();
        models.table.refresh();
    }

    private static Tab tab(String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setClosable(false);
        content.getStyleClass().add("tab-body");
        return tab;
    }

    /** One set of models per window; each visit to the screen builds a fresh view over them. */
    public static Supplier<Node> screen(Session session) {
        var models = Lazy.of(() -> new Models(new ScoreEntryViewModel(session),
                new ScoringTableViewModel(session), new BandsViewModel(session), new UnitReturnsModel(session)));
        return () -> new ScoringView(models.get(), session).root;
    }

    private static final class Models {
        final ScoreEntryViewModel scores;
        final ScoringTableViewModel table;
        final BandsViewModel bands;
        final UnitReturnsModel returns;
        int tab;

        Models(ScoreEntryViewModel scores, ScoringTableViewModel table, BandsViewModel bands,
               UnitReturnsModel returns) {
            this.scores = scores;
            this.table = table;
            this.bands = bands;
            this.returns = returns;
        }
    }
}
