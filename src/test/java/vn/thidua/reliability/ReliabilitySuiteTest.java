package vn.thidua.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill loop, short in the test suite ({@code -Dthidua.reliability.runs=100} for the long run,
 * or {@code tools/reliability.sh}). Every ballot confirmed before a kill is found after it. A failed
 * run's line is in the assertion's message, so that the reason shows in the build's summary.
 */
class ReliabilitySuiteTest {

    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(new OutputStream() {
        @Override
        public void write(int b) {
            logged.write(b);
            System.out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            logged.write(b, off, len);
            System.out.write(b, off, len);
        }
    }, true, StandardCharsets.UTF_8);

    @Test
    void everyConfirmedBallotSurvivesRandomKills(@TempDir Path dir) throws Exception {
        int runs = Integer.getInteger("thidua.reliability.runs", 6);
        KillLoop.Summary s = KillLoop.run(dir, runs, 2019L, log);
        log.println(s);
        assertThat(s.kills()).as(failedRuns()).isEqualTo(runs);
        assertThat(s.confirmed()).as("the loop must actually confirm ballots").isPositive();
        assertThat(s.found()).as(failedRuns()).isEqualTo(s.confirmed());
        assertThat(s.failures()).as(failedRuns()).isZero();
    }

    @Test
    void everyConfirmedWriteOnALivedFileSurvivesRandomEnds(@TempDir Path dir) throws Exception {
        int runs = Integer.getInteger("thidua.reliability.livedRuns", 3);
        LivedFileLoop.Summary s = LivedFileLoop.run(dir, runs, 2019L, 2_000, log);
        log.println(s);
        assertThat(s.kills() + s.terms()).as(failedRuns()).isEqualTo(runs);
        assertThat(s.confirmed()).as("the loop must actually confirm writes").isPositive();
        assertThat(s.found()).as(failedRuns()).isEqualTo(s.confirmed());
        assertThat(s.failures()).as(failedRuns()).isZero();
    }

    /** The loop's lines about failed runs and unread output. */
    private String failedRuns() {
        return logged.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("FAILED") || l.contains("could not be read"))
                .collect(Collectors.joining("\n"));
    }
}
