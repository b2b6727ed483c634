package vn.thidua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.BackupService;
import vn.thidua.app.SampleBloc;
import vn.thidua.store.H2Recovery;

/**
 * The window's start as the program runs it: the main window filled with the chosen year, and the
 * automatic backup taken after that (or before the first write, see BackupServiceTest), never left out.
 */
@ExtendWith(ApplicationExtension.class)
class GuiStartTest {

    @TempDir
    Path dir;
    Gui gui;

    @AfterEach
    void close() throws Exception {
        GuiFixture.close(gui);
    }

    @Test
    void theWindowFillsWithTheYearAndTheAutomaticBackupFollows(FxRobot robot) throws Exception {
        Path file = GuiFixture.sampleLeftOnItsConferenceYear(dir);
        Path backups = dir.resolve(H2Recovery.FOLDER);
        assertThat(automaticOnes(backups)).isEmpty();

        gui = GuiFixture.start(file);

        GuiFixture.waitForTheYear(robot);
        assertThat(GuiFixture.chosenYear(robot))
                .isEqualTo(SampleBloc.YEAR);
        assertThat(gui.openWorkspace().dataFile()).isEqualTo(file.toAbsolutePath().normalize());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> automaticOnes(backups).size() == 1);
        BackupService.Contents c = gui.openWorkspace().backups().inspect(automaticOnes(backups).get(0));
        assertThat(c.blocCodes()).containsExactly(SampleBloc.BLOC_CODE);
        assertThat(c.elections()).isEqualTo(3);
        assertThat(gui.openWorkspace().backups().automaticIfDue()).as("taken once").isFalse();
    }

    private static List<Path> automaticOnes(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("thidua-tu-dong-")
                    && p.getFileName().toString().endsWith(".zip")).toList();
        }
    }
}
