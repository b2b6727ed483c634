package vn.thidua.report;

import static vn.thidua.report.VietnameseFormat.count;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.app.documents.MinutesData;
import vn.thidua.app.documents.Signature;

/** The minutes' data as the template sees it: strings already in Vietnamese formats. */
final class MinutesModel {

    private MinutesModel() {
    }

    static Fields of(MinutesData d) {
        MinutesData.BallotCounts b = d.ballots();
        List<Fields> candidates = new ArrayList<>();
        for (MinutesData.CandidateRow c : d.candidates()) {
            candidates.add(new Fields()
                    .with("number", Integer.toString(c.number()))
                    .with("name", c.unitName())
                    .with("votes", Integer.toString(c.votes()))
                    .with("percent", VietnameseFormat.votePercent(c.percent()))
                    .with("result", c.result())
                    .with("reason", c.reason()));
        }
        return new Fields()
                .with("header", Fields.header(d.header()))
                .with("bloc", new Fields().with("name", d.blocName()))
                .with("year", Integer.toString(d.year()))
                .with("election", new Fields().with("title", d.electionTitle()).with("method", d.method()))
                .with("meeting", moment(d.meetingAt()))
                .with("committee", Fields.numbered("member", d.committee(), m -> new Fields()
                        .with("name", m.name()).with("role", m.role().text())))
                .with("ballots", new Fields()
                        .with("issued", count(b.issued()))
                        .with("returned", count(b.returned()))
                        .with("valid", count(b.valid()))
                        .with("invalid", count(b.invalid()))
                        .with("invalidReasons", Fields.numbered("reason", b.invalidReasons(), r -> new Fields()
                                .with("text", r.reason()).with("count", count(r.count())))))
                .with("settings", new Fields()
                        .with("seats", count(d.settings().seats()))
                        .with("threshold", d.settings().threshold())
                        .with("base", d.settings().base()))
                .with("candidates", new TemplateModel.Items("candidate", candidates))
                .with("runoff", d.runoff() == null ? null
                        : new Fields().with("why", d.runoff().why()).with("result", d.runoff().result()))
                .with("fingerprint", fingerprint(d))
                .with("approved", moment(d.approvedAt()))
                .with("signatureRows", signatureRows(d.signatures()));
    }

    /**
     * The fingerprint, and under it the audit log's chain head at the close: in the one field every
     * template already has, so a bloc's own older template prints it too.
     */
    static String fingerprint(MinutesData d) {
        return d.chainHead().isEmpty() ? d.fingerprint()
                : d.fingerprint() + "\n" + CHAIN_HEAD_LABEL + d.chainHead();
    }

    /** Said before the chain head (docs/fingerprint.md, "The audit log's chain"). */
    static final String CHAIN_HEAD_LABEL = "Mã nối nhật ký thay đổi tại dòng kết thúc kiểm phiếu (SHA-256): ";

    /** A blank hour to write in by hand, as long as a written one. */
    static final String TIME_BLANK = "…… giờ …… phút";

    private static Fields moment(MinutesData.Moment at) {
        return new Fields()
                .with("time", at.time() == null ? TIME_BLANK : VietnameseFormat.time(at.time()))
                .with("longDate", VietnameseFormat.longDate(at.day()))
                .with("shortDate", VietnameseFormat.shortDate(at.day()));
    }

    /**
     * Signatures two to a row. The principal signer takes the right of the first row, where a
     * Vietnamese reader looks for it; the others fill in left to right after it.
     */
    static TemplateModel.Items signatureRows(List<Signature> signatures) {
        List<Fields> rows = new ArrayList<>();
        if (!signatures.isEmpty()) {
            rows.add(new Fields()
                    .with("left", Fields.signature(signatures.size() > 1 ? signatures.get(1) : null))
                    .with("right", Fields.signature(signatures.get(0))));
        }
        for (int i = 2; i < signatures.size(); i += 2) {
            rows.add(new Fields()
                    .with("left", Fields.signature(signatures.get(i)))
                    .with("right", Fields.signature(i + 1 < signatures.size() ? signatures.get(i + 1) : null)));
        }
        return new TemplateModel.Items("row", rows);
    }
}
