package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.ThiDua;
import vn.thidua.domain.bloc.Season;
import vn.thidua.testing.ChildJvm;

class FirstRunTest {

    @TempDir
    Path dir;

    private void assertWholeSample(Path file) {
        try (Workspace ws = ThiDua.open(file)) {
            Season y2019 = ws.blocs().requireSeason(ws.blocs().requireBloc(SampleBloc.BLOC_CODE), SampleBloc.YEAR);
            assertThat(ws.elections().elections(y2019)).hasSize(3).allSatisfy(e -> {
                assertThat(e.closed()).isTrue();
                assertThat(ws.elections().verify(e.id())).isTrue();
            });
            assertThat(ws.blocs().seasons(y2019.blocId())).hasSize(2);
        }
    }

    @Test
    void aFirstRunMakesTheDataFileWithTheWholeSampleAndLeavesNoWorkFolder() {
        Path file = dir.resolve("thidua.mv.db");

        assertThat(FirstRun.createWithSample(file, ThiDua::open)).isTrue();

        assertWholeSample(file);
        assertThat(dir.resolve(FirstRun.WORK_FOLDER)).doesNotExist();
        assertThat(FirstRun.createWithSample(file, ThiDua::open)).as("not a first run any more").isFalse();
    }

    @Test
    void aFirstRunKilledHalfwayLeavesNoDataFileAndTheNextOneMakesTheWholeSample() throws Exception {
        Path file = dir.resolve("thidua.mv.db");
        Path backups = dir.resolve(FirstRun.WORK_FOLDER).resolve("sao-luu");
        try (ChildJvm child = ChildJvm.start(FirstRunChild.class, file.toString())) {
            assertThat(child.awaitLine("START")).isNotNull();
            // Halfway: the first of the sample's three elections has been closed (a backup is made
            // before each close), the other two are still to come.
            // Told by the file system the moment the first backup appears, not by looking now and then.
            assertThat(awaitZip(dir.resolve(FirstRun.WORK_FOLDER), backups, 60))
                    .as("the child got as far as the first election").isTrue();
            assertThat(file).as("not in place before the sample is whole").doesNotExist();
            child.kill();
        }
        assertThat(file).doesNotExist();

        assertThat(FirstRun.createWithSample(file, ThiDua::open)).isTrue();
        assertWholeSample(file);
        assertThat(dir.resolve(FirstRun.WORK_FOLDER)).doesNotExist();
    }

    /**
     * Waits on the file system's events until a .zip is in {@code backups}, a folder of {@code work};
     * each folder is watched as soon as it exists, and looked into once after, so no event is missed.
     */
    private boolean awaitZip(Path work, Path backups, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            boolean workWatched = false;
            boolean backupsWatched = false;
            while (true) {
                if (!workWatched && Files.isDirectory(work)) {
                    work.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
                    workWatched = true;
                }
                if (!backupsWatched && Files.isDirectory(backups)) {
                    backups.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
                    backupsWatched = true;
                }
                if (hasZip(backups)) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                WatchKey key = left > 0 ? watch.poll(left, TimeUnit.NANOSECONDS) : null;
                if (key == null) {
                    return hasZip(backups);
                }
                key.pollEvents();
                key.reset();
            }
        }
    }

    private static boolean hasZip(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.anyMatch(p -> p.toString().endsWith(".zip"));
        }
    }
}
