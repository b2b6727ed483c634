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
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.InvalidReason;
import vn.thidua.domain.voting.TallyResult;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.TestData;

/** {@link ElectionService#importBallotsCsv}: a ballots.csv into an open election, all or nothing. */
class BallotCsvImportTest {

    @TempDir
    Path dir;
    Workspace ws;
    ElectionService elections;
    long election;

    @BeforeEach
    void open() {
        ws = TestData.openSample(dir);
        elections = ws.elections();
        Season y2019 = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        List<Long> ids = List.of("GTVT", "CT", "XD").stream()
                .map(c -> ws.blocs().memberByCode(y2019, c).orElseThrow().id()).toList();
        election = elections.create(y2019, new ElectionService.Draft("Thử nhập tệp", 1, ThresholdOperator.GT,
                BigDecimal.valueOf(50), Base.VALID, 5, ids, null, false));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void papersAreReadAgainstTheCandidatesAndBrokenOnesCountInvalid() {
        int n = elections.importBallotsCsv(election, "ballot,approve\n1,gtvt\n2,GTVT;CT\n3,TTTT\n4,\n5,SPOILED\n");
        assertThat(n).isEqualTo(5);
        TallyResult r = elections.tally(election);
        assertThat(r.returned()).isEqualTo(5);
        assertThat(r.valid()).isEqualTo(2);
        assertThat(r.invalidByReason()).containsEntry(InvalidReason.TOO_MANY_MARKS, 1)
                .containsEntry(InvalidReason.NOT_A_CANDIDATE, 1).containsEntry(InvalidReason.SPOILED, 1);
        // A code that is not a candidate is kept as written, not lost.
        assertThat(elections.ballots(election).get(2).unknownKeys()).containsExactly("TTTT");
    }

    @Test
    void aSecondFileContinuesTheNumbering() {
        elections.importBallotsCsv(election, "ballot,approve\n1,GTVT\n2,CT\n");
        elections.importBallotsCsv(election, "ballot,approve\n3,GTVT\n");
        assertThat(elections.ballots(election)).extracting(Ballot::number).containsExactly(1, 2, 3);

        ValidationException again = catchThrowableOfType(ValidationException.class,
                () -> elections.importBallotsCsv(election, "ballot,approve\n1,GTVT\n"));
        assertThat(again.problems()).extracting(Problem::key).contains("ballots.error.alreadyEntered");
        assertThat(elections.ballots(election)).hasSize(3);
    }

    @Test
    void moreThanIssuedIsRefusedWhole() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> elections.importBallotsCsv(
                election, "ballot,approve\n1,GTVT\n2,GTVT\n3,GTVT\n4,CT\n5,CT\n6,XD\n"));
        assertThat(e.problems()).extracting(Problem::key).containsExactly("election.error.moreThanIssued");
        assertThat(elections.ballots(election)).isEmpty();
    }

    @Test
    void aClosedElectionTakesNoFile() {
        elections.importBallotsCsv(election, "ballot,approve\n1,GTVT\n");
        elections.close(election);
        AppException e = catchThrowableOfType(AppException.class,
                () -> elections.importBallotsCsv(election, "ballot,approve\n2,GTVT\n"));
        assertThat(e.key()).isEqualTo("election.error.closed");
        assertThat(elections.ballots(election)).hasSize(1);
    }
}
