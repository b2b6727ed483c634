package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged {@code target/thidua.jar}, run as the user would: {@code java -jar}. */
class JarIT {

    @TempDir
    Path dir;

    private PackagedJar.Run java(String... args) throws IOException, InterruptedException {
        return PackagedJar.run(dir, args);
    }

    @Test
    void sampleThenBadInputThroughThePackagedJar() throws Exception {
        String db = dir.resolve("hoinghi").toString();
        PackagedJar.Run sample = java("--db", db, "sample");
        assertThat(sample.code()).as(sample.err()).isZero();
        assertThat(sample.out()).contains("Đã tạo khối mẫu KTN");
        assertThat(dir.resolve("hoinghi.mv.db")).exists();

        PackagedJar.Run dup = java("--db", db, "unit", "add", "--bloc", "KTN", "--code", "CT", "--name", "Trùng");
        assertThat(dup.code()).isEqualTo(2);
        assertThat(dup.err()).contains("“CT” đã dùng cho Sở Công Thương").doesNotContain("\tat ");
    }
}
