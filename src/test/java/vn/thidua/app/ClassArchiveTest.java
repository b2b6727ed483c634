package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    @TempDir
    Path dir;

    Path java;
    Path base;
    Path local;
    Path jarA;
    Path jarB;
    String classPath;

    @BeforeEach
    void files() throws Exception {
        java = Files.writeString(dir.resolve("java"), "launcher");
        base = Files.writeString(dir.resolve("thidua.jsa"), "base");
        local = dir.resolve("thidua-local.jsa");
        jarA = Files.writeString(dir.resolve("thidua-app.jar"), "a");
        jarB = Files.writeString(dir.resolve("h2.jar"), "bb");
        classPath = jarA + File.pathSeparator + jarB;
    }

    private String archives(Path... files) {
        return ClassArchive.SHARED_ARCHIVE_FILE + String.join(File.pathSeparator,
                Arrays.stream(files).map(Path::toString).toList());
    }

    @Test
    void theInstalledLauncherNamesTwoArchivesAndTheSecondIsMadeHere() {
        List<String> args = List.of("-Dfile.encoding=UTF-8", archives(base, local), "-XX:+UseSerialGC",
                "-Xlog:disable", "-XX:TieredStopAtLevel=1");

        ClassArchive a = ClassArchive.of(args, java, classPath).orElseThrow();

        assertThat(a.local()).isEqualTo(local);
        assertThat(a.command("run", dir.resolve("data"))).containsExactly(java.toString(), "-Dfile.encoding=UTF-8",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", ClassArchive.SHARED_ARCHIVE_FILE + base,
                "-XX:ArchiveClassesAtExit=" + local + ".part", "-Xshare:auto", "-Djava.awt.headless=true",
                "-cp", classPath, ClassArchive.TRAINING_MAIN, "run", dir.resolve("data").toString());
        assertThat(a.command("prepare", dir.resolve("data"))).as("the first JVM writes no archive")
                .noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"))
                .contains(ClassArchive.SHARED_ARCHIVE_FILE + base, "prepare");
    }

    @Test
    void theJdk25LauncherNamesAnAheadOfTimeCacheAndNoArchiveToMake() {
        Path cache = dir.resolve("thidua.aot");
        List<String> args = List.of("-XX:AOTCache=" + cache, "-XX:AOTMode=auto", "-XX:+UseSerialGC",
                "-XX:+UseCompactObjectHeaders");

        assertThat(ClassArchive.aheadOfTimeCache(args)).contains(cache);
        assertThat(ClassArchive.of(args, java, classPath)).as("nothing to make on this machine").isEmpty();
        assertThat(ClassArchive.aheadOfTimeCache(List.of(archives(base, local), "-XX:AOTMode=auto")))
                .as("JDK 17's archives are not a cache").isEmpty();
        assertThat(ClassArchive.aheadOfTimeCache(List.of("-XX:AOTCache="))).as("no file named").isEmpty();
    }

    @Test
    void noArchiveToMakeOutsideTheInstalledLauncher() {
        assertThat(ClassArchive.of(List.of("-XX:+UseSerialGC"), java, classPath)).isEmpty();
        assertThat(ClassArchive.of(List.of(archives(base)), java, classPath)).as("one archive only").isEmpty();
        assertThat(ClassArchive.of(List.of(archives(base, local)), dir.resolve("no-java"), classPath))
                .as("a runtime without bin/java").isEmpty();
        assertThat(ClassArchive.of(List.of(archives(base, local)), java, "")).as("no class path").isEmpty();
    }

    @Test
    void theArchiveIsStaleWhenAJarOrTheBaseChanges() throws Exception {
        ClassArchive a = ClassArchive.of(List.of(archives(base, local)), java, classPath).orElseThrow();
        assertThat(a.upToDate()).as("nothing written yet").isFalse();

        Files.writeString(local, "archive");
        assertThat(a.upToDate()).as("an archive without its stamp").isFalse();
        Files.writeString(a.stampFile(), a.stamp(), StandardCharsets.UTF_8);
        assertThat(a.upToDate()).isTrue();

        Files.setLastModifiedTime(jarB, FileTime.fromMillis(Files.getLastModifiedTime(jarB).toMillis() - 60_000));
        assertThat(a.upToDate()).as("a jar with another time, even an older one (an upgrade)").isFalse();

        Files.writeString(a.stampFile(), a.stamp(), StandardCharsets.UTF_8);
        assertThat(a.upToDate()).isTrue();
        Files.writeString(base, "another base");
        assertThat(a.upToDate()).as("a base archive of another size").isFalse();

        Files.writeString(a.stampFile(), a.stamp(), StandardCharsets.UTF_8);
        Files.delete(jarA);
        assertThat(a.upToDate()).as("a jar gone").isFalse();
    }

    @Test
    void deleteRemovesTheArchiveAndItsStamp() throws Exception {
        ClassArchive a = ClassArchive.of(List.of(archives(base, local)), java, classPath).orElseThrow();
        Files.writeString(local, "archive");
        Files.writeString(a.stampFile(), a.stamp(), StandardCharsets.UTF_8);

        a.delete();

        assertThat(local).doesNotExist();
        assertThat(a.stampFile()).doesNotExist();
        assertThat(base).exists();
    }

    @Test
    void theTrainingClassIsOnTheClassPath() throws Exception {
        assertThat(Class.forName(ClassArchive.TRAINING_MAIN).getMethod("main", String[].class)).isNotNull();
    }
}
