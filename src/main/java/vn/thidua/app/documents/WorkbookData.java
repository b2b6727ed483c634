package vn.thidua.app.documents;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the year's Excel workbook holds. Scores are the bloc scores; the workbook computes
 * totals, ranks and classifications itself, with formulas, so an edit in Excel recomputes them.
 */
public record WorkbookData(String blocName, int year, List<WorkbookUnit> units, List<CriterionGroup> groups,
                           ClassificationBands bands, List<UnitIndicators> indicators,
                           List<ElectionSheet> elections) {

    public WorkbookData {
        Objects.requireNonNull(blocName, "blocName");
        units = List.copyOf(units);
        groups = List.copyOf(groups);
        Objects.requireNonNull(bands, "bands");
        indicators = List.copyOf(indicators);
        elections = List.copyOf(elections);
    }

    /**
     * @param scores criterion code → bloc score; a criterion missing here (or mapped to null) is not
     *               scored yet and shows as an empty cell
     */
    public record WorkbookUnit(String code, String name, Map<String, BigDecimal> scores) {
        public WorkbookUnit {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            // Map.copyOf refuses nulls, and a null score is allowed: keep the caller's map.
            Objects.requireNonNull(scores, "scores");
        }

        public BigDecimal score(String criterionCode) {
            return scores.get(criterionCode);
        }
    }

    public record CriterionGroup(String name, List<Criterion> criteria) {
        public CriterionGroup {
            Objects.requireNonNull(name, "name");
            criteria = List.copyOf(criteria);
        }
    }

    /** @param max the most a unit may score on it; for a deduction, the most that may be taken off */
    public record Criterion(String code, String name, BigDecimal max, CriterionKind kind) {
        public Criterion {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(max, "max");
            Objects.requireNonNull(kind, "kind");
        }
    }

    public enum CriterionKind { REGULAR, BONUS, DEDUCTION }

    /** The bands, checked from the top; a unit meeting none is "Không hoàn thành nhiệm vụ". */
    public record ClassificationBands(Band excellent, Band good, Band completed) {
        public ClassificationBands {
            Objects.requireNonNull(excellent, "excellent");
            Objects.requireNonNull(good, "good");
            Objects.requireNonNull(completed, "completed");
        }
    }

    /**
     * @param minTotal   the least total, e.g. 90
     * @param minPercent the least share of its maximum every regular criterion must reach, in
     *                   percent, e.g. 85
     */
    public record Band(BigDecimal minTotal, BigDecimal minPercent) {
        public Band {
            Objects.requireNonNull(minTotal, "minTotal");
            Objects.requireNonNull(minPercent, "minPercent");
        }
    }

    public record UnitIndicators(String unitName, List<IndicatorRow> rows) {
        public UnitIndicators {
            Objects.requireNonNull(unitName, "unitName");
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param seats        how many units the title may go to
     * @param validBallots the ballots the percentages were taken of
     */
    /**
     * One election round's sheet.
     *
     * @param title  the election's title, without the round
     * @param round  1 for the election itself, 2… for its runoffs
     * @param rule   the threshold in words, e.g. "trên 50% số phiếu hợp lệ"
     * @param rows   in the count's order: most votes first, equal votes by Vietnamese name
     */
    public record ElectionSheet(String title, int round, int seats, Papers papers, String rule,
                                List<ElectionRow> rows) {
        public ElectionSheet {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(papers, "papers");
            Objects.requireNonNull(rule, "rule");
            rows = List.copyOf(rows);
        }
    }

    /** The papers of a round: issued, returned (= valid + invalid), valid, invalid; the base of the percentages. */
    public record Papers(int issued, int returned, int valid, int invalid, int base) {
    }

    /** @param result e.g. "Được suy tôn" */
    public record ElectionRow(String unitName, int votes, BigDecimal percent, String result) {
        public ElectionRow {
            Objects.requireNonNull(unitName, "unitName");
            Objects.requireNonNull(percent, "percent");
            Objects.requireNonNull(result, "result");
        }
    }
}
