package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionKind;
import vn.thidua.domain.scoring.Score;
import vn.thidua.store.Database;
import vn.thidua.store.JdbcBlocStore;
import vn.thidua.store.JdbcScoringStore;
import vn.thidua.testing.Backend;
import vn.thidua.testing.TestData;

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
    /**
     * The criterion deleted in the instant between the service's look at the table and the score's write (the
     * deletion committed just before the write): refused as deleted, in words, and nothing written.
     */
    @Test
    void aScoreWrittenTheInstantItsCriterionIsDeletedIsRefusedAsDeleted() {
        TestData.openSample(dir).close();
        try (Database db = Database.open(dir.resolve("test.mv.db"))) {
            JdbcScoringStore real = new JdbcScoringStore(db);
            ScoringStore deletingFirst = (ScoringStore) Proxy.newProxyInstance(ScoringStore.class.getClassLoader(),
                    new Class<?>[] {ScoringStore.class}, (proxy, method, args) -> {
                        if (method.getName().equals("saveScore") && args.length == 2) {
                            real.deleteCriterion(((Score) args[0]).criterionId());
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            BlocService blocs = new BlocService(new JdbcBlocStore(db, List.of(JdbcScoringStore.copyStep())));
            ScoringService scoring = new ScoringService(deletingFirst, blocs);
            Season year = blocs.requireSeason(blocs.requireBloc("KTN"), 2019);
            long ct = blocs.members(year).stream().filter(u -> u.code().equals("CT")).findFirst().orElseThrow().id();
            Criterion k = scoring.table(year).criterionByCode("1.2").orElseThrow();
            int seen = scoring.scoreVersions(year, ct).get(k.id()).version();

            ValidationException refused = catchThrowableOfType(ValidationException.class,
                    () -> scoring.enterScore(year, ct, k.id(), "", "8", "", seen));

            assertThat(refused).as("refused in words, not a data error").isNotNull();
            assertThat(Texts.vietnamese().all(refused.problems())).isEqualTo("Tiêu chí này đã bị xóa khỏi bảng điểm năm"
                    + " 2019 ở nơi khác; điểm này chưa được lưu. Hãy tải lại.");
            assertThat(scoring.table(year).criterionByCode("1.2")).isEmpty();
            assertThat(scoring.scores(year)).noneMatch(x -> x.criterionId() == k.id());
        }
    }
}
