package vn.thidua.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class Sample2019ScoringTest {

    private static final Map<String, String> NAMES = Map.of(
            "GTVT", "Sở Giao thông Vận tải",
            "CT", "Sở Công Thương",
            "NNPTNT", "Sở Nông nghiệp và Phát triển nông thôn",
            "TNMT", "Sở Tài nguyên và Môi trường",
            "XD", "Sở Xây dựng",
            "KHCN", "Sở Khoa học và Công nghệ",
            "TTTT", "Sở Thông tin và Truyền thông",
            "BQLKCN", "Ban Quản lý các khu công nghiệp");

    private static List<ScoreboardRow> scoreboard() {
        ScoringTable table = Sample2019Scoring.table();
        List<UnitRef> units = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        for (String code : Sample2019Scoring.unitCodes()) {
            long id = 10 + units.size();
            units.add(new UnitRef(id, NAMES.get(code)));
            ids.put(code, id);
        }
        List<Score> scores = Sample2019Scoring.scores().stream()
                .map(s -> s.toScore(ids.get(s.unitCode()), table)).toList();
        return Scoreboard.compute(table, units, scores, ClassificationBands.defaults());
    }

    @Test
    void theScoreboardKeepsWhatTheConferenceAnnounced() {
        assertThat(scoreboard()).extracting(ScoreboardRow::classification)
                .containsOnly(Classification.EXCELLENT, Classification.GOOD)
                .filteredOn(c -> c == Classification.EXCELLENT).hasSize(7);
    }

    @Test
    void everySampleScoreIsFinalAndWithinItsMaximum() {
        ScoringTable table = Sample2019Scoring.table();

        assertThat(scoreboard()).noneMatch(ScoreboardRow::provisional);
        assertThat(Sample2019Scoring.scores()).allSatisfy(s -> assertThat(
                ScoreRules.check(table.criterionByCode(s.criterionCode()).orElseThrow(), s.bloc())).isEmpty());
    }

    @Test
    void theSampleShowsASharedRank() {
        assertThat(scoreboard()).extracting(ScoreboardRow::rank).containsExactly(1, 2, 3, 3, 5, 6, 7, 8);
    }

    @Test
    void theTableHasAHundredRegularPointsInFiveGroupsAndOneBonusAndOneDeductionLine() {
        ScoringTable table = Sample2019Scoring.table();

        assertThat(table.regularMax()).isEqualByComparingTo("100");
        assertThat(table.ofKind(CriterionKind.REGULAR)).extracting(Criterion::groupCode).containsOnly("I", "II", "III", "IV", "V");
        assertThat(table.ofKind(CriterionKind.BONUS)).hasSize(1);
        assertThat(table.ofKind(CriterionKind.DEDUCTION)).hasSize(1);
    }

    @Test
    void theEightMembersAreKeyedByTheirCodes() {
        assertThat(Sample2019Scoring.unitCodes())
                .containsExactly("GTVT", "CT", "NNPTNT", "TNMT", "XD", "KHCN", "TTTT", "BQLKCN");
        assertThat(Sample2019Scoring.scores()).hasSize(8 * Sample2019Scoring.table().criteria().size());
    }
}
