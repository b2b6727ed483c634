package vn.thidua.app;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;

/**
 * One bloc-year as an import workbook gives it, every value checked: what {@link ImportStore}
 * writes in one transaction. Units, criteria and scores are known by their codes; the ids of the
 * criteria are only their place in the workbook (the store gives the real ones).
 *
 * @param headCode   the head's unit code, or null
 * @param deputyCode the deputy's unit code, or null
 * @param texts      the year's Căn cứ lines and next-year section, each part only when its sheet is there
 */
public record YearImport(String blocCode, String blocName, int year, ConferenceDetails conference,
                         List<UnitLine> units, String headCode, String deputyCode, List<CriterionGroup> groups,
                         List<Criterion> criteria, ClassificationBands bands, List<ScoreLine> scores,
                         List<IndicatorLine> indicators, Texts texts) {

    /** A workbook without the sheets of the year's texts: the stored texts stay (a new year has none). */
    public YearImport(String blocCode, String blocName, int year, ConferenceDetails conference, List<UnitLine> units,
                      String headCode, String deputyCode, List<CriterionGroup> groups, List<Criterion> criteria,
                      ClassificationBands bands, List<ScoreLine> scores, List<IndicatorLine> indicators) {
        this(blocCode, blocName, year, conference, units, headCode, deputyCode, groups, criteria, bands, scores,
                indicators, Texts.KEEP);
    }

    public YearImport {
        Objects.requireNonNull(blocCode, "blocCode");
        Objects.requireNonNull(blocName, "blocName");
        Objects.requireNonNull(conference, "conference");
        units = List.copyOf(units);
        groups = List.copyOf(groups);
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(bands, "bands");
        scores = List.copyOf(scores);
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(texts, "texts");
    }

    /**
     * The words of the year's documents as the workbook gives them; a part is null when its sheet is not
     * in the workbook, and then the stored one stays. An empty {@code legalBasis} means the shipped lines.
     */
    public record Texts(List<String> legalBasis, List<String> plans, List<String> tasks) {

        public static final Texts KEEP = new Texts(null, null, null);

        public Texts {
            legalBasis = legalBasis == null ? null : List.copyOf(legalBasis);
            plans = plans == null ? null : List.copyOf(plans);
            tasks = tasks == null ? null : List.copyOf(tasks);
        }
    }

    /** A member unit of the year; {@code active} is the bloc-level flag a new unit gets. */
    public record UnitLine(String code, String fullName, String shortName, boolean active) {
    }

    /** A unit's scores on a criterion; either may be null (not scored). */
    public record ScoreLine(String unitCode, String criterionCode, BigDecimal self, BigDecimal bloc, String note) {
    }

    /** A unit's indicator; the figures may be null (unknown). Kept in the workbook's order per unit. */
    public record IndicatorLine(String unitCode, String name, String measureUnit, BigDecimal plan, BigDecimal actual,
                                BigDecimal previous, String note) {
    }
}
