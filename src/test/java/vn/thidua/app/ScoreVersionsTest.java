package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionKind;
import vn.thidua.domain.scoring.Score;
import vn.thidua.testing.Backend;

/**
 * Two windows on the same bloc-year (issue 19): a score saved from a window that read it before another
 * window saved it is refused, saying which score and when, and nothing is overwritten; saved again after
 * a reload, it is taken. On PostgreSQL the two windows are two programs with their own connections; an H2
 * file admits one program, so there the two windows share its one database, as two screens of one window do.
 */
class ScoreVersionsTest {

    @TempDir
    Path dir;

    private static int seen(Workspace ws, Season s, long unitId, long criterionId) {
        return ws.scoring().scoreVersions(s, unitId).getOrDefault(criterionId, ScoringStore.ScoreVersion.NONE).version();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aScoreSavedOnStaleDataIsRefusedNamingWhatChangedAndWhenThenTakenAfterAReload(Backend backend) {
        try (TwoWindows w = TwoWindows.overTheSample(backend, dir, "versions")) {
            Workspace one = w.one();
            Workspace other = w.other();
            Season year = w.year();
            long ct = w.unit("CT");
            Criterion k = one.scoring().table(year).criterionByCode("1.2").orElseThrow();
            int a = seen(one, year, ct, k.id());
            int b = seen(other, year, ct, k.id());
            assertThat(a).isEqualTo(b).isPositive();

            ScoringService.SavedScore first = other.scoring().enterScore(year, ct, k.id(), "", "9", "khối sửa", b);
            assertThat(first.version()).isEqualTo(b + 1);

            ValidationException stale = catchThrowableOfType(ValidationException.class,
                    () -> one.scoring().enterScore(year, ct, k.id(), "", "8", "ghi đè", a));
            assertThat(stale.problems()).singleElement().satisfies(p -> assertThat(p.key()).isEqualTo("scoring.error.stale"));
            String said = Texts.vietnamese().all(stale.problems());
            assertThat(said).contains("Điểm tiêu chí 1.2 của Sở Công Thương đã được sửa lúc")
                    .containsPattern("lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4} ở nơi khác");
            Score kept = one.scoring().scores(year).stream()
                    .filter(s -> s.unitId() == ct && s.criterionId() == k.id()).findFirst().orElseThrow();
            assertThat(kept.bloc()).as("nothing overwritten").isEqualByComparingTo("9");
            assertThat(kept.note()).isEqualTo("khối sửa");

            int reloaded = seen(one, year, ct, k.id());
            assertThat(reloaded).isEqualTo(b + 1);
            assertThat(one.scoring().enterScore(year, ct, k.id(), "", "8", "sau khi tải lại", reloaded).version())
                    .isEqualTo(b + 2);
            assertThat(catchThrowableOfType(ValidationException.class,
                    () -> other.scoring().enterScore(year, ct, k.id(), "", "7", "", first.version())))
                    .as("the other window is now the stale one").isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoWindowsScoringANewCriterionFirstTheSecondIsRefused(Backend backend) {
        try (TwoWindows w = TwoWindows.overTheSample(backend, dir, "fresh")) {
            Workspace one = w.one();
            Workspace other = w.other();
            Season year = w.year();
            long xd = w.unit("XD");
            long k = one.scoring().saveCriterion(year, one.scoring().table(year).groups().get(0).code(), 0, "1.9",
                    "Tiêu chí thêm", "5", CriterionKind.REGULAR, 99);
            assertThat(seen(one, year, xd, k)).isZero();
            assertThat(other.scoring().enterScore(year, xd, k, "4", "", "", 0).version()).isEqualTo(1);
            assertThat(catchThrowableOfType(ValidationException.class,
                    () -> one.scoring().enterScore(year, xd, k, "5", "", "", 0))).isNotNull();
        }
    }
}
