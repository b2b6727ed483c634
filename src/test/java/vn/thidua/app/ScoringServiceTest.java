package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.ScoreboardRow;
import vn.thidua.testing.TestData;

/** Scoring use cases on the sample bloc, in a real H2 file. */
class ScoringServiceTest {

    @TempDir
    Path dir;
    Workspace ws;
    Bloc ktn;
    Season y2019;

    @BeforeEach
    void open() {
        ws = TestData.openSample(dir);
        ktn = ws.blocs().requireBloc("KTN");
        y2019 = ws.blocs().requireSeason(ktn, 2019);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Unit unit(Season s, String code) {
        return ws.blocs().memberByCode(s, code).orElseThrow();
    }

    @Test
    void sample2019ScoreboardHasSevenExcellentAndOneGood() {
        var data = ws.scoring().scoreboard(y2019);
        Map<Classification, Long> counts = data.rows().stream()
                .collect(Collectors.groupingBy(ScoreboardRow::classification, Collectors.counting()));
        assertThat(counts).containsEntry(Classification.EXCELLENT, 7L).containsEntry(Classification.GOOD, 1L);
        assertThat(data.rows()).hasSize(8).allSatisfy(r -> assertThat(r.provisional()).isFalse());
        assertThat(data.table().regularMax()).isEqualByComparingTo("100");
    }

    @Test
    void scoreAboveTheMaximumIsRefusedNamingCriterionAndMaximum() {
        Criterion c = ws.scoring().table(y2019).criterionByCode("1.1").orElseThrow();
        ValidationException e = catchThrowableOfType(ValidationException.class, () ->
                ws.scoring().enterScore(y2019, unit(y2019, "CT").id(), c.id(), "18", "25", ""));
        String message = Texts.vietnamese().all(e.problems());
        assertThat(message).contains("1.1").contains("20").contains("25");
        assertThat(e.problems()).extracting(p -> p.field()).containsExactly("bloc");
    }

    @Test
    void correctingABlocScoreChangesTheScoreboard() {
        Unit ct = unit(y2019, "CT");
        Criterion c = ws.scoring().table(y2019).criterionByCode("1.1").orElseThrow();
        var before = row(ct);
        ws.scoring().enterScore(y2019, ct.id(), c.id(), "20", "10", "Sửa theo ý kiến hội nghị");
        var after = row(ct);
        assertThat(after.total()).isLessThan(before.total());
        assertThat(after.classification()).isNotEqualTo(Classification.EXCELLENT);
    }

    @Test
    void aSelfScoreWithoutBlocScoreMakesTheRowProvisional() {
        Unit xd = unit(y2019, "XD");
        Criterion c = ws.scoring().table(y2019).criterionByCode("2.1").orElseThrow();
        ws.scoring().enterScore(y2019, xd.id(), c.id(), "7,5", "", "");
        assertThat(row(xd).provisional()).isTrue();
    }

    @Test
    void newYearCopiesTheScoringTableAndBandsButNotScores() {
        Season y2020 = ws.blocs().requireSeason(ktn, 2020);
        assertThat(ws.scoring().table(y2020).criteria()).extracting(Criterion::code)
                .isEqualTo(ws.scoring().table(y2019).criteria().stream().map(Criterion::code).toList());
        assertThat(ws.scoring().scores(y2020)).isEmpty();
    }

    @Test
    void indicatorsAcceptVietnameseFiguresAndCopyNamesToTheNextYear() {
        Unit ct = unit(y2019, "CT");
        assertThat(ws.scoring().indicators(y2019, ct.id())).isNotEmpty();
        Indicator i = ws.scoring().saveIndicator(y2019, 0, ct.id(), "Giá trị sản xuất thử", "tỷ đồng",
                "100.000", "108.500", "93.293", "");
        assertThat(i.actual()).isEqualByComparingTo("108500");
        assertThat(i.percentOfPlan()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("108.5"));

        ValidationException bad = catchThrowableOfType(ValidationException.class, () -> ws.scoring()
                .saveIndicator(y2019, 0, ct.id(), "Xuất khẩu", "triệu USD", "1,234,567", "", "", ""));
        assertThat(bad.problems()).extracting(p -> p.field()).containsExactly("plan");

        Season y2020 = ws.blocs().requireSeason(ktn, 2020);
        int copied = ws.scoring().copyIndicatorNamesFromLastYear(y2020, ct.id());
        assertThat(copied).isEqualTo(ws.scoring().indicators(y2019, ct.id()).size());
        assertThat(ws.scoring().indicators(y2020, ct.id())).allSatisfy(n -> {
            assertThat(n.plan()).isNull();
            assertThat(n.actual()).isNull();
        });
        assertThat(ws.scoring().copyIndicatorNamesFromLastYear(y2020, ct.id())).isZero();
    }

    @Test
    void historyListsEveryYearOfTheUnit() {
        Unit gtvt = unit(y2019, "GTVT");
        var history = ws.scoring().history(ktn, gtvt.id());
        assertThat(history).extracting(ScoringService.YearSummary::year).containsExactly(2019, 2020);
        assertThat(history.get(0).row()).isPresent();
        assertThat(history.get(1).row()).isEmpty();
    }

    private ScoreboardRow row(Unit u) {
        return ws.scoring().scoreboard(y2019).rows().stream()
                .collect(Collectors.toMap(ScoreboardRow::unitId, Function.identity())).get(u.id());
    }
}
