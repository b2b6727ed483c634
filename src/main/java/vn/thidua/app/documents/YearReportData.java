package vn.thidua.app.documents;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The year-end report (báo cáo tổng kết) of the bloc.
 *
 * @param narrative  the report's prose, one paragraph per entry
 * @param scoreboard in rank order, as the app's scoreboard lists it
 * @param nextHead   next year's head unit; nextDeputy likewise
 * @param legalBasis the "Căn cứ …" lines the report rests on, as in {@link ProposalData#legalBasis()}
 */
public record YearReportData(DocumentHeader header, String blocName, int year, List<String> narrative,
                             List<IndicatorSection> sectors, List<ScoreRow> scoreboard,
                             List<ElectionResult> elections, String nextHead, String nextDeputy,
                             Signature signer, List<String> recipients, NextYear nextYear,
                             List<String> legalBasis) {

    /** A report without its own "Căn cứ" lines. */
    public YearReportData(DocumentHeader header, String blocName, int year, List<String> narrative,
                          List<IndicatorSection> sectors, List<ScoreRow> scoreboard,
                          List<ElectionResult> elections, String nextHead, String nextDeputy,
                          Signature signer, List<String> recipients, NextYear nextYear) {
        this(header, blocName, year, narrative, sectors, scoreboard, elections, nextHead, nextDeputy, signer,
                recipients, nextYear, List.of());
    }

    /** A report without the next year's section: its title then does not promise one. */
    public YearReportData(DocumentHeader header, String blocName, int year, List<String> narrative,
                          List<IndicatorSection> sectors, List<ScoreRow> scoreboard,
                          List<ElectionResult> elections, String nextHead, String nextDeputy,
                          Signature signer, List<String> recipients) {
        this(header, blocName, year, narrative, sectors, scoreboard, elections, nextHead, nextDeputy, signer,
                recipients, NextYear.NONE, List.of());
    }

    /**
     * "Phương hướng, nhiệm vụ năm …": the prose and the key tasks the secretary writes. Empty, the
     * report has no such section and its title does not name one.
     */
    public record NextYear(List<String> paragraphs, List<String> tasks) {
        public static final NextYear NONE = new NextYear(List.of(), List.of());

        public NextYear {
            paragraphs = paragraphs.stream().filter(p -> !p.isBlank()).toList();
            tasks = tasks.stream().filter(t -> !t.isBlank()).toList();
        }

        public boolean isEmpty() {
            return paragraphs.isEmpty() && tasks.isEmpty();
        }
    }

    public YearReportData {
        nextYear = nextYear == null ? NextYear.NONE : nextYear;
        legalBasis = legalBasis == null ? List.of() : legalBasis.stream().filter(l -> !l.isBlank()).toList();
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(blocName, "blocName");
        narrative = List.copyOf(narrative);
        sectors = List.copyOf(sectors);
        scoreboard = List.copyOf(scoreboard);
        elections = List.copyOf(elections);
        Objects.requireNonNull(nextHead, "nextHead");
        Objects.requireNonNull(nextDeputy, "nextDeputy");
        Objects.requireNonNull(signer, "signer");
        recipients = List.copyOf(recipients);
    }

    /** A sector's indicators, e.g. "Lĩnh vực công thương". */
    public record IndicatorSection(String sector, List<IndicatorRow> rows) {
        public IndicatorSection {
            Objects.requireNonNull(sector, "sector");
            rows = List.copyOf(rows);
        }
    }

    /** @param classification e.g. "Hoàn thành xuất sắc nhiệm vụ" */
    public record ScoreRow(int rank, String unitName, BigDecimal total, String classification) {
        public ScoreRow {
            Objects.requireNonNull(unitName, "unitName");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(classification, "classification");
        }
    }

    /** A title and the units put forward for it (possibly none). */
    public record ElectionResult(String title, List<String> units) {
        public ElectionResult {
            Objects.requireNonNull(title, "title");
            units = List.copyOf(units);
        }
    }
}
