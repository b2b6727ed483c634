package vn.thidua.ui.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.thidua.app.ElectionService;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.BallotKeys;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.CandidateResult;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.domain.voting.TallyResult;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.FxHarness;
import vn.thidua.testing.TestData;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.elections.CountingViewModel;

/**
 * The room's page, updated in place paper by paper, always says what a recount of the stored papers
 * says: after papers, a withdrawal, a correction, the close with a tie, and in the runoff. A paper
 * changes the figures on the nodes already shown; it makes no node.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorFollowsTheRecountTest {

    @TempDir
    Path dir;
    Workspace ws;
    Session session;
    Stage stage;
    ProjectorViewModel projector;
    CountingViewModel vm;
    Node room;
    long electionId;
    final List<Long> runoffs = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        ws = TestData.openSample(dir);
        Season y2019 = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        List<Long> ids = List.of("GTVT", "CT", "XD").stream()
                .map(c -> ws.blocs().memberByCode(y2019, c).orElseThrow().id()).toList();
        // At least 50 % of valid papers, one seat: two candidates level at the top make a tie.
        electionId = ws.elections().create(y2019, new ElectionService.Draft("Cờ thử chiếu", 1, ThresholdOperator.GE,
                BigDecimal.valueOf(50), Base.VALID, 6, ids, null, false));
        robot.interact(() -> {
            session = FxHarness.session(ws, dir.resolve("prefs.properties"), stage);
            projector = new ProjectorViewModel(session);
            vm = new CountingViewModel(session, projector, () -> { }, runoffs::add);
            room = new ProjectorView(projector, new ProjectorScoreboard(() -> ""), session).node();
            stage.setScene(new Scene((Parent) room, 1024, 768));
            stage.show();
            vm.open(electionId);
        });
        FxHarness.waitIdle(session);
    }

    @AfterEach
    void close() throws Exception {
        ws.close();
        FxHarness.close();
    }

    private void type(FxRobot robot, String keys) throws Exception {
        robot.interact(() -> {
            vm.typedProperty().set(keys);
            vm.enter();
        });
        FxHarness.waitIdle(session);
    }

    private Label label(String id) {
        return (Label) room.lookup("#" + id);
    }

    /** Every figure the room shows for {@code id}, read off its nodes, against a recount of the stored papers. */
    private void roomShowsTheRecountOf(long id) {
        ElectionSettings s = ws.elections().election(id).settings();
        TallyResult recount = ws.elections().countState(id).tally();
        assertThat(label("projectorCounter").getText()).isEqualTo(recount.returned() + " / " + recount.issued() + " phiếu");
        for (CandidateResult r : recount.rows()) {
            String key = BallotKeys.mark(r.number() - 1, s.candidates());
            assertThat(label("projectorVotes-" + key).getText()).as("votes of " + key).isEqualTo(String.valueOf(r.votes()));
            assertThat(label("projectorName-" + key).getText()).isEqualTo(r.candidate().name());
            BarTrack bar = (BarTrack) room.lookup("#projectorBar-" + key);
            if (ws.elections().election(id).closed()) {
                assertThat(bar).isNull();
                assertThat(label("projectorOutcome-" + key).getText()).isEqualTo(session.t(r.outcome().key()));
            } else {
                assertThat(bar.fraction()).isEqualTo(recount.base() == 0 ? 0 : (double) r.votes() / recount.base());
            }
        }
    }

    @Test
    void theRoomSaysWhatTheRecountSaysThroughPapersUndoCorrectionCloseAndRunoff(FxRobot robot) throws Exception {
        roomShowsTheRecountOf(electionId);
        Label votesOfOne = label("projectorVotes-1");
        Node page = room.lookup("#projectorCount");
        for (String keys : List.of("1", "1", "3", "H")) {
            type(robot, keys);
            roomShowsTheRecountOf(electionId);
        }
        assertThat(label("projectorVotes-1")).as("the same node, its text changed").isSameAs(votesOfOne);
        assertThat(room.lookup("#projectorCount")).isSameAs(page);

        robot.interact(() -> {
            vm.changes().startUndo();
            vm.changes().undoReasonProperty().set("Đọc nhầm");
            vm.changes().confirmUndo();
        });
        FxHarness.waitIdle(session);
        roomShowsTheRecountOf(electionId);
        robot.interact(() -> {
            vm.changes().startCorrect(3);
            vm.changes().correctKeysProperty().set("2");
            vm.changes().correctReasonProperty().set("Tổ kiểm phiếu đọc lại");
            vm.changes().confirmCorrect();
        });
        FxHarness.waitIdle(session);
        roomShowsTheRecountOf(electionId);
        type(robot, "2");
        roomShowsTheRecountOf(electionId);
        assertThat(label("projectorVotes-1").getText()).isEqualTo("2");
        assertThat(label("projectorVotes-2").getText()).isEqualTo("2");

        robot.interact(() -> {
            vm.closing().requestClose();
            vm.closing().confirmClose();
        });
        FxHarness.waitIdle(session);
        assertThat(room.lookup("#projectorResult")).isNotNull();
        roomShowsTheRecountOf(electionId);
        assertThat(label("projectorBanner").isVisible()).isTrue();
        assertThat(vm.closing().canRunoffProperty().get()).isTrue();

        robot.interact(() -> vm.closing().startRunoff());
        FxHarness.waitIdle(session);
        assertThat(runoffs).hasSize(1);
        long runoff = runoffs.get(0);
        robot.interact(() -> vm.open(runoff));
        FxHarness.waitIdle(session);
        roomShowsTheRecountOf(runoff);
        type(robot, "1");
        roomShowsTheRecountOf(runoff);
        assertThat(label("projectorSubtitle").getText()).isNotEmpty();
    }
}
