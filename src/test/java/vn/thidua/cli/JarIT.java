package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged {@code target/thidua.jar}, run as the user would: {@code java -jar}. */
class JarIT {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-jar", System.getProperty("thidua.jar")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void sampleThenBadInputThroughThePackagedJar() throws Exception {
        String db = dir.resolve("hoinghi").toString();
        Run sample = java("--db", db, "sample");
        assertThat(sample.code()).as(sample.err()).isZero();
        assertThat(sample.out()).contains("Đã tạo khối mẫu KTN");
        assertThat(dir.resolve("hoinghi.mv.db")).exists();

        Run dup = java("--db", db, "unit", "add", "--bloc", "KTN", "--code", "CT", "--name", "Trùng");
        assertThat(dup.code()).isEqualTo(2);
        assertThat(dup.err()).contains("“CT” đã dùng cho Sở Công Thương").doesNotContain("\tat ");
    }
}
