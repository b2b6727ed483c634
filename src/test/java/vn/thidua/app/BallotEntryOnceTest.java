package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.TestData;

/** A paper entered by its number is stored at most once, whatever answers were lost on the way. */
class BallotEntryOnceTest {

    @TempDir
    Path dir;
    Workspace ws;
    ElectionService elections;
    long id;

    @BeforeEach
    void open() {
        ws = TestData.openSample(dir);
        elections = ws.elections();
        Season y2019 = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        List<Long> ids = List.of("GTVT", "CT").stream()
                .map(c -> ws.blocs().memberByCode(y2019, c).orElseThrow().id()).toList();
        id = elections.create(y2019, new ElectionService.Draft("Thử", 1, ThresholdOperator.GT,
                BigDecimal.valueOf(50), Base.VALID, 3, ids, null, false));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void thePaperWrittenAgainUnderItsNumberIsFoundDoneNotEnteredTwice() {
        Ballot first = elections.enterBallot(id, 1, "1");
        Ballot again = elections.enterBallot(id, 1, "1");
        assertThat(again).isEqualTo(first);
        assertThat(elections.ballots(id)).containsExactly(first);
        long lines = ws.audit().entries(0).stream().filter(l -> l.action().equals("ballot.enter")).count();
        assertThat(lines).as("one write, one audit line").isEqualTo(1);
        assertThat(elections.enterBallot(id, 2, "h").number()).isEqualTo(2);
        assertThat(elections.enterBallot(id, 2, "H")).isEqualTo(Ballot.spoiled(2));
        assertThat(elections.ballots(id)).hasSize(2);
    }

    @Test
    void anotherPaperUnderATakenNumberIsRefusedInVietnamese() {
        elections.enterBallot(id, 1, "1");
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> elections.enterBallot(id, 1, "2"));
        assertThat(Texts.vietnamese().all(e.problems()))
                .isEqualTo("Phiếu số 1 đã có trong tệp với nội dung khác (đã lưu: 1; lần này: 2), nên không ghi lại."
                        + " Hãy xem danh sách phiếu; nếu cần, sửa (Ctrl+R) hoặc rút phiếu số 1.");
        assertThat(elections.ballots(id)).extracting(Ballot::approved).hasSize(1);
    }

    @Test
    void aNumberThatIsNotTheNextOneIsRefused() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> elections.enterBallot(id, 3, "1"));
        assertThat(e.problems().get(0).key()).isEqualTo("election.error.numberNotNext");
        assertThat(e.problems().get(0).args()).containsExactly(3, 1);
        assertThat(elections.ballots(id)).isEmpty();
    }

    @Test
    void afterAWithdrawalInTheMiddleNumbersGoOnAfterTheHighest() {
        elections.enterBallot(id, 1, "1");
        elections.enterBallot(id, 2, "2");
        elections.withdrawBallot(id, 1, "Nhập nhầm");
        assertThat(catchThrowableOfType(ValidationException.class, () -> elections.enterBallot(id, 1, "1"))
                .problems().get(0).key()).isEqualTo("election.error.numberNotNext");
        assertThat(elections.enterBallot(id, 3, "1").number()).isEqualTo(3);
    }
}
