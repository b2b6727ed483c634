package vn.thidua.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill loop, short in the test suite ({@code -Dthidua.reliability.runs=100} for the long run,
 * or {@code tools/reliability.sh}). Every ballot confirmed before a kill is found after it.
 */
class ReliabilitySuiteTest {

    @Test
    void everyConfirmedBallotSurvivesRandomKills(@TempDir Path dir) throws Exception {
        int runs = Integer.getInteger("thidua.reliability.runs", 6);
        KillLoop.Summary s = KillLoop.run(dir, runs, 2019L, System.out);
        System.out.println(s);
        assertThat(s.kills()).isEqualTo(runs);
        assertThat(s.confirmed()).as("the loop must actually confirm ballots").isPositive();
        assertThat(s.found()).isEqualTo(s.confirmed());
        assertThat(s.failures()).isZero();
    }

    @Test
    void everyConfirmedWriteOnALivedFileSurvivesRandomEnds(@TempDir Path dir) throws Exception {
        int runs = Integer.getInteger("thidua.reliability.livedRuns", 3);
        LivedFileLoop.Summary s = LivedFileLoop.run(dir, runs, 2019L, 2_000, System.out);
        System.out.println(s);
        assertThat(s.kills() + s.terms()).isEqualTo(runs);
        assertThat(s.confirmed()).as("the loop must actually confirm writes").isPositive();
        assertThat(s.found()).isEqualTo(s.confirmed());
        assertThat(s.failures()).isZero();
    }
}
