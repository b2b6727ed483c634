package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Workspace;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.Tally;
import vn.thidua.domain.voting.TallyResult;
import vn.thidua.testing.ChildJvm;
import vn.thidua.testing.TestData;

/** Every ballot confirmed before a kill -9 is there after reopening, and the count matches a recount. */
class BallotCrashTest {

    @Test
    void confirmedBallotsSurviveKillRightAfterConfirmation(@TempDir Path dir) throws Exception {
        long election;
        int confirmed = 0;
        try (ChildJvm child = ChildJvm.start(BallotChild.class, dir.resolve("test.mv.db").toString())) {
            election = Long.parseLong(child.awaitLine("ELECTION ").substring("ELECTION ".length()));
            for (int i = 0; i < 25; i++) {
                String line = child.awaitLine("CONFIRMED ");
                assertThat(line).isNotNull();
                confirmed = Integer.parseInt(line.substring("CONFIRMED ".length()));
            }
            child.kill();
        }
        try (Workspace ws = TestData.open(dir)) {
            var ballots = ws.elections().ballots(election);
            assertThat(ballots).hasSizeGreaterThanOrEqualTo(confirmed);
            assertThat(ballots).extracting(Ballot::number).startsWith(1, 2, 3).contains(confirmed);
            TallyResult stored = ws.elections().tally(election);
            TallyResult recount = Tally.count(ws.elections().election(election).settings(), ballots);
            assertThat(stored).isEqualTo(recount);
            assertThat(stored.returned()).isEqualTo(ballots.size());
        }
    }
}
