package vn.thidua.app;

import static vn.thidua.app.ReportData.header;
import static vn.thidua.app.ReportData.withPlaceBlank;
import static vn.thidua.app.VnProse.base;
import static vn.thidua.app.VnProse.count;
import static vn.thidua.app.VnProse.names;
import static vn.thidua.app.VnProse.percent;
import static vn.thidua.app.VnProse.threshold;
import static vn.thidua.app.VnProse.upperFirst;
import static vn.thidua.app.VnProse.votes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.ReportData.Context;
import vn.thidua.app.documents.MinutesData;
import vn.thidua.app.documents.Signature;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.voting.CandidateResult;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.domain.voting.InvalidReason;
import vn.thidua.domain.voting.Outcome;
import vn.thidua.domain.voting.TallyResult;
import vn.thidua.domain.voting.ThresholdOperator;

/** Biên bản kiểm phiếu: the minutes of an election's count, its runoffs told in prose. */
final class MinutesBuilder {

    private static final String NAME_BLANK = "……………………………";

    private final ElectionService elections;
    private final Texts texts;

    MinutesBuilder(ElectionService elections, Texts texts) {
        this.elections = elections;
        this.texts = texts;
    }

    MinutesData build(Context ctx, StoredElection e) {
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
        return new MinutesData(withPlaceBlank(header(ctx, "BB")), s.title(), ctx.bloc().name(),
                ctx.season().year(), meeting, committee(ctx.details()), method(s), counts(first),
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
            // Each 64-character code on a line of its own: inside the sentence it left gaps across the line.
            sb.append("Mã kiểm tra (SHA-256) của vòng bầu lại:\n").append(r.fingerprint()).append('.');
            String head = elections.closeLineHash(r.id());
            if (!head.isEmpty()) {
                sb.append("\nMã nối nhật ký thay đổi tại dòng kết thúc vòng này:\n").append(head).append('.');
            }
            result.add(sb.toString());
        }
        return new MinutesData.Runoff(why, String.join("\n", result));
    }

    private static List<String> namesOf(TallyResult t, Outcome outcome) {
        return t.rows().stream().filter(r -> r.outcome() == outcome).map(r -> r.candidate().name()).toList();
    }

    /** The close of the election's last closed round: when its minutes were approved. */
    LocalDateTime lastClose(Context ctx, StoredElection e) {
        ElectionStore.Times t = ctx.times().getOrDefault(e.id(), new ElectionStore.Times(null, null, null));
        return elections.runoffs(e.id()).stream().filter(StoredElection::closed)
                .map(r -> ctx.times().get(r.id())).filter(Objects::nonNull).map(ElectionStore.Times::closed)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(t.closed());
    }
}
