package vn.thidua.app;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.ScoringService.ScoreboardData;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.Score;
import vn.thidua.domain.scoring.ScoreboardRow;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.domain.text.VnWords;
import vn.thidua.domain.voting.CandidateResult;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.domain.voting.FinalOutcome;
import vn.thidua.domain.voting.InvalidReason;
import vn.thidua.domain.voting.Outcome;
import vn.thidua.domain.voting.TallyResult;
import vn.thidua.domain.voting.ThresholdLevel;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.app.documents.DocumentHeader;
import vn.thidua.app.documents.IndicatorRow;
import vn.thidua.app.documents.MinutesData;
import vn.thidua.app.documents.ProposalData;
import vn.thidua.app.documents.Signature;
import vn.thidua.app.documents.WorkbookData;
import vn.thidua.app.documents.YearReportData;

/**
 * Fills the report layer's records from a bloc's year. What the data does not hold yet (the
 * superior body, the place, the counting committee's and signers' names, document numbers) is
 * left as dotted blanks to write by hand, never invented.
 */
final class ReportData {

    /** A blank to fill in by hand on the printed page. */
    static final String BLANK = "…………";
    private static final String NAME_BLANK = "……………………………";
    static final String ADDRESSEE = "Hội đồng Thi đua – Khen thưởng tỉnh";
    private static final Locale VI = Texts.VIETNAMESE;

    private final BlocService blocs;
    private final ScoringService scoring;
    private final ElectionService elections;
    private final Texts texts;
    private final Clock clock;

    ReportData(BlocService blocs, ScoringService scoring, ElectionService elections, Texts texts, Clock clock) {
        this.blocs = blocs;
        this.scoring = scoring;
        this.elections = elections;
        this.texts = texts;
        this.clock = clock;
    }

    /** Everything read once per run and shared by the documents. */
    record Context(Bloc bloc, Season season, ConferenceDetails details, vn.thidua.domain.bloc.YearTexts texts,
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
                .map(ElectionStore.Times::closed).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).map(LocalDateTime::toLocalDate)
                .orElseGet(() -> LocalDate.now(clock)));
        return new Context(bloc, season, details, blocs.yearTexts(season), blocs.members(season), scoring.scoreboard(season), all, times, date);
    }

    // ---- the heading

    DocumentHeader header(Context ctx, String kindSymbol) {
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
    List<ReportService.Note> blanks(Context ctx, java.util.Set<ReportService.Document> documents) {
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
                if (onTheDay(ctx.date(), t.firstBallot()).time() == null) {
                    out.add(note("reports.blank.meetingTime", e.settings().title()));
                }
                if (onTheDay(ctx.date(), lastClose(ctx, e)).time() == null) {
                    out.add(note("reports.blank.approvedTime", e.settings().title()));
                }
            }
        }
        if (proposal || yearReport) {
            basisLines(ctx).stream().filter(l -> l.contains(vn.thidua.domain.bloc.LegalBasis.BLANK))
                    .forEach(l -> out.add(note(proposal ? "reports.blank.basis" : "reports.blank.basisReport", l.replace(vn.thidua.domain.bloc.LegalBasis.BLANK,
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

    /** The close of the election's last closed round: when its minutes were approved. */
    private LocalDateTime lastClose(Context ctx, StoredElection e) {
        ElectionStore.Times t = ctx.times().getOrDefault(e.id(), new ElectionStore.Times(null, null, null));
        return elections.runoffs(e.id()).stream().filter(StoredElection::closed)
                .map(r -> ctx.times().get(r.id())).filter(java.util.Objects::nonNull).map(ElectionStore.Times::closed)
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(t.closed());
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

    private static DocumentHeader withPlaceBlank(DocumentHeader h) {
        return h.place().isEmpty()
                ? new DocumentHeader(h.superiorBody(), h.issuingBody(), h.number(), BLANK, h.date()) : h;
    }

    // ---- Biên bản kiểm phiếu

    MinutesData minutes(Context ctx, StoredElection e) {
        ElectionSettings s = e.settings();
        TallyResult first = elections.tally(e.id());
        List<StoredElection> runoffs = elections.runoffs(e.id());
        ElectionStore.Times t = ctx.times().getOrDefault(e.id(), new ElectionStore.Times(null, null, null));
        LocalDateTime closed = lastClose(ctx, e);
        MinutesData.Moment meeting = onTheDay(ctx.date(), t.firstBallot());
        MinutesData.Moment approved = onTheDay(ctx.date(), closed);

        // In the count's order (most votes first, equal votes by Vietnamese name), as the count screen,
        // thidua tally and the workbook list them; the STT follows that order.
        List<MinutesData.CandidateRow> rows = new ArrayList<>();
        for (CandidateResult r : first.rows()) {
            rows.add(new MinutesData.CandidateRow(rows.size() + 1, r.candidate().name(), r.votes(), r.percent(),
                    texts.t(r.outcome().key()), reason(s, first, r)));
        }
        return new MinutesData(withPlaceBlank(header(ctx, "BB")), s.title(), ctx.bloc().name(), ctx.season().year(),
                meeting, committee(ctx.details()), method(s), counts(first),
                new MinutesData.ElectionSettings(s.seats(), threshold(s), base(s)), rows,
                runoff(first, runoffs), e.fingerprint(), elections.closeLineHash(e.id()), approved,
                committeeSignatures(ctx.details()));
    }

    /**
     * The minutes are of the conference: its day, and the hour only when what happened (the first
     * paper entered, the close) happened on that day; papers typed another day leave the hour blank.
     */
    static MinutesData.Moment onTheDay(LocalDate day, LocalDateTime at) {
        return new MinutesData.Moment(day, at != null && at.toLocalDate().equals(day) ? at.toLocalTime() : null);
    }

    /**
     * The counting committee as recorded for the year: its head, then its members. Names not
     * recorded stay dotted blanks (a head and two members) to write by hand.
     */
    static List<MinutesData.CommitteeMember> committee(ConferenceDetails d) {
        List<MinutesData.CommitteeMember> out = new ArrayList<>();
        out.add(new MinutesData.CommitteeMember(d.countingHead().isEmpty() ? NAME_BLANK : d.countingHead(),
                MinutesData.CommitteeRole.HEAD));
        List<String> members = d.countingMembers().isEmpty() ? List.of(NAME_BLANK, NAME_BLANK) : d.countingMembers();
        members.forEach(m -> out.add(new MinutesData.CommitteeMember(m, MinutesData.CommitteeRole.MEMBER)));
        return out;
    }

    /** Everyone on the committee signs the minutes, the head first; an unrecorded name is left to write. */
    static List<Signature> committeeSignatures(ConferenceDetails d) {
        List<Signature> out = new ArrayList<>();
        out.add(new Signature("TRƯỞNG BAN KIỂM PHIẾU", d.countingHead()));
        List<String> members = d.countingMembers().isEmpty() ? List.of("", "") : d.countingMembers();
        members.forEach(m -> out.add(new Signature("THÀNH VIÊN", m)));
        return out;
    }

    /**
     * The "Ghi chú" of a candidate's line, short: the rule itself is written once in section 2,
     * so each line only says which part of it decided.
     */
    private String reason(ElectionSettings s, TallyResult t, CandidateResult r) {
        String rate = s.operator() == ThresholdOperator.GT ? "trên " + percent(s) : "từ " + percent(s) + " trở lên";
        if (t.base() <= 0) {
            return upperFirst(texts.t(r.reason().key(), r.reason().args().toArray()));
        }
        return switch (r.outcome()) {
            case ELECTED -> "Đạt tỷ lệ " + rate;
            case TIE -> "Bằng phiếu ở vị trí cuối; bầu lại";
            case NOT_ELECTED -> r.qualifies() ? "Đạt tỷ lệ nhưng đã đủ " + count(s.seats()) + " đơn vị"
                    : "Không đạt tỷ lệ " + rate;
        };
    }

    /** The level as the rule was written: "66,666666%", or a fraction in words, "hai phần ba". */
    private static String percent(ElectionSettings s) {
        if (s.level() instanceof ThresholdLevel.Fraction f) {
            return VnWords.fraction(f.numerator(), f.denominator());
        }
        return VnFormat.formatNumber(s.percent()) + "%";
    }

    private static String method(ElectionSettings s) {
        return "Bỏ phiếu kín; mỗi đơn vị thành viên một phiếu; trên phiếu ghi danh sách " + count(s.candidates().size())
                + " đơn vị theo số thứ tự, đánh dấu đồng ý vào ô của đơn vị được chọn, không quá "
                + count(s.seats()) + " đơn vị.";
    }

    private MinutesData.BallotCounts counts(TallyResult t) {
        List<MinutesData.InvalidReason> reasons = new ArrayList<>();
        for (InvalidReason r : InvalidReason.values()) {
            int n = t.invalidByReason().getOrDefault(r, 0);
            if (n > 0) {
                reasons.add(new MinutesData.InvalidReason(texts.t(r.key()), n));
            }
        }
        int byReason = reasons.stream().mapToInt(MinutesData.InvalidReason::count).sum();
        return new MinutesData.BallotCounts(t.issued(), t.returned(), t.valid(), t.invalid(),
                byReason == t.invalid() ? reasons : List.of());
    }

    /** "trên 50%" or "từ 70% trở lên so với", read before the base: "… số phiếu hợp lệ". */
    static String threshold(ElectionSettings s) {
        return s.operator() == ThresholdOperator.GT ? "trên " + percent(s) : "từ " + percent(s) + " trở lên so với";
    }

    static String base(ElectionSettings s) {
        return switch (s.base()) {
            case VALID -> "số phiếu hợp lệ";
            case RETURNED -> "số phiếu thu về";
            case MEMBERS -> "tổng số " + count(s.members()) + " đơn vị thành viên của khối";
        };
    }

    /**
     * The "Bầu lại" paragraph: why the new round was needed and what each round decided. A tie
     * with no runoff held yet is said too: the minutes never pass over a tie.
     */
    private MinutesData.Runoff runoff(TallyResult first, List<StoredElection> runoffs) {
        if (!first.hasTie()) {
            return null;
        }
        List<CandidateResult> tied = first.rows().stream().filter(r -> r.outcome() == Outcome.TIE).toList();
        CandidateResult any = tied.get(0);
        String why = names(tied.stream().map(r -> r.candidate().name()).toList()) + " cùng đạt "
                + votes(any.votes(), first.base(), any.percent()) + " ở vị trí được suy tôn cuối cùng nên Ban kiểm "
                + "phiếu tổ chức bầu lại giữa " + count(tied.size()) + " đơn vị cho " + count(first.seatsLeft())
                + " suất còn lại, cùng quy định về tỷ lệ phiếu.";
        if (runoffs.isEmpty()) {
            return new MinutesData.Runoff(why, "Đến thời điểm lập biên bản, chưa tổ chức bầu lại; các đơn vị "
                    + "bằng phiếu chưa được suy tôn.");
        }
        List<String> result = new ArrayList<>();
        for (StoredElection r : runoffs) {
            int round = r.settings().round();
            if (!r.closed()) {
                result.add("Vòng " + round + " chưa kết thúc kiểm phiếu.");
                continue;
            }
            TallyResult t = elections.tally(r.id());
            List<String> lines = t.rows().stream().map(c -> c.candidate().name() + " "
                    + votes(c.votes(), t.base(), c.percent())).toList();
            StringBuilder sb = new StringBuilder("Kết quả bầu lại (vòng " + round + "): số phiếu phát ra "
                    + count(t.issued()) + ", thu về " + count(t.returned()) + ", hợp lệ " + count(t.valid()) + "; "
                    + String.join(", ", lines) + ". ");
            List<String> elected = namesOf(t, Outcome.ELECTED);
            List<String> stillTied = namesOf(t, Outcome.TIE);
            if (!elected.isEmpty()) {
                sb.append(names(elected)).append(" được suy tôn. ");
            }
            if (!stillTied.isEmpty()) {
                sb.append(names(stillTied)).append(" vẫn bằng phiếu. ");
            }
            if (elected.isEmpty() && stillTied.isEmpty()) {
                sb.append("Không đơn vị nào đạt tỷ lệ phiếu quy định. ");
            }
            sb.append("Mã kiểm tra (SHA-256) của vòng bầu lại: ").append(r.fingerprint()).append('.');
            String head = elections.closeLineHash(r.id());
            if (!head.isEmpty()) {
                sb.append(" Mã nối nhật ký thay đổi tại dòng kết thúc vòng này: ").append(head).append('.');
            }
            result.add(sb.toString());
        }
        return new MinutesData.Runoff(why, String.join("\n", result));
    }

    private static List<String> namesOf(TallyResult t, Outcome outcome) {
        return t.rows().stream().filter(r -> r.outcome() == outcome).map(r -> r.candidate().name()).toList();
    }

    /** "05/08 phiếu (62,50%)". */
    private static String votes(int votes, int base, BigDecimal percent) {
        return count(votes) + "/" + count(base) + " phiếu (" + VnFormat.formatPercent(percent, 2) + ")";
    }

    /** "A", "A và B", "A, B và C". */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
    }

    // ---- who each election finally put forward, with the round that decided it

    record PutForward(long unitId, String name, int votes, BigDecimal percent, int base) {
    }

    List<PutForward> putForward(StoredElection e) {
        List<TallyResult> rounds = new ArrayList<>();
        rounds.add(elections.tally(e.id()));
        for (StoredElection r : elections.runoffs(e.id())) {
            if (r.closed()) {
                rounds.add(elections.tally(r.id()));
            }
        }
        FinalOutcome outcome = elections.finalOutcome(e.id());
        List<PutForward> out = new ArrayList<>();
        for (long unitId : outcome.elected()) {
            for (TallyResult t : rounds) {
                Optional<CandidateResult> row = t.row(unitId).filter(r -> r.outcome() == Outcome.ELECTED);
                if (row.isPresent()) {
                    CandidateResult r = row.get();
                    out.add(new PutForward(unitId, r.candidate().name(), r.votes(), r.percent(), t.base()));
                    break;
                }
            }
        }
        return out;
    }

    // ---- Tờ trình đề nghị khen thưởng

    ProposalData proposal(Context ctx) {
        // Two elections for one title (a second one confirmed on purpose) make one title in the letter,
        // and a unit is put forward for a title once, by the first election that elected it.
        java.util.Map<String, String> titleWords = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<ProposalData.ProposedUnit>> units = new java.util.LinkedHashMap<>();
        java.util.Set<String> proposed = new java.util.HashSet<>();
        for (StoredElection e : ctx.firstRounds()) {
            if (!e.closed()) {
                continue;
            }
            String key = ElectionService.titleKey(e.settings().title());
            titleWords.putIfAbsent(key, e.settings().title());
            List<ProposalData.ProposedUnit> list = units.computeIfAbsent(key, k -> new ArrayList<>());
            for (PutForward p : putForward(e)) {
                if (proposed.add(key + "\n" + p.unitId())) {
                    list.add(new ProposalData.ProposedUnit(p.name(), p.votes(), p.percent(), p.base()));
                }
            }
        }
        List<ProposalData.ProposedTitle> titles = new ArrayList<>();
        units.forEach((key, list) -> titles.add(new ProposalData.ProposedTitle(titleWords.get(key), list)));
        return new ProposalData(withPlaceBlank(header(ctx, "TTr")), ADDRESSEE, ctx.bloc().name(),
                ctx.season().year(), ctx.date(), titles, headSignature(ctx),
                List.of("Như trên", "Ban Thi đua – Khen thưởng (Sở Nội vụ)", "Các đơn vị trong khối", "Lưu: VT"),
                legalBasis(ctx));
    }

    /** The "Căn cứ" lines: the shipped ones in force on the conference day, a dotted blank where "…" stands. */
    static List<String> legalBasis(Context ctx) {
        return basisLines(ctx).stream().map(l -> l.replace(vn.thidua.domain.bloc.LegalBasis.BLANK, BLANK)).toList();
    }

    /** The year's own lines when the secretary wrote them, else the shipped ones in force on the conference day. */
    private static List<String> basisLines(Context ctx) {
        return ctx.texts().legalBasis().isEmpty()
                ? vn.thidua.domain.bloc.LegalBasis.defaults(ctx.date(), ctx.bloc().name()) : ctx.texts().legalBasis();
    }

    /** The head of the year signs for the bloc: "TRƯỞNG KHỐI" over the head unit's name. */
    private static Signature headSignature(Context ctx) {
        String unit = unitName(ctx.members(), ctx.season().headUnitId());
        return new Signature(unit.isEmpty() ? "TRƯỞNG KHỐI" : "TRƯỞNG KHỐI\n" + unit.toUpperCase(VI),
                ctx.details().signer());
    }

    private static String unitName(List<Unit> units, Long id) {
        return units.stream().filter(u -> Long.valueOf(u.id()).equals(id)).map(Unit::fullName).findFirst().orElse("");
    }

    // ---- Báo cáo tổng kết

    YearReportData yearReport(Context ctx) {
        int year = ctx.season().year();
        List<ScoreboardRow> board = ctx.scoreboard().rows();
        List<YearReportData.ScoreRow> scores = board.stream().map(r -> new YearReportData.ScoreRow(r.rank(),
                r.unitName(), r.total(), texts.t(r.classification().key())
                        + (r.provisional() ? " (tạm tính)" : ""))).toList();
        List<YearReportData.ElectionResult> results = new ArrayList<>();
        for (StoredElection e : ctx.firstRounds()) {
            if (e.closed()) {
                results.add(new YearReportData.ElectionResult(e.settings().title(),
                        putForward(e).stream().map(PutForward::name).toList()));
            }
        }
        Optional<Season> next = blocs.season(ctx.bloc().id(), year + 1);
        List<Unit> nextMembers = next.map(blocs::members).orElse(List.of());
        String nextHead = next.map(s -> unitName(nextMembers, s.headUnitId())).filter(n -> !n.isEmpty()).orElse(BLANK);
        String nextDeputy = next.map(s -> unitName(nextMembers, s.deputyUnitId())).filter(n -> !n.isEmpty())
                .orElse(BLANK);
        return new YearReportData(withPlaceBlank(header(ctx, "BC")), ctx.bloc().name(), year,
                narrative(ctx, results), sectors(ctx), scores, results, nextHead, nextDeputy, headSignature(ctx),
                List.of("Ban Thi đua – Khen thưởng (Sở Nội vụ)", "Các đơn vị trong khối", "Lưu: VT"),
                new YearReportData.NextYear(ctx.texts().plans(), ctx.texts().tasks()), legalBasis(ctx));
    }

    private List<String> narrative(Context ctx, List<YearReportData.ElectionResult> results) {
        int year = ctx.season().year();
        List<String> out = new ArrayList<>();
        String head = unitName(ctx.members(), ctx.season().headUnitId());
        String deputy = unitName(ctx.members(), ctx.season().deputyUnitId());
        StringBuilder intro = new StringBuilder("Năm " + year + ", " + ctx.bloc().name() + " gồm "
                + count(ctx.members().size()) + " đơn vị thành viên");
        if (!head.isEmpty()) {
            intro.append("; ").append(head).append(" là Trưởng khối");
            if (!deputy.isEmpty()) {
                intro.append(", ").append(deputy).append(" là Phó khối");
            }
        }
        intro.append(". Các đơn vị đã triển khai các phong trào thi đua gắn với nhiệm vụ chính trị của từng ngành; "
                + "kết quả thực hiện một số chỉ tiêu chủ yếu như sau:");
        out.add(intro.toString());
        for (YearReportData.IndicatorSection section : sectors(ctx)) {
            List<String> parts = new ArrayList<>();
            for (IndicatorRow r : section.rows()) {
                parts.add(indicatorProse(r));
            }
            out.add("- " + section.sector() + ": " + String.join("; ", parts) + ".");
        }
        List<ScoreboardRow> board = ctx.scoreboard().rows();
        if (!board.isEmpty()) {
            Map<String, Long> byClass = new LinkedHashMap<>();
            board.stream().sorted(Comparator.comparing(ScoreboardRow::classification)).forEach(r ->
                    byClass.merge(texts.t(r.classification().key()).toLowerCase(VI), 1L, Long::sum));
            List<String> counts = byClass.entrySet().stream()
                    .map(en -> count(en.getValue().intValue()) + " đơn vị " + en.getKey()).toList();
            out.add("Qua chấm điểm, xếp loại theo bảng tiêu chí của khối: " + String.join(", ", counts) + ".");
        }
        if (!results.isEmpty()) {
            List<String> parts = results.stream().map(r -> r.title() + ": " + (r.units().isEmpty()
                    ? "không có đơn vị đạt tỷ lệ phiếu quy định" : names(r.units()))).toList();
            out.add("Hội nghị tổng kết đã bỏ phiếu kín suy tôn " + count(results.size()) + " danh hiệu, hình thức "
                    + "khen thưởng: " + String.join("; ", parts) + ".");
        }
        return out;
    }

    /** "Giá trị sản xuất công nghiệp 108.500 tỷ đồng, tăng 16,3% so với cùng kỳ, đạt 103,3% kế hoạch". */
    private static String indicatorProse(IndicatorRow r) {
        StringBuilder sb = new StringBuilder(r.name());
        if (r.actual() != null) {
            sb.append(' ').append(VnFormat.formatNumber(r.actual()));
            sb.append("%".equals(r.measure()) ? "%" : r.measure().isEmpty() ? "" : " " + r.measure());
        }
        if (r.growth() != null) {
            BigDecimal g = r.growth().setScale(1, java.math.RoundingMode.HALF_UP);
            sb.append(g.signum() >= 0 ? ", tăng " : ", giảm ").append(VnFormat.formatNumber(g.abs()))
                    .append("% so với cùng kỳ");
        }
        if (r.percentOfPlan() != null) {
            sb.append(", đạt ").append(VnFormat.formatNumber(r.percentOfPlan().setScale(1,
                    java.math.RoundingMode.HALF_UP))).append("% kế hoạch");
        }
        return sb.toString();
    }

    /** Each unit's indicators as a section of its field, units in Vietnamese order. */
    List<YearReportData.IndicatorSection> sectors(Context ctx) {
        List<Indicator> all = scoring.indicators(ctx.season());
        List<YearReportData.IndicatorSection> out = new ArrayList<>();
        for (Unit u : sortedMembers(ctx)) {
            List<IndicatorRow> rows = all.stream().filter(i -> i.unitId() == u.id()).map(ReportData::row).toList();
            if (!rows.isEmpty()) {
                out.add(new YearReportData.IndicatorSection(u.fullName(), rows));
            }
        }
        return out;
    }

    private static List<Unit> sortedMembers(Context ctx) {
        return ctx.members().stream().sorted(Comparator.comparing(Unit::fullName, VnFormat.nameOrder())).toList();
    }

    static IndicatorRow row(Indicator i) {
        return new IndicatorRow(i.name(), i.measureUnit(), i.plan(), i.actual(), i.previousYear(),
                i.percentOfPlan().orElse(null), i.growth().orElse(null));
    }

    // ---- Phiếu bầu

    /**
     * The papers of an election round, open or closed: its candidates in the order and with the
     * keys the counting screen uses ({@link vn.thidua.domain.voting.BallotKeys#keyOf}), as many
     * papers as are issued.
     */
    vn.thidua.app.documents.BallotPaperData ballotPapers(Context ctx, StoredElection e) {
        ElectionSettings s = e.settings();
        List<vn.thidua.app.documents.BallotPaperData.Choice> choices = new ArrayList<>();
        for (int i = 0; i < s.candidates().size(); i++) {
            choices.add(new vn.thidua.app.documents.BallotPaperData.Choice(vn.thidua.domain.voting.BallotKeys.keyOf(i),
                    s.candidates().get(i).name()));
        }
        String instruction = "Đánh dấu X vào ô \u201CĐồng ý\u201D của đơn vị được chọn; đồng ý không quá "
                + count(s.seats()) + " đơn vị. Phiếu đồng ý quá " + count(s.seats()) + " đơn vị, ghi thêm tên "
                + "hoặc không có xác nhận của Ban kiểm phiếu là phiếu không hợp lệ.";
        return new vn.thidua.app.documents.BallotPaperData(ctx.bloc().name(), ctx.season().year(), s.title(), s.round(),
                s.ballotsIssued(), instruction, choices);
    }

    // ---- the workbook

    /**
     * The workbook recomputes totals from the scores it is given. They are the scores the app's
     * scoreboard counts (the bloc score, or the self score while the bloc has none), so both agree.
     */
    WorkbookData workbook(Context ctx) {
        ScoreboardData board = ctx.scoreboard();
        Map<Long, Criterion> criteria = new HashMap<>();
        board.table().criteria().forEach(c -> criteria.put(c.id(), c));
        Map<Long, Map<String, BigDecimal>> scores = new HashMap<>();
        for (Score s : scoring.scores(ctx.season())) {
            Criterion c = criteria.get(s.criterionId());
            if (c != null) {
                scores.computeIfAbsent(s.unitId(), k -> new HashMap<>()).put(c.code(), s.effective());
            }
        }
        // In rank order, as the scoreboard lists them (equal ranks by Vietnamese name); the workbook's
        // RANK formulas still decide the ranks, so an edit in Excel re-ranks without re-sorting.
        Map<Long, Unit> byId = new HashMap<>();
        ctx.members().forEach(u -> byId.put(u.id(), u));
        List<Unit> ordered = new ArrayList<>();
        board.rows().forEach(r -> {
            Unit u = byId.remove(r.unitId());
            if (u != null) {
                ordered.add(u);
            }
        });
        ctx.members().stream().filter(u -> byId.containsKey(u.id())).forEach(ordered::add);
        List<WorkbookData.WorkbookUnit> units = ordered.stream().map(u -> new WorkbookData.WorkbookUnit(u.code(),
                u.fullName(), scores.getOrDefault(u.id(), new HashMap<>()))).toList();
        List<WorkbookData.CriterionGroup> groups = new ArrayList<>();
        for (CriterionGroup g : board.table().groups()) {
            groups.add(new WorkbookData.CriterionGroup(g.code() + ". " + g.name(), board.table().criteriaOf(g.code())
                    .stream().map(c -> new WorkbookData.Criterion(c.code(), c.name(), c.max(),
                            WorkbookData.CriterionKind.valueOf(c.kind().name()))).toList()));
        }
        var b = board.bands();
        WorkbookData.ClassificationBands bands = new WorkbookData.ClassificationBands(
                new WorkbookData.Band(b.excellent().minTotal(), b.excellent().minCriterionPercent()),
                new WorkbookData.Band(b.good().minTotal(), b.good().minCriterionPercent()),
                new WorkbookData.Band(b.completed().minTotal(), b.completed().minCriterionPercent()));
        List<Indicator> indicators = scoring.indicators(ctx.season());
        List<WorkbookData.UnitIndicators> byUnit = sortedMembers(ctx).stream()
                .map(u -> new WorkbookData.UnitIndicators(u.fullName(), indicators.stream()
                        .filter(i -> i.unitId() == u.id()).map(ReportData::row).toList()))
                .filter(x -> !x.rows().isEmpty()).toList();
        List<WorkbookData.ElectionSheet> sheets = new ArrayList<>();
        for (StoredElection e : ctx.all()) {
            if (!e.closed()) {
                continue;
            }
            TallyResult t = elections.tally(e.id());
            ElectionSettings s = e.settings();
            sheets.add(new WorkbookData.ElectionSheet(s.title(), s.round(), s.seats(),
                    new WorkbookData.Papers(t.issued(), t.returned(), t.valid(), t.invalid(), t.base()),
                    threshold(s) + " " + base(s), t.rows().stream()
                    .map(r -> new WorkbookData.ElectionRow(r.candidate().name(), r.votes(), r.percent(),
                            texts.t(r.outcome().key()))).toList()));
        }
        return new WorkbookData(ctx.bloc().name(), ctx.season().year(), units, groups, bands, byUnit, sheets);
    }

    // ---- words

    /** Counts in prose: "08", "12". */
    static String count(int n) {
        return n > 0 && n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VI) + s.substring(1);
    }
}
