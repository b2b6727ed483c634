package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.ThiDua;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Workspace;
import vn.thidua.domain.voting.Tally;
import vn.thidua.testing.ChildJvm;
import vn.thidua.testing.TestData;

/**
 * "The import is all-or-nothing, also if the process is killed half-way": {@code thidua ballots
 * --import} of 5,000 papers runs in a child JVM through the real {@code main} and is killed
 * (SIGKILL: no shutdown hook, no flush) at several moments of the import. Reopened, the data file
 * holds all of the papers or none of them, never a part, and the count equals a recount.
 *
 * <p>When the import starts is read from the data file: opening it writes a page or two; the
 * import's own transaction reaches the file only as it commits. The kills are spread over the time
 * between, as measured by a run left alone, and one more lands while the commit is being written.
 */
class BallotImportKillTest {

    private static final int PAPERS = 5_000;
    /** Where in the import the kills land, as a fraction of the import's time in a run left alone. */
    private static final double[] KILL_AT = {0.1, 0.3, 0.5, 0.7, 0.9};
    /** Growth of the data file that means the commit is being written, well past what opening writes. */
    private static final long COMMIT_GROWTH = 32 * 1024;

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("test.mv.db");
    }

    /** A child JVM running {@code thidua ballots}; its output goes to a log file beside the data. */
    private Process importInChild(String election, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(ChildJvm.PROGRAM_OPTIONS);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8", ThiDua.class.getName(),
                "--db", data().toString(), "ballots", "--election", election, "--import", file.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("child-" + election + ".log").toFile());
        return pb.start();
    }

    /** Waits until the data file is bigger than {@code size} or the child has ended; false if it ended. */
    private boolean awaitGrowth(Process child, long size) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && System.nanoTime() < deadline) {
            if (Files.size(data()) > size) {
                return true;
            }
            Thread.sleep(1);
        }
        return false;
    }

    private int papersIn(String election) {
        try (Workspace ws = TestData.open(dir)) {
            long id = Long.parseLong(election);
            var ballots = ws.elections().ballots(id);
            assertThat(ws.elections().tally(id)).isEqualTo(Tally.count(ws.elections().election(id).settings(), ballots));
            return ballots.size();
        }
    }

    @Test
    void aKilledImportLeavesAllThePapersOrNone() throws Exception {
        assertThat(CliRunner.run("--db", data().toString(), "sample").code()).isZero();
        List<String> elections = new ArrayList<>();
        for (int i = 0; i < KILL_AT.length + 2; i++) {
            CliRunner.Result r = CliRunner.run("--db", data().toString(), "election", "add", "--bloc", "KTN",
                    "--year", "2019", "--title", "Nhập lớn " + i, "--seats", "2", "--threshold", ">:50",
                    "--base", "valid", "--issued", String.valueOf(PAPERS), "--eligible", "all", "--include-put-forward");
            assertThat(r.code()).as(r.err()).isZero();
            elections.add(r.lastLine());
        }
        List<String> codes = SampleBloc.UNITS.stream().map(u -> u.code()).toList();
        StringBuilder csv = new StringBuilder("ballot,approve\n");
        for (int n = 1; n <= PAPERS; n++) {
            csv.append(n).append(',').append(codes.get(n % 8)).append(';').append(codes.get(n * 3 % 8)).append('\n');
        }
        Path file = dir.resolve("ballots.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        // A run left alone imports everything; it also tells how long the import takes once the file is open.
        Process whole = importInChild(elections.get(0), file);
        assertThat(awaitGrowth(whole, Files.size(data()))).isTrue();
        long opened = System.nanoTime();
        assertThat(whole.waitFor(120, TimeUnit.SECONDS)).isTrue();
        long importMillis = (System.nanoTime() - opened) / 1_000_000;
        assertThat(whole.exitValue()).as(Files.readString(dir.resolve("child-" + elections.get(0) + ".log"))).isZero();
        assertThat(papersIn(elections.get(0))).isEqualTo(PAPERS);

        List<String> seen = new ArrayList<>();
        int killedRunning = 0;
        for (int i = 0; i < KILL_AT.length; i++) {
            String election = elections.get(i + 1);
            long after = (long) (importMillis * KILL_AT[i]);
            Process child = importInChild(election, file);
            boolean running = awaitGrowth(child, Files.size(data())) && !child.waitFor(after, TimeUnit.MILLISECONDS);
            killedRunning += running ? 1 : 0;
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            int papers = papersIn(election);
            seen.add((running ? "killed " : "ended before ") + after + " ms after opening: " + papers);
            assertThat(papers).as("papers after a kill %d ms into the import", after).isIn(0, PAPERS);
        }

        String last = elections.get(elections.size() - 1);
        Process child = importInChild(last, file);
        boolean running = awaitGrowth(child, Files.size(data()) + COMMIT_GROWTH) && child.isAlive();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int papers = papersIn(last);
        seen.add((running ? "killed" : "ended") + " while the commit was written: " + papers);
        assertThat(papers).as("papers after a kill while the commit was written").isIn(0, PAPERS);

        System.out.println("Import of " + PAPERS + " papers, " + importMillis + " ms after opening; " + seen);
        assertThat(killedRunning).as("children killed while they ran: %s", seen).isPositive();
    }
}
