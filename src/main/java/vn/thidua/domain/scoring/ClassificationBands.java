package vn.thidua.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.thidua.domain.bloc.Problem;

/**
 * The bloc's thresholds for each classification: a minimum total and a minimum share of every
 * regular criterion's maximum. A setting of the year, not a constant: provinces differ.
 */
public record ClassificationBands(Band excellent, Band good, Band completed) {

    public static final String TOTAL_RANGE = "bands.error.totalRange";
    public static final String PERCENT_RANGE = "bands.error.percentRange";
    public static final String TOTALS_NOT_DESCENDING = "bands.error.totalsNotDescending";
    public static final String PERCENTS_NOT_DESCENDING = "bands.error.percentsNotDescending";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** @param minCriterionPercent every regular criterion must reach this percent of its maximum */
    public record Band(BigDecimal minTotal, BigDecimal minCriterionPercent) {

        public Band {
            Objects.requireNonNull(minTotal, "minTotal");
            Objects.requireNonNull(minCriterionPercent, "minCriterionPercent");
        }

        public boolean totalMet(BigDecimal total) {
            return total.compareTo(minTotal) >= 0;
        }

        /** value ≥ percent × max / 100, compared without dividing. */
        public boolean criterionMet(BigDecimal value, BigDecimal max) {
            return value.multiply(HUNDRED).compareTo(minCriterionPercent.multiply(max)) >= 0;
        }
    }

    public ClassificationBands {
        Objects.requireNonNull(excellent, "excellent");
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(completed, "completed");
    }

    /** 90 points with none below 85 %, 80 with 80 %, 70 with 70 % (a real provincial draft). */
    public static ClassificationBands defaults() {
        return new ClassificationBands(band(90, 85), band(80, 80), band(70, 70));
    }

    private static Band band(int minTotal, int minPercent) {
        return new Band(BigDecimal.valueOf(minTotal), BigDecimal.valueOf(minPercent));
    }

    /** The band of a classification; not completed has none, it is what is left. */
    public Optional<Band> band(Classification classification) {
        return switch (classification) {
            case EXCELLENT -> Optional.of(excellent);
            case GOOD -> Optional.of(good);
            case COMPLETED -> Optional.of(completed);
            case NOT_COMPLETED -> Optional.empty();
        };
    }

    /** Totals not negative and strictly descending; percents within 0–100 and not rising. */
    public List<Problem> check() {
        List<Problem> problems = new ArrayList<>();
        List<Band> bands = List.of(excellent, good, completed);
        for (int i = 0; i < bands.size(); i++) {
            String field = Classification.values()[i].code();
            Band b = bands.get(i);
            if (b.minTotal().signum() < 0) {
                problems.add(Problem.of(field, TOTAL_RANGE));
            }
            if (b.minCriterionPercent().signum() < 0 || b.minCriterionPercent().compareTo(HUNDRED) > 0) {
                problems.add(Problem.of(field, PERCENT_RANGE));
            }
            if (i > 0 && b.minTotal().compareTo(bands.get(i - 1).minTotal()) >= 0) {
                problems.add(Problem.of(field, TOTALS_NOT_DESCENDING));
            }
            if (i > 0 && b.minCriterionPercent().compareTo(bands.get(i - 1).minCriterionPercent()) > 0) {
                problems.add(Problem.of(field, PERCENTS_NOT_DESCENDING));
            }
        }
        return problems;
    }
}
