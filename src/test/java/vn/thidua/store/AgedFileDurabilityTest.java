package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.ThiDua;
import vn.thidua.app.Workspace;
import vn.thidua.testing.ChildJvm;

/**
 * A data file that has lived long enough for H2 to reuse freed space (its dead chunks are older
 * than H2's retention time) keeps every save the program confirmed when the program is then
 * killed (SIGKILL) or ended (SIGTERM, as a desktop logout does). H2 2.5.252 with space reuse
 * lost such saves in 8 of 12 runs (docs/decisions/0005-aged-files.md).
 */
class AgedFileDurabilityTest {

    @ParameterizedTest(name = "{0} saves, then {1}")
    @CsvSource({"1, KILL", "2, KILL", "5, KILL", "1, TERM", "2, TERM", "5, TERM"})
    void everyConfirmedSaveOnAnAgedFileSurvivesTheEnd(int saves, String signal, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("aged.mv.db");
        try (InputStream in = getClass().getResourceAsStream("/aged-h2/aged.mv.db")) {
            Files.copy(in, file);
        }
        int confirmed = 0;
        try (ChildJvm child = ChildJvm.start(AgedSaver.class, file.toString(), Integer.toString(saves))) {
            for (int i = 1; i <= saves; i++) {
                assertThat(child.awaitLine("CONFIRMED ")).as("save %d confirmed", i).isNotNull();
                confirmed = i;
            }
            // Ended the moment the last confirmation is read.
            if (signal.equals("KILL")) {
                child.kill();
            } else {
                child.terminate();
            }
        }
        try (Workspace ws = ThiDua.open(file)) {
            var season = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            assertThat(ws.blocs().conferenceDetails(season).place()).isEqualTo(AgedSaver.place(confirmed));
        }
    }
}
