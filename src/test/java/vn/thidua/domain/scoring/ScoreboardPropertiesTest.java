package vn.thidua.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScoreboardPropertiesTest {

    private static final List<String> NAMES = List.of("Sở Công Thương", "Sở Giao thông Vận tải", "Sở Xây dựng",
            "Ban Dân tộc", "Ban Đối ngoại", "Sở Tài chính", "Sở Tư pháp", "Ơn", "Ôn", "On");

    record Year(List<UnitRef> units, List<Score> scores) {
    }

    @Provide
    Arbitrary<Year> years() {
        // Names may repeat: the unit id must still settle the order.
        return Arbitraries.of(NAMES).list().ofMaxSize(10).flatMap(names -> {
            List<UnitRef> units = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                units.add(new UnitRef(100 + i, names.get(i)));
            }
            return Combinators.combine(units.stream().map(u -> scoresOf(u.unitId())).toList())
                    .as(perUnit -> new Year(units, perUnit.stream().flatMap(List::stream).toList()));
        });
    }

    /** Half points, near the top of regular lines and small on the others, so that ties and band edges are common. */
    private static Arbitrary<List<Score>> scoresOf(long unitId) {
        List<Arbitrary<Score>> lines = SmallTable.TABLE.criteria().stream().map(c -> {
            int lowest = c.isRegular() ? c.max().intValue() - 8 : 0;
            int highest = c.isRegular() ? c.max().intValue() : 2;
            Arbitrary<BigDecimal> value = Arbitraries.integers().between(2 * lowest, 2 * highest)
                    .map(halves -> BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2)));
            return Combinators.combine(value.injectNull(0.2), value.injectNull(0.2))
                    .as((self, bloc) -> new Score(unitId, c.id(), self, bloc, null))
                    .injectNull(0.1);
        }).toList();
        return Combinators.combine(lines).as(scores -> scores.stream().filter(Objects::nonNull).toList());
    }

    private static List<ScoreboardRow> compute(Year year) {
        return Scoreboard.compute(SmallTable.TABLE, year.units(), year.scores(), ClassificationBands.defaults());
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void rankOrderNeverContradictsTotals(@ForAll("years") Year year) {
        List<ScoreboardRow> rows = compute(year);

        for (int i = 1; i < rows.size(); i++) {
            ScoreboardRow above = rows.get(i - 1);
            ScoreboardRow below = rows.get(i);
            assertThat(above.total()).isGreaterThanOrEqualTo(below.total());
            assertThat(above.rank()).isLessThanOrEqualTo(below.rank());
            assertThat(above.rank() < below.rank()).isEqualTo(above.total().compareTo(below.total()) > 0);
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void equalTotalsMeanEqualRank(@ForAll("years") Year year) {
        List<ScoreboardRow> rows = compute(year);

        for (ScoreboardRow row : rows) {
            long better = rows.stream().filter(r -> r.total().compareTo(row.total()) > 0).count();
            assertThat(row.rank()).isEqualTo(better + 1);
            rows.stream().filter(r -> r.total().compareTo(row.total()) == 0)
                    .forEach(r -> assertThat(r.rank()).isEqualTo(row.rank()));
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void theResultDoesNotDependOnInputOrder(@ForAll("years") Year year, @ForAll long seed) {
        List<UnitRef> units = new ArrayList<>(year.units());
        List<Score> scores = new ArrayList<>(year.scores());
        Collections.shuffle(units, new Random(seed));
        Collections.shuffle(scores, new Random(~seed));

        assertThat(compute(new Year(units, scores))).isEqualTo(compute(year));
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void everyUnitGetsExactlyOneRow(@ForAll("years") Year year) {
        assertThat(compute(year)).extracting(ScoreboardRow::unitId)
                .containsExactlyInAnyOrderElementsOf(year.units().stream().map(UnitRef::unitId).toList());
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void aClassificationIsNeverAboveWhatTheTotalReaches(@ForAll("years") Year year) {
        ClassificationBands bands = ClassificationBands.defaults();
        for (ScoreboardRow row : compute(year)) {
            bands.band(row.classification())
                    .ifPresent(band -> assertThat(row.total()).isGreaterThanOrEqualTo(band.minTotal()));
        }
    }
}
