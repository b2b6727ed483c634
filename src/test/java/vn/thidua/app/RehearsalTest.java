package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.ThiDua;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.EligibilityRule;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.store.DataFileTool;
import vn.thidua.testing.TestData;

/** Diễn tập on real H2 files: the copy takes every change, the real file none, and ending discards the copy. */
class RehearsalTest {

    @TempDir
    Path dir;

    private final Rehearsal rehearsal = new Rehearsal(new DataFileTool());

    private Path sampleFile() {
        TestData.openSample(dir).close();
        return dir.resolve("test.mv.db");
    }

    @Test
    void changesDuringARehearsalNeverReachTheRealFile() throws Exception {
        Path real = sampleFile();
        byte[] before = Files.readAllBytes(real);
        List<String> realBackups = names(dir.resolve("sao-luu"));

        Rehearsal.Started started = rehearsal.start(real, null, OptionalInt.empty());

        assertThat(started.copy()).isEqualTo(dir.resolve("test.dien-tap.mv.db"));
        assertThat(Rehearsal.underWay(real)).isTrue();
        try (Workspace copy = ThiDua.open(started.copy())) {
            var ktn = copy.blocs().requireBloc(SampleBloc.BLOC_CODE);
            copy.blocs().startYear(ktn.id(), 2021);
            Path backup = copy.backups().automatic();
            assertThat(backup).startsWith(Rehearsal.backupsFolder(started.copy()));
        }
        assertThat(Files.readAllBytes(real)).isEqualTo(before);
        assertThat(names(dir.resolve("sao-luu"))).as("no rehearsal backup among the real file's").isEqualTo(realBackups);

        Rehearsal.Ended ended = rehearsal.end(real);

        assertThat(ended.untouched()).isTrue();
        assertThat(Files.readAllBytes(real)).isEqualTo(before);
        assertThat(names(dir)).noneMatch(n -> n.contains("dien-tap"));
        try (Workspace ws = ThiDua.open(real)) {
            var ktn = ws.blocs().requireBloc(SampleBloc.BLOC_CODE);
            assertThat(ws.blocs().seasons(ktn.id())).extracting(Season::year).containsExactly(2019, 2020);
        }
    }

    @Test
    void theSampleYearCanBeVotedAgainOnACopyWithoutItsElections() {
        Path real = sampleFile();

        Rehearsal.Started started = rehearsal.start(real, null, OptionalInt.of(SampleBloc.YEAR));

        assertThat(started.electionsRemoved()).isEqualTo(SampleBloc.ELECTIONS.size());
        try (Workspace copy = ThiDua.open(started.copy())) {
            Season y2019 = copy.blocs().requireSeason(copy.blocs().requireBloc(SampleBloc.BLOC_CODE), SampleBloc.YEAR);
            assertThat(copy.elections().elections(y2019)).isEmpty();
            assertThat(copy.audit().chain().isIntact()).isTrue();
            // The same title as the closed one of the real file is taken again, without "again".
            long id = copy.elections().create(y2019, new ElectionService.Draft(SampleBloc.ELECTIONS.get(0)[0], 1,
                    ThresholdOperator.GT, BigDecimal.valueOf(50), Base.VALID, 8, List.of(),
                    EligibilityRule.excellent(), true));
            copy.elections().enterBallot(id, "1");
            assertThat(copy.elections().ballots(id)).hasSize(1);
        }
        assertThat(rehearsal.end(real).untouched()).isTrue();
        try (Workspace ws = ThiDua.open(real)) {
            Season y2019 = ws.blocs().requireSeason(ws.blocs().requireBloc(SampleBloc.BLOC_CODE), SampleBloc.YEAR);
            assertThat(ws.elections().elections(y2019)).hasSize(SampleBloc.ELECTIONS.size())
                    .allMatch(e -> e.closed());
        }
    }

    @Test
    void aSecondRehearsalIsRefusedWhileOneIsUnderWayAndEndingTwiceSaysThereIsNone() {
        Path real = sampleFile();
        rehearsal.start(real, null, OptionalInt.empty());

        assertThatThrownBy(() -> rehearsal.start(real, null, OptionalInt.empty()))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("rehearsal.error.exists"));
        assertThatThrownBy(() -> rehearsal.start(Rehearsal.copyOf(real), null, OptionalInt.empty()))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("rehearsal.error.isCopy"));
        rehearsal.end(real);
        assertThatThrownBy(() -> rehearsal.end(real))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("rehearsal.error.none"));
    }

    @Test
    void neitherTheOpenRealFileIsCopiedNorTheOpenCopyDiscarded() {
        Path real = sampleFile();
        try (Workspace open = ThiDua.open(real)) {
            assertThatThrownBy(() -> rehearsal.start(real, null, OptionalInt.empty()))
                    .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("rehearsal.error.inUse"));
        }
        assertThat(Rehearsal.underWay(real)).isFalse();
        Path copy = rehearsal.start(real, null, OptionalInt.empty()).copy();
        try (Workspace open = ThiDua.open(copy)) {
            assertThatThrownBy(() -> rehearsal.end(real))
                    .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.key()).isEqualTo("rehearsal.error.copyInUse"));
            assertThat(copy).exists();
        }
        rehearsal.end(real);
        assertThat(copy).doesNotExist();
    }

    @Test
    void aRealFileChangedDuringTheRehearsalIsSaidNotUntouched() {
        Path real = sampleFile();
        rehearsal.start(real, null, OptionalInt.empty());
        try (Workspace ws = ThiDua.open(real)) {
            ws.blocs().startYear(ws.blocs().requireBloc(SampleBloc.BLOC_CODE).id(), 2021);
        }

        assertThat(rehearsal.end(real).untouched()).isFalse();
    }

    @Test
    void theCopyIsNamedBesideTheRealFileAndKnownByItsName() {
        Path real = dir.resolve("khoi.mv.db");
        Path copy = Rehearsal.copyOf(real);
        assertThat(copy).isEqualTo(dir.resolve("khoi.dien-tap.mv.db"));
        assertThat(Rehearsal.isCopy(copy)).isTrue();
        assertThat(Rehearsal.isCopy(real)).isFalse();
        assertThat(Rehearsal.realOf(copy)).isEqualTo(real.toAbsolutePath());
    }

    private static List<String> names(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
