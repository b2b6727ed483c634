package vn.thidua.ui.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import vn.thidua.app.BlocService;
import vn.thidua.app.ElectionService;
import vn.thidua.app.ElectionStore;
import vn.thidua.app.ScoringService;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.store.Database;
import vn.thidua.store.JdbcBlocStore;
import vn.thidua.store.JdbcElectionStore;
import vn.thidua.store.JdbcScoringStore;
import vn.thidua.testing.FxHarness;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.projector.ProjectorMode;
import vn.thidua.ui.projector.ProjectorViewModel;

/**
 * The count page's model on its own, over a real data file whose reads can be made to fail once
 * (as a disk that answers late, or a page that cannot be read back after a write).
 */
@ExtendWith(ApplicationExtension.class)
class CountingViewModelTest {

    @TempDir
    Path dir;
    Database db;
    FlakyReads store;
    Workspace ws;
    Session session;
    ProjectorViewModel projector;
    CountingViewModel vm;
    long electionId;

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        db = Database.open(dir.resolve("test.mv.db"));
        BlocService blocs = new BlocService(new JdbcBlocStore(db, List.of(JdbcScoringStore.copyStep())));
        ScoringService scoring = new ScoringService(new JdbcScoringStore(db), blocs);
        store = new FlakyReads(new JdbcElectionStore(db));
        ElectionService elections = new ElectionService(store, blocs, scoring, backupName -> { });
        ws = new Workspace(db.file(), blocs, scoring, elections, null, null, null, null, db);
        ws.sample().createIfEmpty();
        Season y2019 = blocs.requireSeason(blocs.requireBloc("KTN"), 2019);
        List<Long> ids = List.of("GTVT", "CT", "XD").stream()
                .map(c -> blocs.memberByCode(y2019, c).orElseThrow().id()).toList();
        electionId = elections.create(y2019, new ElectionService.Draft("Cờ thử", 1, ThresholdOperator.GT,
                BigDecimal.valueOf(50), Base.VALID, 4, ids, null, false));
        robot.interact(() -> {
            session = FxHarness.session(ws, dir.resolve("prefs.properties"), null);
            projector = new ProjectorViewModel(session);
            vm = new CountingViewModel(session, projector, () -> { }, other -> { });
            vm.open(electionId);
        });
        FxHarness.waitIdle(session);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void type(FxRobot robot, String keys) throws Exception {
        robot.interact(() -> {
            vm.typedProperty().set(keys);
            vm.enter();
        });
        FxHarness.waitIdle(session);
    }

    private List<String> stored() {
        ElectionSettings s = ws.elections().election(electionId).settings();
        return ws.elections().ballots(electionId).stream().map(b -> b.number() + ":" + ElectionService.describe(s, b))
                .toList();
    }

    @Test
    void aPaperWhosePageCannotBeReadBackIsStoredOnceAndTheNextTakesTheNextNumber(FxRobot robot) throws Exception {
        type(robot, "1");
        store.failNextReadAfterWrite();
        type(robot, "2");
        assertThat(stored()).containsExactly("1:1", "2:2");
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Phiếu đã lưu nhưng chưa đọc lại được trang kiểm phiếu");
        assertThat(vm.isSaving()).as("the written paper left the queue").isFalse();

        // The next paper, typed at once: written once, under number 3; the page catches up.
        type(robot, "3");
        assertThat(stored()).containsExactly("1:1", "2:2", "3:3");
        assertThat(vm.ballots()).extracting(CountingViewModel.BallotRow::number).containsExactly(3, 2, 1);
        assertThat(vm.returnedProperty().get()).isEqualTo("3");
        assertThat(projector.countProperty().get().returned()).isEqualTo(3);
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void enterOnTheEmptyFieldReadsTheStalePageAgainWithoutWriting(FxRobot robot) throws Exception {
        store.failNextReadAfterWrite();
        type(robot, "1");
        assertThat(vm.returnedProperty().get()).isEqualTo("0");
        type(robot, "");
        assertThat(vm.promptProperty().get()).as("read again, no blank paper asked for")
                .isEqualTo(CountingViewModel.Prompt.NONE);
        assertThat(vm.returnedProperty().get()).isEqualTo("1");
        assertThat(stored()).containsExactly("1:1");
        assertThat(projector.countProperty().get().returned()).isEqualTo(1);
    }

    @Test
    void aWriteWhoseAnswerWasLostIsFoundDoneWhenEnterTriesAgain(FxRobot robot) throws Exception {
        store.failAfterNextWrite();
        type(robot, "2");
        assertThat(stored()).as("on disk, though the page was told it failed").containsExactly("1:2");
        assertThat(vm.isSaving()).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Phiếu số 1 chưa lưu được");
        type(robot, "");
        assertThat(vm.isSaving()).isFalse();
        assertThat(stored()).containsExactly("1:2");
        type(robot, "H");
        assertThat(stored()).containsExactly("1:2", "2:H");
        assertThat(vm.lastBallotProperty().get()).startsWith("Phiếu số 2: phiếu hỏng");
    }

    @Test
    void paperNumbersShownFollowTheStoredNumbersAfterAWithdrawalInTheMiddle(FxRobot robot) throws Exception {
        type(robot, "1");
        type(robot, "2");
        ws.elections().withdrawBallot(electionId, 1, "Nhập nhầm");
        robot.interact(() -> vm.open(electionId));
        FxHarness.waitIdle(session);
        // While the disk is busy, the paper is shown under the number it will be stored under.
        java.util.concurrent.CountDownLatch disk = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> {
            session.tasks().run(() -> disk.await(20, java.util.concurrent.TimeUnit.SECONDS), ok -> { });
            vm.typedProperty().set("3");
            vm.enter();
        });
        assertThat(vm.lastBallotProperty().get()).startsWith("Phiếu số 3:").endsWith("đang lưu…");
        disk.countDown();
        FxHarness.waitIdle(session);
        assertThat(vm.lastBallotProperty().get()).startsWith("Phiếu số 3:").contains("Đã lưu");
        assertThat(stored()).containsExactly("2:2", "3:3");
    }

    @Test
    void countingStartsOnTheProjectorWithoutF7() {
        assertThat(projector.modeProperty().get()).isEqualTo(ProjectorMode.COUNT);
    }

    /** The real store, whose reads or write answers can be made to fail once. */
    static final class FlakyReads implements ElectionStore {

        private final ElectionStore real;
        private final AtomicBoolean armReadAfterWrite = new AtomicBoolean();
        private final AtomicBoolean failRead = new AtomicBoolean();
        private final AtomicBoolean failAfterWrite = new AtomicBoolean();

        FlakyReads(ElectionStore real) {
            this.real = real;
        }

        /** The first read of ballots after the next paper is written fails (the write commits). */
        void failNextReadAfterWrite() {
            armReadAfterWrite.set(true);
        }

        /** The next paper is written and then its caller told it failed. */
        void failAfterNextWrite() {
            failAfterWrite.set(true);
        }

        @Override
        public Times times(long electionId) {
            return real.times(electionId);
        }

        @Override
        public List<Closing> closings(long electionId) {
            return real.closings(electionId);
        }

        @Override
        public void addBallot(long electionId, Ballot ballot) {
            real.addBallot(electionId, ballot);
            if (armReadAfterWrite.getAndSet(false)) {
                failRead.set(true);
            }
            if (failAfterWrite.getAndSet(false)) {
                throw new IllegalStateException("answer lost after the commit");
            }
        }

        @Override
        public List<Ballot> ballots(long electionId) {
            if (failRead.getAndSet(false)) {
                throw new IllegalStateException("read failed after the commit");
            }
            return real.ballots(electionId);
        }

        @Override
        public long insertElection(long seasonId, ElectionSettings settings, String eligibility, boolean exclude) {
            return real.insertElection(seasonId, settings, eligibility, exclude);
        }

        @Override
        public Optional<StoredElection> election(long electionId) {
            return real.election(electionId);
        }

        @Override
        public List<StoredElection> elections(long seasonId) {
            return real.elections(seasonId);
        }

        @Override
        public void replaceBallot(long electionId, Ballot replacement, String before, String after, String reason) {
            real.replaceBallot(electionId, replacement, before, after, reason);
        }

        @Override
        public void withdrawBallot(long electionId, int number, String before, String reason) {
            real.withdrawBallot(electionId, number, before, reason);
        }

        @Override
        public List<BallotChange> changes(long electionId) {
            return real.changes(electionId);
        }

        @Override
        public void close(long electionId, String fingerprint) {
            real.close(electionId, fingerprint);
        }

        @Override
        public void addBallots(long electionId, List<Ballot> ballots) {
            real.addBallots(electionId, ballots);
        }

        @Override
        public List<Ballot> rechecks(long electionId) {
            return real.rechecks(electionId);
        }

        @Override
        public void putRecheck(long electionId, Ballot ballot) {
            real.putRecheck(electionId, ballot);
        }

        @Override
        public void putRechecks(long electionId, List<Ballot> ballots) {
            real.putRechecks(electionId, ballots);
        }

        @Override
        public void clearRechecks(long electionId) {
            real.clearRechecks(electionId);
        }
    }
}
