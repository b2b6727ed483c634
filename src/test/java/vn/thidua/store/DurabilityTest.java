package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.testing.ChildJvm;
import vn.thidua.testing.TestData;

/** A write the program has confirmed survives kill -9 of the process a moment later. */
class DurabilityTest {

    @Test
    void confirmedWritesSurviveKillMinusNine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("test.mv.db");
        List<String> confirmed = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(ChildWriter.class, "write", file.toString(), "5")) {
            for (int i = 0; i < 5; i++) {
                String line = child.awaitLine("CONFIRMED ");
                assertThat(line).as("child confirmed write %d", i + 1).isNotNull();
                confirmed.add(line.substring("CONFIRMED ".length()));
            }
            // Killed the moment the last confirmation is read: no shutdown, no flush.
            child.kill();
        }
        try (Workspace ws = TestData.open(dir)) {
            var bloc = ws.blocs().requireBloc("KILL");
            var season = ws.blocs().requireSeason(bloc, 2024);
            assertThat(ws.blocs().members(season)).extracting(Unit::code).containsExactlyInAnyOrderElementsOf(confirmed);
        }
    }
}
