package vn.thidua.ui.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.BlocService;
import vn.thidua.app.ElectionService;
import vn.thidua.app.ElectionStore;
import vn.thidua.app.Preferences;
import vn.thidua.app.ScoringService;
import vn.thidua.app.Texts;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.domain.voting.Outcome;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.store.Database;
import vn.thidua.store.JdbcBlocStore;
import vn.thidua.store.JdbcElectionStore;
import vn.thidua.store.JdbcScoringStore;
import vn.thidua.ui.common.DialogService;
import vn.thidua.ui.common.RecordingDialogs;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.Tasks;
import vn.thidua.ui.projector.ProjectorMode;
import vn.thidua.ui.projector.ProjectorViewModel;

/**
 * The count page's model on its own, without the toolkit: its jobs run on the calling thread
 * ({@link Tasks#onCallingThread}), so each command's result is there when it returns. Over a real
 * data file whose reads or write answers can be made to fail once.
 */
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
    final List<Throwable> dialogs = new ArrayList<>();
    final List<Long> opened = new ArrayList<>();

    @BeforeEach
    void open() {
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
        DialogService recording = new RecordingDialogs(dialogs);
        session = new Session(ws, new Preferences(dir.resolve("prefs.properties")), Tasks.onCallingThread(recording),
                recording, Texts.vietnamese());
        projector = new ProjectorViewModel(session);
        vm = new CountingViewModel(session, projector, () -> { }, opened::add);
        vm.open(electionId);
    }

    @AfterEach
    void close() {
        assertThat(dialogs).as("nothing reaches a dialog on the count page").isEmpty();
        ws.close();
    }

    private void type(String keys) {
        vm.typedProperty().set(keys);
        vm.enter();
    }

    private List<String> stored() {
        ElectionSettings s = ws.elections().election(electionId).settings();
        return ws.elections().ballots(electionId).stream().map(b -> b.number() + ":" + ElectionService.describe(s, b))
                .toList();
    }

    /** What the page and the room show equals a recount from the stored papers. */
    private void showsTheRecount() {
        var recount = ws.elections().countState(electionId);
        assertThat(vm.state().tally()).isEqualTo(recount.tally());
        assertThat(vm.figures().returnedProperty().get()).isEqualTo(String.valueOf(recount.tally().returned()));
        assertThat(projector.countProperty().get()).isEqualTo(vm.countProperty().get());
        assertThat(projector.countProperty().get().rows()).extracting(r -> r.votes())
                .containsExactlyElementsOf(recount.tally().rows().stream()
                        .sorted(Comparator.comparingInt(r -> r.number())).map(r -> r.votes()).toList());
        assertThat(vm.ballots()).extracting(CountingViewModel.BallotRow::number)
                .containsExactlyElementsOf(recount.ballots().stream().map(Ballot::number)
                        .sorted(Comparator.reverseOrder()).toList());
    }

    @Test
    void eachPaperIsCountedFromWhatWasWrittenWithoutReadingThePapersBack() {
        int readsAfterOpen = store.papersRead.get();
        type("1");
        type("12");
        type("H");
        assertThat(store.papersRead.get()).as("no paper read back after a write").isEqualTo(readsAfterOpen);
        assertThat(stored()).containsExactly("1:1", "2:12", "3:H");
        assertThat(vm.figures().validProperty().get()).isEqualTo("1");
        assertThat(vm.figures().invalidProperty().get()).isEqualTo("2");
        assertThat(projector.countProperty().get().counter()).isEqualTo("3 / 4 phiếu");
        showsTheRecount();
    }

    @Test
    void aWriteWhoseAnswerWasLostIsFoundDoneWhenEnterTriesAgain() {
        store.failAfterNextWrite();
        type("2");
        assertThat(stored()).as("on disk, though the page was told it failed").containsExactly("1:2");
        assertThat(vm.isSaving()).isTrue();
        assertThat(vm.messages().messageIsErrorProperty().get()).isTrue();
        assertThat(vm.messages().messageProperty().get()).startsWith("Phiếu số 1 chưa lưu được");
        assertThat(projector.countProperty().get().returned()).as("not counted before it is confirmed").isZero();
        type("");
        assertThat(vm.isSaving()).isFalse();
        assertThat(stored()).containsExactly("1:2");
        type("H");
        assertThat(stored()).containsExactly("1:2", "2:H");
        assertThat(vm.messages().lastBallotProperty().get()).startsWith("Phiếu số 2: phiếu hỏng");
        showsTheRecount();
    }

    @Test
    void paperNumbersShownFollowTheStoredNumbersAfterAWithdrawalInTheMiddle() {
        type("1");
        type("2");
        ws.elections().withdrawBallot(electionId, 1, "Nhập nhầm");
        vm.open(electionId);
        // While the disk writes it, the paper is shown under the number it will be stored under, not yet counted.
        List<String> duringWrite = new ArrayList<>();
        store.duringWrite(() -> duringWrite.add(vm.messages().lastBallotProperty().get() + " | "
                + projector.countProperty().get().returned()));
        type("3");
        assertThat(duringWrite).hasSize(1);
        assertThat(duringWrite.get(0)).startsWith("Phiếu số 3:").endsWith("đang lưu… | 1");
        assertThat(vm.messages().lastBallotProperty().get()).startsWith("Phiếu số 3:").contains("Đã lưu");
        assertThat(stored()).containsExactly("2:2", "3:3");
        showsTheRecount();
    }

    @Test
    void undoAndCorrectionRecountFromTheStoredPapers() {
        type("1");
        type("2");
        type("3");
        vm.changes().startUndo();
        assertThat(vm.promptProperty().get()).isEqualTo(CountingViewModel.Prompt.UNDO);
        vm.changes().undoReasonProperty().set("Đọc nhầm");
        vm.changes().confirmUndo();
        assertThat(stored()).containsExactly("1:1", "2:2");
        showsTheRecount();
        vm.changes().startCorrect(1);
        assertThat(vm.changes().correctKeysProperty().get()).isEqualTo("1");
        vm.changes().correctKeysProperty().set("2");
        vm.changes().correctReasonProperty().set("Tổ kiểm phiếu đọc lại");
        vm.changes().confirmCorrect();
        assertThat(vm.promptProperty().get()).isEqualTo(CountingViewModel.Prompt.NONE);
        assertThat(stored()).containsExactly("1:2", "2:2");
        showsTheRecount();
        type("1");
        assertThat(stored()).containsExactly("1:2", "2:2", "3:1");
        showsTheRecount();
    }

    @Test
    void aTieClosedOffersTheRunoffWhichOpensWithItsOwnCount() {
        type("1");
        type("2");
        vm.closing().requestClose();
        assertThat(vm.closing().closePromptProperty().get()).contains("2").contains("4");
        vm.closing().confirmClose();
        assertThat(vm.closedProperty().get()).isTrue();
        assertThat(vm.closing().fingerprintProperty().get()).hasSize(64);
        assertThat(projector.countProperty().get().closed()).isTrue();
        assertThat(projector.countProperty().get().tie()).isFalse();
        // 1 vote each of 2 valid: neither is over 50%, nobody elected, no tie to settle.
        assertThat(vm.closing().canRunoffProperty().get()).isFalse();
        assertThat(projector.countProperty().get().rows()).extracting(r -> r.outcome())
                .containsOnly(Outcome.NOT_ELECTED);
    }

    @Test
    void countingStartsOnTheProjectorWithoutF7() {
        assertThat(projector.modeProperty().get()).isEqualTo(ProjectorMode.COUNT);
    }

    @Test
    void aPaperBeyondTheIssuedIsRefusedInlineAndNeverWritten() {
        for (String k : List.of("1", "1", "2", "3")) {
            type(k);
        }
        type("2");
        assertThat(vm.messages().messageIsErrorProperty().get()).isTrue();
        assertThat(vm.messages().messageProperty().get()).contains("4");
        assertThat(stored()).hasSize(4);
        showsTheRecount();
    }

    /** The real store, whose reads or write answers can be made to fail once. */
    static final class FlakyReads implements ElectionStore {

        private final ElectionStore real;
        private final AtomicBoolean armReadAfterWrite = new AtomicBoolean();
        private final AtomicBoolean failRead = new AtomicBoolean();
        private final AtomicBoolean failAfterWrite = new AtomicBoolean();
        final AtomicInteger papersRead = new AtomicInteger();
        private Runnable duringWrite = () -> { };

        FlakyReads(ElectionStore real) {
            this.real = real;
        }

        /** The first read of ballots after the next paper is written fails (the write commits). */
        void failNextReadAfterWrite() {
            armReadAfterWrite.set(true);
        }

        /** Run during each paper's write, before it commits (what the page shows meanwhile). */
        void duringWrite(Runnable r) {
            duringWrite = r;
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
            duringWrite.run();
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
            papersRead.incrementAndGet();
            return real.ballots(electionId);
        }

        @Override
        public PaperCount paperCount(long electionId) {
            return real.paperCount(electionId);
        }

        @Override
        public Optional<Ballot> ballot(long electionId, int number) {
            return real.ballot(electionId, number);
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
        public void close(long electionId, String fingerprint, int format) {
            real.close(electionId, fingerprint, format);
        }

        @Override
        public Map<Long, String> unitCodes(Collection<Long> unitIds) {
            return real.unitCodes(unitIds);
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
