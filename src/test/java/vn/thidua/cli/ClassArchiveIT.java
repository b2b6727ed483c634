package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.ClassArchive;

/**
 * The class-data archive of the jars, made for real by a second JVM over the packaged jar, and
 * then mapped by a third: its classes come from the archive ("shared objects file (top)").
 */
class ClassArchiveIT {

    @TempDir
    Path dir;

    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private final Path defaultArchive = Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa");

    private record Run(int code, String out) {
    }

    private Run run(List<String> command) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("%s ended", command).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void theTrainingRunWritesAnArchiveThatTheNextStartMaps() throws Exception {
        // Copied: the archive is bound to the jar's path and time, and target/ may be rebuilt meanwhile.
        Path jar = Files.copy(Path.of(System.getProperty("thidua.jar")), dir.resolve("thidua.jar"));
        Path local = dir.resolve("thidua-local.jsa");
        ClassArchive archive = new ClassArchive(java, null, local, jar.toString(),
                List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));

        ClassArchive.Built built = archive.build(Duration.ofMinutes(4));

        assertThat(built.archive()).isEqualTo(local).isRegularFile();
        assertThat(built.bytes()).isGreaterThan(1_000_000L);
        assertThat(archive.upToDate()).isTrue();
        assertThat(dir.resolve("thidua-local.jsa.part")).doesNotExist();

        Path classes = dir.resolve("classes.txt");
        Run version = run(List.of(java.toString(), "-XX:SharedArchiveFile=" + local, "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xlog:class+load=info:file=" + classes, "-cp", jar.toString(),
                "vn.thidua.ThiDua", "--version"));
        assertThat(version.code()).as(version.out()).isZero();
        String loaded = Files.readString(classes, StandardCharsets.UTF_8);
        assertThat(loaded).contains("vn.thidua.ThiDua source: shared objects file (top)")
                .contains("picocli.CommandLine source: ")
                .doesNotContain("vn.thidua.ThiDua source: file:");
    }

    @Test
    void optimizeWritesTheSecondArchiveOfTheLauncherOnceAndRemovesIt() throws Exception {
        Path jar = Files.copy(Path.of(System.getProperty("thidua.jar")), dir.resolve("thidua.jar"));
        Path local = dir.resolve("thidua-local.jsa");
        // As the installed launcher starts the program: two archives, the JDK's default one as the base.
        List<String> launcher = new ArrayList<>(List.of(java.toString(),
                "-XX:SharedArchiveFile=" + defaultArchive + File.pathSeparator + local, "-XX:+UseSerialGC",
                "-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr", "-cp", jar.toString(), "vn.thidua.ThiDua"));
        assertThat(defaultArchive).as("the JDK's default class-data archive").isRegularFile();

        Run first = run(with(launcher, "optimize"));
        assertThat(first.code()).as(first.out()).isZero();
        assertThat(first.out()).contains("Đã ghi lưu trữ lớp cho máy này: " + local);
        assertThat(local).isRegularFile();

        Run second = run(with(launcher, "optimize"));
        assertThat(second.out()).contains("Lưu trữ lớp đã có và khớp với bản cài đặt");

        Path classes = dir.resolve("classes.txt");
        List<String> mapped = new ArrayList<>(launcher);
        mapped.add(mapped.indexOf("-cp"), "-Xlog:class+load=info:file=" + classes); // after -Xlog:disable
        Run version = run(with(mapped, "--version"));
        assertThat(version.out()).startsWith("ThiDua ");
        assertThat(Files.readString(classes, StandardCharsets.UTF_8))
                .contains("vn.thidua.ThiDua source: shared objects file (top)");

        Run removed = run(with(launcher, "optimize", "--remove"));
        assertThat(removed.out()).contains("Đã xoá lưu trữ lớp " + local);
        assertThat(local).doesNotExist();

        Run plain = run(List.of(java.toString(), "-jar", jar.toString(), "optimize"));
        assertThat(plain.code()).isZero();
        assertThat(plain.out()).contains("không chạy từ một bản cài đặt có lưu trữ lớp riêng");
    }

    private static List<String> with(List<String> command, String... args) {
        List<String> c = new ArrayList<>(command);
        c.addAll(List.of(args));
        return c;
    }
}
