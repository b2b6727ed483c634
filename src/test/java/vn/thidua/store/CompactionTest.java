package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.ThiDua;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.testing.TestData;

/** With space reuse off the file grows by every write; a clean close gives the space back, losing nothing. */
class CompactionTest {

    @Test
    void aCleanCloseCompactsAGrownFileAndKeepsEveryChange(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("test.mv.db");
        int saves = 0;
        try (Workspace ws = TestData.openSample(dir)) {
            var season = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            do {
                saves++;
                ConferenceDetails now = ws.blocs().conferenceDetails(season);
                ws.blocs().setConferenceDetails(season, now.withHeading(now.date(), "Nơi họp " + saves, now.superiorBody()));
            } while (Files.size(file) <= Compaction.THRESHOLD_BYTES && saves < 2_000);
        }
        assertThat(Files.size(file)).as("size after a clean close").isLessThan(Compaction.THRESHOLD_BYTES / 4);
        assertThat(Compaction.copyOf(file)).doesNotExist();
        try (Workspace ws = ThiDua.open(file)) {
            var season = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            assertThat(ws.blocs().conferenceDetails(season).place()).isEqualTo("Nơi họp " + saves);
            assertThat(ws.elections().elections(season).stream().filter(e -> e.closed()).count()).isEqualTo(3);
        }
    }

    @Test
    void aSmallFileIsLeftAsItIs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("test.mv.db");
        TestData.openSample(dir).close();
        long size = Files.size(file);
        try (Workspace ws = ThiDua.open(file)) {
            assertThat(ws.blocs().requireBloc("KTN").code()).isEqualTo("KTN");
        }
        assertThat(Files.size(file)).isBetween(size - 16 * 1024, size + 16 * 1024);
    }

    @Test
    void aCopyLeftByACompactionThatWasKilledIsClearedOnOpen(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("test.mv.db");
        TestData.openSample(dir).close();
        Files.writeString(Compaction.copyOf(file), "half a copy");
        try (Workspace ws = ThiDua.open(file)) {
            assertThat(Compaction.copyOf(file)).doesNotExist();
            assertThat(ws.blocs().requireBloc("KTN").code()).isEqualTo("KTN");
        }
    }
}
