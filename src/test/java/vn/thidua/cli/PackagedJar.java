package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.thidua.testing.ChildJvm;

/**
 * Runs the packaged {@code target/thidua.jar} as the user would ({@code java -jar}). Output goes
 * to files, not pipes, so a long output can never block the child before it exits.
 */
final class PackagedJar {

    record Run(int code, String out, String err) {
        /** The last non-empty line of standard output. */
        String lastLine() {
            String[] lines = out.strip().split("\\R");
            return lines[lines.length - 1].strip();
        }
    }

    private PackagedJar() {
    }

    static Run run(Path workDir, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(ChildJvm.PROGRAM_OPTIONS);
        cmd.addAll(List.of("-jar", System.getProperty("thidua.jar")));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("thidua %s ended", String.join(" ", args)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
