package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.BallotKind;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.Candidate;
import vn.thidua.domain.voting.DoubleEntry;
import vn.thidua.domain.voting.EligibilityRule;
import vn.thidua.domain.voting.Fingerprint;
import vn.thidua.domain.voting.Outcome;
import vn.thidua.domain.voting.TallyResult;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.TestData;

/** Elections on the sample bloc, in a real H2 file. */
class ElectionServiceTest {

    @TempDir
    Path dir;
    Workspace ws;
    ElectionService elections;
    Season y2019;

    @BeforeEach
    void open() {
        ws = TestData.openSample(dir);
        elections = ws.elections();
        Bloc ktn = ws.blocs().requireBloc("KTN");
        y2019 = ws.blocs().requireSeason(ktn, 2019);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Set<String> codes(List<Long> unitIds) {
        return ws.blocs().members(y2019).stream().filter(u -> unitIds.contains(u.id())).map(Unit::code)
                .collect(Collectors.toSet());
    }

    private long election(String title, int seats, int issued, String... codes) {
        List<Long> ids = List.of(codes).stream()
                .map(c -> ws.blocs().memberByCode(y2019, c).orElseThrow().id()).toList();
        return elections.create(y2019, new ElectionService.Draft(title, seats, ThresholdOperator.GT,
                BigDecimal.valueOf(50), Base.VALID, issued, ids, null, false));
    }

    @Test
    void theSampleConferencePutsForwardOneOneAndTwo() {
        List<StoredElection> all = elections.elections(y2019);
        assertThat(all).hasSize(3).allSatisfy(e -> assertThat(e.closed()).isTrue());
        assertThat(codes(elections.finalOutcome(all.get(0).id()).elected())).containsExactly("GTVT");
        assertThat(codes(elections.finalOutcome(all.get(1).id()).elected())).containsExactly("CT");
        assertThat(codes(elections.finalOutcome(all.get(2).id()).elected())).containsExactlyInAnyOrder("NNPTNT", "TNMT");
        assertThat(all.get(1).settings().candidates()).extracting(Candidate::code).doesNotContain("GTVT", "KHCN");
        assertThat(all).allSatisfy(e -> assertThat(elections.verify(e.id())).isTrue());
    }

    @Test
    void ballotsAreEnteredFromKeysCountedAndRefusedPastIssued() {
        long id = election("Thử", 1, 3, "GTVT", "CT");
        elections.enterBallot(id, "1");
        elections.enterBallot(id, "12");   // too many marks: invalid, counted
        elections.enterBallot(id, "h");    // spoiled
        TallyResult r = elections.tally(id);
        assertThat(r.returned()).isEqualTo(3);
        assertThat(r.valid()).isEqualTo(1);
        assertThat(r.invalid()).isEqualTo(2);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> elections.enterBallot(id, "2"));
        assertThat(Texts.vietnamese().all(e.problems())).contains("Đã nhập đủ 3 phiếu");
        assertThat(elections.ballots(id)).hasSize(3);
    }

    @Test
    void aSecondEntryIsStoredApartFromTheCountAndComparedPaperByPaper() {
        long id = election("Thử", 1, 4, "GTVT", "CT");
        elections.enterBallot(id, "1");
        elections.enterBallot(id, "2");
        elections.enterBallot(id, "h");
        TallyResult before = elections.tally(id);

        elections.enterRecheck(id, 1, "1");
        elections.enterRecheck(id, 2, "1");      // misread: the paper approves CT
        elections.enterRecheck(id, 2, "2");      // typed again: replaces the second entry of paper 2
        elections.enterRecheck(id, 3, "1");      // the first entry says spoiled
        assertThat(elections.rechecks(id)).extracting(Ballot::number).containsExactly(1, 2, 3);
        assertThat(elections.tally(id)).as("the second entry is never counted").isEqualTo(before);
        assertThat(elections.ballots(id)).hasSize(3);

        List<DoubleEntry.Difference> d = elections.recheck(id).differing();
        assertThat(d).extracting(DoubleEntry.Difference::number).containsExactly(3);
        assertThat(d.get(0).first().orElseThrow().kind()).isEqualTo(BallotKind.SPOILED);

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> elections.enterRecheck(id, 5, "1"));
        assertThat(Texts.vietnamese().all(e.problems())).contains("Phiếu số 5 không có", "từ 1 đến 4");

        // Closed elections are re-read too: the second entry does not touch the locked ballots.
        elections.close(id);
        elections.enterRecheck(id, 3, "h");
        assertThat(elections.recheck(id).differing()).isEmpty();
        assertThat(elections.verify(id)).isTrue();
        assertThat(ws.audit().entries(0)).extracting(AuditLog.Entry::action).contains("ballot.recheck");

        elections.clearRechecks(id);
        assertThat(elections.rechecks(id)).isEmpty();
    }

    @Test
    void correctionAndWithdrawalNeedAReasonAndAreLogged() {
        long id = election("Thử", 1, 5, "GTVT", "CT");
        elections.enterBallot(id, "1");
        elections.enterBallot(id, "1");
        assertThatThrownBy(() -> elections.correctBallot(id, 2, "2", " ")).isInstanceOf(ValidationException.class);
        elections.correctBallot(id, 2, "2", "Đọc lại phiếu");
        elections.withdrawBallot(id, 1, "Nhập trùng");
        assertThat(elections.ballots(id)).hasSize(1);
        assertThat(elections.changes(id)).extracting(ElectionStore.BallotChange::action)
                .containsExactly("CORRECT", "WITHDRAW");
        assertThat(elections.changes(id).get(0).reason()).isEqualTo("Đọc lại phiếu");
        assertThat(elections.tally(id).row(ws.blocs().memberByCode(y2019, "CT").orElseThrow().id()))
                .hasValueSatisfying(row -> assertThat(row.votes()).isEqualTo(1));
    }

    @Test
    void aPaperAfterAWithdrawnOneInTheMiddleTakesTheNextFreeNumber() {
        long id = election("Thử", 1, 5, "GTVT", "CT");
        elections.enterBallot(id, "1");
        elections.enterBallot(id, "1");
        elections.enterBallot(id, "2");
        elections.withdrawBallot(id, 2, "Nhập trùng");
        assertThat(elections.enterBallot(id, "2").number()).isEqualTo(4);
        assertThat(elections.ballots(id)).extracting(b -> b.number()).containsExactly(1, 3, 4);
    }

    @Test
    void closingLocksAndTheFingerprintVerifies() throws Exception {
        long id = election("Thử", 1, 2, "GTVT", "CT");
        elections.enterBallot(id, "1");
        elections.enterBallot(id, "2");
        String fp = elections.close(id);
        // The fingerprint is SHA-256 over the canonical text of docs/fingerprint.md, computed here apart from the program.
        StoredElection closed = elections.election(id);
        String text = Fingerprint.canonicalText(Fingerprint.CURRENT, closed.settings(), elections.ballots(id),
                new Fingerprint.Outside("", Map.of()));
        assertThat(closed.format()).isEqualTo(2);
        assertThat(text).startsWith("thidua-election/2\n").contains("title=Thử\n", "parent=\n").endsWith("\n");
        assertThat(fp).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))));
        assertThat(elections.verify(id)).isTrue();
        assertThatThrownBy(() -> elections.enterBallot(id, "2")).isInstanceOf(AppException.class);

        // A copy of the file whose second paper now approves what the first approves no longer verifies.
        ws.close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("test") + ";WRITE_DELAY=0", "thidua", "");
             PreparedStatement p = c.prepareStatement("update ballot set approved = (select approved from ballot"
                     + " where election_id = ? and number = 1) where election_id = ? and number = 2")) {
            p.setLong(1, id);
            p.setLong(2, id);
            assertThat(p.executeUpdate()).isEqualTo(1);
        }
        ws = TestData.open(dir);
        elections = ws.elections();
        assertThat(elections.verify(id)).isFalse();
    }

    @Test
    void exactlyHalfIsNotMoreThanHalfSoNobodyIsElected() {
        long id = election("Bằng khen thử", 1, 4, "GTVT", "CT", "XD");
        for (String keys : List.of("1", "1", "2", "2")) {
            elections.enterBallot(id, keys);
        }
        TallyResult first = elections.tally(id);
        assertThat(first.hasTie()).isFalse();
        assertThat(first.rows()).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.NOT_ELECTED));
        elections.close(id);
        assertThat(elections.finalOutcome(id).elected()).isEmpty();
    }

    @Test
    void runoffAmongTheTiedSettlesTheSeat() {
        List<Long> ids = List.of("GTVT", "CT", "XD").stream()
                .map(c -> ws.blocs().memberByCode(y2019, c).orElseThrow().id()).toList();
        long id = elections.create(y2019, new ElectionService.Draft("Bằng khen thử", 1, ThresholdOperator.GE,
                BigDecimal.valueOf(50), Base.VALID, 4, ids, null, false));
        for (String keys : List.of("1", "1", "2", "2")) {
            elections.enterBallot(id, keys);
        }
        assertThat(elections.tally(id).hasTie()).isTrue();
        elections.close(id);
        long runoff = elections.runoff(id);
        assertThatThrownBy(() -> elections.runoff(id)).isInstanceOf(AppException.class)
                .hasMessageContaining("election.error.runoffExists");
        assertThat(elections.election(runoff).settings().candidates()).extracting(Candidate::code)
                .containsExactly("GTVT", "CT");
        for (String keys : List.of("1", "1", "1", "2")) {
            elections.enterBallot(runoff, keys);
        }
        elections.close(runoff);
        assertThat(codes(elections.finalOutcome(id).elected())).containsExactly("GTVT");
    }

    @Test
    void candidatesByEligibilityLeaveOutUnitsAlreadyPutForward() {
        assertThat(elections.eligible(y2019, EligibilityRule.all(), false)).extracting(Candidate::code)
                .containsExactly("BQLKCN", "CT", "GTVT", "KHCN", "NNPTNT", "TNMT", "TTTT", "XD");
        List<String> excellent = elections.eligible(y2019, EligibilityRule.excellent(), false).stream()
                .map(Candidate::code).toList();
        // Every unit but KHCN is classed excellent in the sample's 2019 scoreboard, in the scoreboard's order.
        assertThat(excellent).containsExactly("GTVT", "CT", "NNPTNT", "TNMT", "BQLKCN", "TTTT", "XD");
        // Put forward by the sample's three closed elections: GTVT, CT, NNPTNT, TNMT. Those leave; nobody else does.
        assertThat(elections.eligible(y2019, EligibilityRule.excellent(), true)).extracting(Candidate::code)
                .containsExactlyElementsOf(excellent.stream()
                        .filter(code -> !List.of("GTVT", "CT", "NNPTNT", "TNMT").contains(code)).toList())
                .containsExactly("BQLKCN", "TTTT", "XD");
    }
}
