package vn.thidua.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.domain.text.VnFormat;

/** Totals, ranks and classifications of a bloc's year (bảng điểm), as DOMAIN.md defines them. */
public final class Scoreboard {

    private Scoreboard() {
    }

    /**
     * One row per unit, best first. Scores of units not in {@code units} are left out; a score
     * on a criterion the table does not have, or two scores for one unit and criterion, are
     * refused since either would make the result depend on how the data was gathered.
     */
    public static List<ScoreboardRow> compute(ScoringTable table, List<UnitRef> units, List<Score> scores,
                                              ClassificationBands bands) {
        Map<Long, Map<Long, Score>> byUnit = index(table, units, scores);
        Comparator<String> names = VnFormat.nameOrder();
        List<ScoreboardRow> unranked = units.stream()
                .map(u -> tally(table, u, byUnit.get(u.unitId()), bands))
                .sorted(Comparator.comparing(ScoreboardRow::total, Comparator.reverseOrder())
                        .thenComparing(ScoreboardRow::unitName, names)
                        .thenComparingLong(ScoreboardRow::unitId))
                .toList();
        List<ScoreboardRow> rows = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            ScoreboardRow row = unranked.get(i);
            // Equal totals share the rank of the first of them; the next rank skips (1, 2, 2, 4).
            boolean tied = i > 0 && row.total().compareTo(unranked.get(i - 1).total()) == 0;
            rows.add(row.withRank(tied ? rows.get(i - 1).rank() : i + 1));
        }
        return List.copyOf(rows);
    }

    private static Map<Long, Map<Long, Score>> index(ScoringTable table, List<UnitRef> units, List<Score> scores) {
        Map<Long, Map<Long, Score>> byUnit = new HashMap<>();
        for (UnitRef u : units) {
            if (byUnit.put(u.unitId(), new HashMap<>()) != null) {
                throw new IllegalArgumentException("unit " + u.unitId() + " listed twice");
            }
        }
        Set<Long> criteria = new HashSet<>();
        table.criteria().forEach(c -> criteria.add(c.id()));
        for (Score s : scores) {
            if (!criteria.contains(s.criterionId())) {
                throw new IllegalArgumentException("score on criterion " + s.criterionId() + ", not in the table");
            }
            Map<Long, Score> ofUnit = byUnit.get(s.unitId());
            if (ofUnit != null && ofUnit.put(s.criterionId(), s) != null) {
                throw new IllegalArgumentException("two scores for unit " + s.unitId() + " on criterion " + s.criterionId());
            }
        }
        return byUnit;
    }

    private static ScoreboardRow tally(ScoringTable table, UnitRef unit, Map<Long, Score> scores,
                                       ClassificationBands bands) {
        Map<String, BigDecimal> subtotals = new LinkedHashMap<>();
        List<Scored> regular = new ArrayList<>();
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal deduction = BigDecimal.ZERO;
        boolean provisional = false;
        for (Criterion c : table.criteria()) {
            Score score = scores.get(c.id());
            BigDecimal value = score == null || score.effective() == null ? BigDecimal.ZERO : score.effective();
            // A bonus or deduction line left empty means "none"; a regular criterion left empty
            // is not scored yet, so the row is provisional.
            boolean unscored = score == null || score.effective() == null;
            provisional |= c.isRegular() ? unscored || score.isProvisional() : !unscored && score.isProvisional();
            switch (c.kind()) {
                case REGULAR -> {
                    regular.add(new Scored(c, value));
                    subtotals.merge(c.groupCode(), value, BigDecimal::add);
                }
                case BONUS -> bonus = bonus.add(value);
                case DEDUCTION -> deduction = deduction.add(value);
            }
        }
        BigDecimal total = subtotals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).add(bonus).subtract(deduction);
        Classification classification = classify(total, regular, bands);
        return new ScoreboardRow(unit.unitId(), unit.name(), subtotals, bonus, deduction, total, 0,
                classification, provisional, belowNextBand(total, classification, regular, bands));
    }

    /** The first band met, from the top. Bonus and deduction count in the total only. */
    private static Classification classify(BigDecimal total, List<Scored> regular,
                                           ClassificationBands bands) {
        for (Classification c : List.of(Classification.EXCELLENT, Classification.GOOD, Classification.COMPLETED)) {
            ClassificationBands.Band band = bands.band(c).orElseThrow();
            if (band.totalMet(total) && below(band, regular).isEmpty()) {
                return c;
            }
        }
        return Classification.NOT_COMPLETED;
    }

    private static List<String> belowNextBand(BigDecimal total, Classification classification,
                                              List<Scored> regular, ClassificationBands bands) {
        return classification.higher()
                .flatMap(bands::band)
                .filter(b -> b.totalMet(total))
                .map(b -> below(b, regular))
                .orElse(List.of());
    }

    private static List<String> below(ClassificationBands.Band band, List<Scored> regular) {
        List<String> below = new ArrayList<>();
        for (Scored s : regular) {
            if (!band.criterionMet(s.value(), s.criterion().max())) {
                below.add(s.criterion().code());
            }
        }
        return below;
    }

    /** A regular criterion and the unit's points on it, in the table's order. */
    private record Scored(Criterion criterion, BigDecimal value) {
    }
}
