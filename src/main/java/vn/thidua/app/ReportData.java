package vn.thidua.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.ScoringService.ScoreboardData;
import vn.thidua.app.documents.BallotPaperData;
import vn.thidua.app.documents.DocumentHeader;
import vn.thidua.app.documents.IndicatorRow;
import vn.thidua.app.documents.MinutesData;
import vn.thidua.app.documents.ProposalData;
import vn.thidua.app.documents.Signature;
import vn.thidua.app.documents.WorkbookData;
import vn.thidua.app.documents.YearReportData;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.bloc.LegalBasis;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.YearTexts;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.text.VnFormat;

/**
 * Fills the report layer's records from a bloc's year. What the data does not hold yet (the
 * superior body, the place, the counting committee's and signers' names, document numbers) is
 * left as dotted blanks to write by hand, never invented.
 *
 * <p>Here: what every document shares (the year's {@link Context}, the heading, the legal basis, the
 * head's signature) and the list of blanks. Each document is made by its own builder
 * ({@link MinutesBuilder}, {@link ProposalBuilder}, {@link YearReportBuilder}, {@link WorkbookBuilder},
 * {@link BallotPapersBuilder}); their Vietnamese phrases are in {@link VnProse}.
 */
final class ReportData {

    /** A blank to fill in by hand on the printed page. */
    static final String BLANK = "…………";
    static final String ADDRESSEE = "Hội đồng Thi đua – Khen thưởng tỉnh";
    private static final Locale VI = Texts.VIETNAMESE;

    private final BlocService blocs;
    private final ScoringService scoring;
    private final ElectionService elections;
    private final Clock clock;
    private final MinutesBuilder minutes;
    private final ProposalBuilder proposal;
    private final YearReportBuilder yearReport;
    private final WorkbookBuilder workbook;

    ReportData(BlocService blocs, ScoringService scoring, ElectionService elections, Texts texts, Clock clock) {
        this.blocs = blocs;
        this.scoring = scoring;
        this.elections = elections;
        this.clock = clock;
        PutForwards putForwards = new PutForwards(elections);
        this.minutes = new MinutesBuilder(elections, texts);
        this.proposal = new ProposalBuilder(putForwards);
        this.yearReport = new YearReportBuilder(blocs, scoring, putForwards, texts);
        this.workbook = new WorkbookBuilder(scoring, elections, texts);
    }

    /** Everything read once per run and shared by the documents. */
    record Context(Bloc bloc, Season season, ConferenceDetails details, YearTexts texts,
                   List<Unit> members,
                   ScoreboardData scoreboard, List<StoredElection> all, Map<Long, ElectionStore.Times> times,
                   LocalDate date) {

        List<StoredElection> firstRounds() {
            return all.stream().filter(e -> !e.settings().isRunoff()).toList();
        }
    }

    Context context(Bloc bloc, Season season) {
        List<StoredElection> all = elections.elections(season).stream()
                .sorted(Comparator.comparingLong(StoredElection::id)).toList();
        Map<Long, ElectionStore.Times> times = new HashMap<>();
        all.forEach(e -> times.put(e.id(), elections.times(e.id())));
        // The conference day recorded for the year; else the day the last election closed.
        ConferenceDetails details = blocs.conferenceDetails(season);
        LocalDate date = details.day().orElseGet(() -> times.values().stream()
                .map(ElectionStore.Times::closed).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).map(LocalDateTime::toLocalDate)
                .orElseGet(() -> LocalDate.now(clock)));
        return new Context(bloc, season, details, blocs.yearTexts(season), blocs.members(season), scoring.scoreboard(season), all, times, date);
    }

    // ---- the heading

    static DocumentHeader header(Context ctx, String kindSymbol) {
        ConferenceDetails details = ctx.details();
        String superior = details.superiorBody().toUpperCase(VI);
        if (lacksItsName(details.superiorBody())) {
            superior = superior + " " + BLANK;
        }
        return new DocumentHeader(superior, ctx.bloc().name().toUpperCase(VI),
                "      /" + kindSymbol + "-" + symbol(ctx.bloc().name()), details.place(), ctx.date());
    }

    /** "UBND tỉnh" with no province after it: the heading would print a body without its name. */
    static boolean lacksItsName(String superiorBody) {
        String s = superiorBody.strip().toLowerCase(VI);
        return s.endsWith(" tỉnh") || s.endsWith(" thành phố") || s.equals("ubnd") || s.equals("ủy ban nhân dân");
    }

    // ---- what would print as a blank

    /**
     * Every field of the chosen documents that would print as a dotted blank to write by hand, as
     * message keys with their arguments, in the order they appear on the pages.
     */
    List<ReportService.Note> blanks(Context ctx, Set<ReportService.Document> documents) {
        List<ReportService.Note> out = new ArrayList<>();
        ConferenceDetails d = ctx.details();
        boolean minutes = documents.contains(ReportService.Document.MINUTES)
                && ctx.firstRounds().stream().anyMatch(StoredElection::closed);
        boolean proposal = documents.contains(ReportService.Document.PROPOSAL);
        boolean yearReport = documents.contains(ReportService.Document.YEAR_REPORT);
        if (!(minutes || proposal || yearReport)) {
            return out;
        }
        if (d.superiorBody().isEmpty()) {
            out.add(note("reports.blank.superior"));
        } else if (lacksItsName(d.superiorBody())) {
            out.add(note("reports.blank.superiorName", d.superiorBody()));
        }
        if (d.place().isEmpty()) {
            out.add(note("reports.blank.place"));
        }
        if (d.day().isEmpty()) {
            out.add(note("reports.blank.day", VnFormat.formatDate(ctx.date())));
        }
        List<String> numbered = new ArrayList<>();
        if (minutes) {
            for (StoredElection e : ctx.firstRounds()) {
                if (e.closed()) {
                    numbered.add("Biên bản kiểm phiếu " + e.settings().title());
                }
            }
        }
        if (proposal) {
            numbered.add("Tờ trình đề nghị khen thưởng");
        }
        if (yearReport) {
            numbered.add("Báo cáo tổng kết");
        }
        numbered.forEach(n -> out.add(note("reports.blank.number", n)));
        if (minutes) {
            if (d.countingHead().isEmpty()) {
                out.add(note("reports.blank.countingHead"));
            }
            if (d.countingMembers().isEmpty()) {
                out.add(note("reports.blank.countingMembers"));
            }
            for (StoredElection e : ctx.firstRounds()) {
                if (!e.closed()) {
                    continue;
                }
                ElectionStore.Times t = ctx.times().getOrDefault(e.id(), new ElectionStore.Times(null, null, null));
                if (MinutesBuilder.onTheDay(ctx.date(), t.firstBallot()).time() == null) {
                    out.add(note("reports.blank.meetingTime", e.settings().title()));
                }
                if (MinutesBuilder.onTheDay(ctx.date(), this.minutes.lastClose(ctx, e)).time() == null) {
                    out.add(note("reports.blank.approvedTime", e.settings().title()));
                }
            }
        }
        if (proposal || yearReport) {
            basisLines(ctx).stream().filter(l -> l.contains(LegalBasis.BLANK))
                    .forEach(l -> out.add(note(proposal ? "reports.blank.basis" : "reports.blank.basisReport", l.replace(LegalBasis.BLANK,
                            BLANK))));
        }
        if ((proposal || yearReport) && d.signer().isEmpty()) {
            out.add(note("reports.blank.signer"));
        }
        if (yearReport) {
            int next = ctx.season().year() + 1;
            Optional<Season> season = blocs.season(ctx.bloc().id(), next);
            if (season.map(Season::headUnitId).isEmpty()) {
                out.add(note("reports.blank.nextHead", next));
            }
            if (season.map(Season::deputyUnitId).isEmpty()) {
                out.add(note("reports.blank.nextDeputy", next));
            }
        }
        return out;
    }

    private static ReportService.Note note(String key, Object... args) {
        return new ReportService.Note(key, List.of(args));
    }

    /**
     * The issuer's symbol in a document number: the initials of its name, as offices write them
     * ("Khối thi đua Kinh tế ngành" → "KTĐKTN").
     */
    static String symbol(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
                sb.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return sb.toString();
    }

    static DocumentHeader withPlaceBlank(DocumentHeader h) {
        return h.place().isEmpty()
                ? new DocumentHeader(h.superiorBody(), h.issuingBody(), h.number(), BLANK, h.date()) : h;
    }

    /** The "Căn cứ" lines: the shipped ones in force on the conference day, a dotted blank where "…" stands. */
    static List<String> legalBasis(Context ctx) {
        return basisLines(ctx).stream().map(l -> l.replace(LegalBasis.BLANK, BLANK)).toList();
    }

    /** The year's own lines when the secretary wrote them, else the shipped ones in force on the conference day. */
    private static List<String> basisLines(Context ctx) {
        return ctx.texts().legalBasis().isEmpty()
                ? LegalBasis.defaults(ctx.date(), ctx.bloc().name()) : ctx.texts().legalBasis();
    }

    /** The head of the year signs for the bloc: "TRƯỞNG KHỐI" over the head unit's name. */
    static Signature headSignature(Context ctx) {
        String unit = unitName(ctx.members(), ctx.season().headUnitId());
        return new Signature(unit.isEmpty() ? "TRƯỞNG KHỐI" : "TRƯỞNG KHỐI\n" + unit.toUpperCase(VI),
                ctx.details().signer());
    }

    static String unitName(List<Unit> units, Long id) {
        return units.stream().filter(u -> Long.valueOf(u.id()).equals(id)).map(Unit::fullName).findFirst().orElse("");
    }

    static List<Unit> sortedMembers(Context ctx) {
        return ctx.members().stream().sorted(Comparator.comparing(Unit::fullName, VnFormat.nameOrder())).toList();
    }

    static IndicatorRow row(Indicator i) {
        return new IndicatorRow(i.name(), i.measureUnit(), i.plan(), i.actual(), i.previousYear(),
                i.percentOfPlan().orElse(null), i.growth().orElse(null));
    }

    // ---- the documents, each made by its builder

    MinutesData minutes(Context ctx, StoredElection e) {
        return minutes.build(ctx, e);
    }

    ProposalData proposal(Context ctx) {
        return proposal.build(ctx);
    }

    YearReportData yearReport(Context ctx) {
        return yearReport.build(ctx);
    }

    WorkbookData workbook(Context ctx) {
        return workbook.build(ctx);
    }

    BallotPaperData ballotPapers(Context ctx, StoredElection e) {
        return BallotPapersBuilder.build(ctx, e);
    }
}
