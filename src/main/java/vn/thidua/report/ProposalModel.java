package vn.thidua.report;

import vn.thidua.app.documents.ProposalData;

import static vn.thidua.report.VietnameseFormat.count;

/** The award proposal's data as the template sees it. */
final class ProposalModel {

    private ProposalModel() {
    }

    static Fields of(ProposalData d) {
        return new Fields()
                .with("header", Fields.header(d.header()))
                .with("bloc", new Fields().with("name", d.blocName()))
                .with("year", Integer.toString(d.year()))
                .with("addressee", d.addressee())
                .with("basis", Fields.numbered("line", d.legalBasis(), l -> new Fields().with("text", l)))
                .with("conference", new Fields()
                        .with("longDate", VietnameseFormat.longDate(d.conferenceDate()))
                        .with("shortDate", VietnameseFormat.shortDate(d.conferenceDate())))
                .with("titles", Fields.numbered("title", d.titles(), t -> new Fields()
                        .with("name", t.title())
                        .with("count", count(t.units().size()))
                        .with("units", Fields.numbered("unit", t.units(), u -> new Fields()
                                .with("name", u.unitName())
                                .with("votes", Integer.toString(u.votes()))
                                .with("valid", Integer.toString(u.validBallots()))
                                .with("percent", VietnameseFormat.votePercent(u.percent()))))))
                .with("signer", Fields.signature(d.signer()))
                .with("recipients", Fields.recipients(d.recipients()));
    }
}
