package vn.thidua.ui.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.thidua.app.ElectionService;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.ElectionStore;
import vn.thidua.app.SampleBloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.Candidate;
import vn.thidua.ui.elections.ElectionsUi.Paper;

/**
 * Conference morning on the sample bloc, driven as the secretary drives it: ballots typed from the
 * keyboard, the projector window checked after every one of them, on a real data file.
 */
class ElectionsScreenTest extends ElectionsScreenFixture {

    /** Insert, then the form: title, seats, candidates by a rule, threshold; Ctrl+S creates and opens the count. */
    private StoredElection create(FxRobot robot, String title, int seats, boolean allMembers, boolean exclude,
            boolean atLeast, String issued) throws Exception {
        ui.press("#electionsTable", KeyCode.INSERT);
        ui.write(title);
        ui.fill("#electionSeats", String.valueOf(seats));
        if (allMembers) {
            // The list opens on "excellent"; "all members" is the one above it.
            ui.press("#candidateChoice", KeyCode.UP);
            assertThat(ui.comboText("#candidateChoice")).isEqualTo("Tất cả đơn vị thành viên");
        }
        if (!exclude) {
            ui.press("#excludePutForward", KeyCode.SPACE);
        }
        if (atLeast) {
            ui.press("#thresholdOperator", KeyCode.DOWN);
            assertThat(ui.comboText("#thresholdOperator")).isEqualTo("Từ … trở lên (>=)");
        }
        if (issued != null) {
            ui.fill("#ballotsIssued", issued);
        }
        ui.ctrl(KeyCode.S);
        StoredElection created = ui.latestElection();
        assertThat(created.settings().title()).isEqualTo(title);
        assertThat(ui.text("#countHeading")).isEqualTo(title);
        return created;
    }

    @Test
    void theSampleBallotsTypedFromTheKeyboardMoveTheProjectorAfterEveryBallot(FxRobot robot) throws Exception {
        ui.key(KeyCode.F5);
        assertThat(window.projectorWindow().stage().isShowing()).isTrue();
        assertThat(ui.projector("#projectorWelcomeBloc")).isEqualTo(SampleBloc.BLOC_NAME);
        assertThat(ui.projector("#projectorWelcomeTitle")).contains("năm 2019");
        ui.key(KeyCode.F7);

        for (String[] sample : SampleBloc.ELECTIONS) {
            int seats = Integer.parseInt(sample[1]);
            String title = sample[0] + " (nhập lại)";
            // Same settings as the sample: the excellent units, more than 50 % of valid ballots, 8 issued.
            // Its units are already put forward by the sample's own elections, so they are kept on the list.
            StoredElection e = create(robot, title, seats, false, false, false, null);
            Map<String, String> keys = ElectionsUi.keysByCode(e);
            assertThat(keys).hasSize(7).doesNotContainKey("KHCN");
            assertThat(ui.projector("#projectorTitle")).isEqualTo(title);
            assertThat(ui.projector("#projectorCounter")).isEqualTo("0 / 8 phiếu");
            for (Map.Entry<String, String> k : keys.entrySet()) {
                assertThat(ui.projector("#projectorKey-" + k.getValue())).isEqualTo(k.getValue());
                assertThat(ui.projector("#projectorName-" + k.getValue()))
                        .isEqualTo(ws.blocs().memberByCode(ui.year2019(), k.getKey()).orElseThrow().fullName());
            }

            List<Paper> papers = ElectionsUi.papers(sample[2]);
            for (int n = 1; n <= papers.size(); n++) {
                ui.ballot(ElectionsUi.keysFor(papers.get(n - 1), keys));
                Map<String, Integer> expected = ElectionsUi.expectedVotes(papers, n, seats, keys);
                assertThat(ui.projector("#projectorCounter")).as("ballot %d of %s", n, title).isEqualTo(n + " / 8 phiếu");
                assertThat(ui.preview("#projectorCounter")).isEqualTo(n + " / 8 phiếu");
                assertThat(ui.text("#countReturned")).isEqualTo(String.valueOf(n));
                for (Map.Entry<String, String> k : keys.entrySet()) {
                    assertThat(ui.projector("#projectorVotes-" + k.getValue()))
                            .as("%s after ballot %d of %s", k.getKey(), n, title)
                            .isEqualTo(String.valueOf(expected.get(k.getKey())));
                }
                assertThat(ui.text("#lastBallot")).startsWith("Phiếu số " + n + ":").contains("Đã lưu");
            }
            assertThat(ui.inputText("#ballotInput")).isEmpty();
            // The operator's own tally is drawn from the same count.
            Map<String, Integer> all = ElectionsUi.expectedVotes(papers, papers.size(), seats, keys);
            for (Map.Entry<String, String> k : keys.entrySet()) {
                assertThat(ui.text("#tallyVotes-" + k.getValue())).isEqualTo(String.valueOf(all.get(k.getKey())));
            }

            // Close: asked inline, Enter confirms; the projector shows the result at once.
            ui.ctrl(KeyCode.K);
            assertThat(ui.visible("#closeConfirm")).isTrue();
            ui.key(KeyCode.ENTER);
            assertThat(ui.inputText("#fingerprint")).hasSize(64);
            assertThat(ui.projectorHas("#projectorResult")).isTrue();
            StoredElection closed = ws.elections().election(e.id());
            assertThat(closed.closed()).isTrue();
            List<Long> elected = ws.elections().finalOutcome(e.id()).elected();
            assertThat(elected).hasSize(seats);
            for (Long unitId : elected) {
                String key = keys.get(closed.settings().candidate(unitId).map(Candidate::code).orElseThrow());
                assertThat(ui.projector("#projectorOutcome-" + key)).isEqualTo("Được suy tôn");
            }
            assertThat(ui.projector("#projectorBanner")).startsWith("Được suy tôn: ");
            assertThat(ui.projector("#projectorRule")).isEqualTo(seats == 1
                    ? "Suy tôn tối đa 1 đơn vị; cần trên 50% số phiếu hợp lệ"
                    : "Suy tôn tối đa 2 đơn vị; cần trên 50% số phiếu hợp lệ");
            String someoneNotElected = keys.entrySet().stream()
                    .filter(k -> elected.stream().noneMatch(id -> closed.settings().candidate(id).orElseThrow().code()
                            .equals(k.getKey())))
                    .map(Map.Entry::getValue).findFirst().orElseThrow();
            assertThat(ui.projector("#projectorOutcome-" + someoneNotElected)).isEqualTo("Không đạt");
            assertThat(ui.projector("#projectorReason-" + someoneNotElected)).startsWith("cần trên 50% của");

            // "Kiểm tra" recomputes the fingerprint from the stored data.
            ui.key(KeyCode.SPACE);
            assertThat(ui.text("#verifyResult")).startsWith("Khớp");

            robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
            ui.idle();
        }
        // The seed's result, 1 / 1 / 2, from the ballots typed again.
        List<StoredElection> all = ws.elections().elections(ui.year2019());
        assertThat(all).hasSize(6);
        assertThat(codes(all.get(3))).containsExactly("GTVT");
        assertThat(codes(all.get(4))).containsExactly("CT");
        assertThat(codes(all.get(5))).containsExactlyInAnyOrder("NNPTNT", "TNMT");
    }

    private List<String> codes(StoredElection e) {
        return ws.elections().finalOutcome(e.id()).elected().stream()
                .map(id -> e.settings().candidate(id).orElseThrow().code()).toList();
    }

    @Test
    void aTieIsSaidPlainlyAndSettledByTheRunoff(FxRobot robot) throws Exception {
        ui.key(KeyCode.F5);
        ui.key(KeyCode.F7);
        StoredElection e = create(robot, "Bằng khen thử", 1, true, false, true, "4");
        Map<String, String> keys = ElectionsUi.keysByCode(e);
        assertThat(keys).hasSize(8);
        for (String paper : List.of("1", "1", "2", "2")) {
            ui.ballot(paper);
        }
        ui.ctrl(KeyCode.K);
        ui.key(KeyCode.ENTER);
        ui.snapshot("tie");
        assertThat(ui.projector("#projectorBanner")).isEqualTo("Bằng phiếu — cần bầu lại (vòng 2)");
        assertThat(ui.projector("#projectorOutcome-1")).isEqualTo("Bằng phiếu");
        assertThat(ui.projector("#projectorOutcome-2")).isEqualTo("Bằng phiếu");
        assertThat(ui.projector("#projectorReason-1")).contains("cần bầu lại");
        assertThat(ui.text("#tallyBanner")).isEqualTo("Bằng phiếu — cần bầu lại (vòng 2)");
        assertThat(ws.elections().finalOutcome(e.id()).isSettled()).isFalse();

        // One action: the keyboard is on "Bầu lại (vòng 2)".
        assertThat(ui.visible("#startRunoff")).isTrue();
        ui.key(KeyCode.SPACE);
        StoredElection runoff = ui.latestElection();
        assertThat(runoff.settings().parentElectionId()).isEqualTo(e.id());
        assertThat(runoff.settings().candidates()).hasSize(2);
        assertThat(ui.text("#countHeading")).isEqualTo("Bằng khen thử — Bầu lại (vòng 2)");
        assertThat(ui.projector("#projectorSubtitle")).isEqualTo("Bầu lại (vòng 2)");
        assertThat(ui.projector("#projectorCounter")).isEqualTo("0 / 4 phiếu");
        assertThat(ui.projectorHas("#projectorVotes-3")).isFalse();

        for (String paper : List.of("1", "1", "1", "2")) {
            ui.ballot(paper);
        }
        assertThat(ui.projector("#projectorVotes-1")).isEqualTo("3");
        ui.ctrl(KeyCode.K);
        ui.key(KeyCode.ENTER);
        ui.snapshot("runoff-result");
        String winner = runoff.settings().candidates().get(0).name();
        assertThat(ui.projector("#projectorOutcome-1")).isEqualTo("Được suy tôn");
        assertThat(ui.projector("#projectorBanner")).isEqualTo("Kết quả cuối cùng (gồm bầu lại): " + winner + " được suy tôn.");
        ui.key(KeyCode.SPACE);
        assertThat(ui.text("#verifyResult")).startsWith("Khớp");
        assertThat(ws.elections().finalOutcome(e.id()).elected())
                .containsExactly(runoff.settings().candidates().get(0).unitId());

        // The first round's page now gives the final result with its runoff.
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        ui.idle();
        @SuppressWarnings("unchecked")
        var table = robot.lookup("#electionsTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().size() - 2));
        ui.key(KeyCode.ENTER);
        assertThat(ui.text("#countHeading")).isEqualTo("Bằng khen thử");
        assertThat(ui.text("#finalOutcome")).contains(winner);
        assertThat(ui.visible("#startRunoff")).isFalse();
        assertThat(ui.projector("#projectorBanner")).contains(winner);
    }

    @Test
    void entryWarnsBeforeEnterUndoNeedsAReasonAndIssuedIsTheLimit(FxRobot robot) throws Exception {
        ui.key(KeyCode.F5);
        ui.key(KeyCode.F7);
        StoredElection e = create(robot, "Cờ thử", 1, true, false, false, "2");
        Map<String, String> keys = ElectionsUi.keysByCode(e);
        String first = e.settings().candidates().get(0).name();

        // The pending paper is shown back before Enter, with its warnings.
        robot.write("12");
        ui.idle();
        ui.snapshot("pending-warning");
        assertThat(ui.text("#ballotEcho")).contains("1 " + first);
        assertThat(ui.text("#ballotWarning")).startsWith("Quá số suất");
        ui.key(KeyCode.BACK_SPACE);
        assertThat(ui.visible("#ballotWarning")).isFalse();
        ui.key(KeyCode.ENTER);
        assertThat(ui.projector("#projectorVotes-1")).isEqualTo("1");

        // Hidden: the room sees only the counter.
        ui.key(KeyCode.F8);
        ui.snapshot("hidden");
        assertThat(ui.projectorHas("#projectorHidden")).isTrue();
        assertThat(ui.projectorHas("#projectorVotes-1")).isFalse();
        assertThat(ui.projector("#projectorCounter")).isEqualTo("1 / 2 phiếu");
        assertThat(ui.preview("#projectorCounter")).isEqualTo("1 / 2 phiếu");

        // Ctrl+Z withdraws the last paper, only with a reason typed inline.
        ui.ctrl(KeyCode.Z);
        assertThat(ui.visible("#undoRow")).isTrue();
        assertThat(ui.text("#undoPrompt")).startsWith("Rút phiếu số 1");
        ui.key(KeyCode.ENTER);
        assertThat(ui.text("#entryMessage")).startsWith("Hãy ghi lý do");
        assertThat(ws.elections().ballots(e.id())).hasSize(1);
        robot.write("Nhập nhầm");
        ui.key(KeyCode.ENTER);
        assertThat(ws.elections().ballots(e.id())).isEmpty();
        assertThat(ws.elections().changes(e.id())).extracting(ElectionStore.BallotChange::reason)
                .containsExactly("Nhập nhầm");
        assertThat(ui.projector("#projectorCounter")).isEqualTo("0 / 2 phiếu");
        assertThat(ui.visible("#undoRow")).isFalse();

        // Enter on an empty field asks first; the second Enter enters a paper approving nobody.
        ui.key(KeyCode.ENTER);
        assertThat(ui.visible("#blankConfirm")).isTrue();
        assertThat(ws.elections().ballots(e.id())).isEmpty();
        ui.key(KeyCode.ENTER);
        assertThat(ws.elections().ballots(e.id())).hasSize(1);
        assertThat(ui.text("#countValid")).isEqualTo("1");

        // A key for no candidate: warned before, counted invalid after.
        robot.write("9");
        ui.idle();
        assertThat(ui.text("#ballotWarning")).startsWith("Đơn vị ngoài danh sách: 9");
        ui.key(KeyCode.ENTER);
        assertThat(ui.text("#countInvalid")).isEqualTo("1");
        assertThat(ui.projector("#projectorCounter")).isEqualTo("2 / 2 phiếu");

        // More papers than issued: refused inline, the keys stay in the field.
        robot.write("1");
        ui.key(KeyCode.ENTER);
        assertThat(ui.text("#entryMessage")).startsWith("Đã nhập đủ 2 phiếu phát ra");
        assertThat(ui.inputText("#ballotInput")).isEqualTo("1");
        assertThat(ws.elections().ballots(e.id())).hasSize(2);
        ui.key(KeyCode.ESCAPE);
        assertThat(ui.inputText("#ballotInput")).isEmpty();

        // Ctrl+R corrects the last paper (read again: it was key 1), with a reason.
        ui.ctrl(KeyCode.R);
        ui.snapshot("correcting");
        assertThat(ui.visible("#correctRow")).isTrue();
        assertThat(ui.inputText("#correctNumber")).isEqualTo("2");
        assertThat(ui.inputText("#correctKeys")).isEqualTo("9");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("1").type(KeyCode.ENTER);
        robot.write("Đọc lại phiếu");
        ui.key(KeyCode.ENTER);
        assertThat(ui.text("#countInvalid")).isEqualTo("0");
        assertThat(ui.text("#tallyVotes-1")).isEqualTo("1");
        assertThat(ws.elections().changes(e.id())).extracting(ElectionStore.BallotChange::action)
                .containsExactly("WITHDRAW", "CORRECT");

        // The count stays hidden to the end; closing is the reveal.
        assertThat(ui.projector("#projectorCounter")).isEqualTo("2 / 2 phiếu");
        ui.ctrl(KeyCode.K);
        ui.key(KeyCode.ENTER);
        assertThat(ui.projectorHas("#projectorResult")).isTrue();
        assertThat(keys).containsKey(e.settings().candidates().get(0).code());
        assertThat(ui.projector("#projectorOutcome-1")).isEqualTo("Không đạt");
    }

    @Test
    void theRuleShowsItsCandidatesBeforeCreatingAndTheProjectorSwitchesPictures(FxRobot robot) throws Exception {
        ui.press("#electionsTable", KeyCode.INSERT);
        @SuppressWarnings("unchecked")
        ListView<String> preview = robot.lookup("#candidatePreview").queryAs(ListView.class);
        // Excellent, leaving out the four units the sample already put forward: XD, TTTT, BQLKCN.
        assertThat(preview.getItems()).hasSize(3);
        assertThat(preview.getItems().get(0)).startsWith("1");
        ui.snapshot("setup");
        robot.clickOn("#excludePutForward");
        ui.idle();
        assertThat(preview.getItems()).hasSize(7);
        robot.clickOn("#candidateChoice").clickOn("N đơn vị đầu bảng điểm");
        ui.fill("#topN", "2");
        ui.idle();
        assertThat(preview.getItems()).hasSize(2);
        // By hand: the members ticked with Space, numbered in the order shown.
        ui.press("#candidateChoice", KeyCode.DOWN);
        assertThat(ui.comboText("#candidateChoice")).isEqualTo("Chọn từng đơn vị");
        assertThat(preview.getItems()).isEmpty();
        ui.press("#memberChecklist", KeyCode.DOWN);
        ui.key(KeyCode.SPACE);
        ui.key(KeyCode.DOWN, KeyCode.DOWN, KeyCode.SPACE);
        assertThat(preview.getItems()).containsExactly("1   Sở Công Thương", "2   Sở Khoa học và Công nghệ");
        ui.key(KeyCode.ESCAPE);
        assertThat(robot.lookup("#electionsTable").tryQuery()).isPresent();

        ui.key(KeyCode.F9);
        assertThat(ui.previewHas("#projectorBlack")).isTrue();
        assertThat(ui.projectorHas("#projectorBlack")).as("the window is closed, its picture is kept").isTrue();
        ui.key(KeyCode.F4);
        assertThat(ui.preview("#projectorWelcomeBloc")).isEqualTo(SampleBloc.BLOC_NAME);

        // "Chiếu bảng điểm": the year's scoreboard in large type, on the projector and its preview.
        ui.key(KeyCode.F6);
        ui.idle();
        assertThat(ui.previewHas("#scoreboardProjection")).isTrue();
        assertThat(ui.projectorHas("#scoreboardProjection")).isTrue();
        assertThat(ui.previewHas("#projectorScoreboardMissing")).isFalse();
    }

    @Test
    void theScoreboardIsProjectedTheFirstTimeF6IsPressed(FxRobot robot) throws Exception {
        // The projected scoreboard is computed on first use: the picture must follow when it arrives.
        ui.key(KeyCode.F6);
        ui.idle();
        assertThat(ui.previewShows("#scoreboardProjection")).isTrue();
        ui.key(KeyCode.F5); // the room's window opens on the same picture
        ui.idle();
        assertThat(ui.projectorShows("#scoreboardProjection")).isTrue();
    }

    @Test
    void nextYearsHeadAndDeputyAreRecorded(FxRobot robot) throws Exception {
        assertThat(ui.text("#leadersPanel .section-title")).isEqualTo("Trưởng khối, Phó khối năm 2020 (quyết định của hội nghị)");
        robot.clickOn("#nextHead").clickOn("Sở Xây dựng");
        robot.clickOn("#nextDeputy").clickOn("Sở Thông tin và Truyền thông");
        robot.clickOn("#saveLeaders");
        ui.idle();
        assertThat(ui.text("#leadersMessage")).startsWith("Đã ghi cho năm 2020");
        Season y2020 = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2020);
        assertThat(y2020.headUnitId()).isEqualTo(ws.blocs().memberByCode(y2020, "XD").orElseThrow().id());
        assertThat(y2020.deputyUnitId()).isEqualTo(ws.blocs().memberByCode(y2020, "TTTT").orElseThrow().id());
    }
    @Test
    void papersTypedWhileTheDiskIsBusyAreQueuedNeverLostNorDoubled(FxRobot robot) throws Exception {
        ui.key(KeyCode.F5);
        ui.key(KeyCode.F7);
        StoredElection e = create(robot, "Cờ thử", 2, true, false, false, "5");
        // Hold the data thread, as a slow disk would.
        CountDownLatch disk = new CountDownLatch(1);
        robot.interact(() -> window.session().tasks().run(() -> disk.await(20, TimeUnit.SECONDS),
                ok -> { }));
        for (String keys : List.of("1", "23", "H", "12")) {
            robot.write(keys).type(KeyCode.ENTER);
        }
        assertThat(ui.inputText("#ballotInput")).as("the field is free for the next paper").isEmpty();
        assertThat(ui.text("#lastBallot")).startsWith("Phiếu số 4:").endsWith("đang lưu…");
        assertThat(ws.elections().ballots(e.id())).isEmpty();
        // The fifth and last paper may still be typed; a sixth is refused at once.
        robot.write("3").type(KeyCode.ENTER).write("1").type(KeyCode.ENTER);
        assertThat(ui.text("#entryMessage")).startsWith("Đã nhập đủ 5 phiếu phát ra");
        assertThat(ui.inputText("#ballotInput")).isEqualTo("1");

        disk.countDown();
        ui.idle();
        List<Ballot> papers = ws.elections().ballots(e.id());
        assertThat(papers).extracting(Ballot::number).containsExactly(1, 2, 3, 4, 5);
        var s = e.settings();
        assertThat(papers).extracting(b -> ElectionService.describe(s, b)).containsExactly("1", "23", "H", "12", "3");
        assertThat(ui.projector("#projectorCounter")).isEqualTo("5 / 5 phiếu");
        assertThat(ui.text("#lastBallot")).startsWith("Phiếu số 5:").contains("Đã lưu");
    }
}
