package vn.thidua.app;

import static vn.thidua.app.ReportData.ADDRESSEE;
import static vn.thidua.app.ReportData.headSignature;
import static vn.thidua.app.ReportData.header;
import static vn.thidua.app.ReportData.legalBasis;
import static vn.thidua.app.ReportData.withPlaceBlank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.ReportData.Context;
import vn.thidua.app.documents.ProposalData;

/** Tờ trình đề nghị khen thưởng: the letter putting forward the units each election chose. */
final class ProposalBuilder {

    private final PutForwards putForwards;

    ProposalBuilder(PutForwards putForwards) {
        this.putForwards = putForwards;
    }

    ProposalData build(Context ctx) {
        // Two elections for one title (a second one confirmed on purpose) make one title in the letter,
        // and a unit is put forward for a title once, by the first election that elected it.
        Map<String, String> titleWords = new LinkedHashMap<>();
        Map<String, List<ProposalData.ProposedUnit>> units = new LinkedHashMap<>();
        Set<String> proposed = new HashSet<>();
        for (StoredElection e : ctx.firstRounds()) {
            if (!e.closed()) {
                continue;
            }
            String key = ElectionService.titleKey(e.settings().title());
            titleWords.putIfAbsent(key, e.settings().title());
            List<ProposalData.ProposedUnit> list = units.computeIfAbsent(key, k -> new ArrayList<>());
            for (PutForwards.PutForward p : putForwards.putForward(e)) {
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
}
