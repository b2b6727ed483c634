package vn.thidua.ui.elections;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.app.ElectionService;
import vn.thidua.app.Texts;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.BallotCheck;
import vn.thidua.domain.voting.BallotKind;
import vn.thidua.domain.voting.BallotKeys;
import vn.thidua.domain.voting.Candidate;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.domain.voting.Validity;

/** A paper as the operator reads it back: "1 Sở Giao thông Vận tải; 3 Sở Xây dựng", or "Phiếu hỏng". */
final class BallotText {

    private BallotText() {
    }

    /** A paper's line in the list of entered papers. */
    static CountingViewModel.BallotRow row(Texts texts, ElectionSettings s, Ballot b) {
        Validity v = BallotCheck.validity(b, s);
        // A spoiled paper carries no names: "Phiếu hỏng" once is enough.
        return new CountingViewModel.BallotRow(b.number(), String.join(", ", ElectionService.describe(s, b).split("")),
                b.kind() == BallotKind.SPOILED ? "" : names(texts, s, b), v.isValid() ? "" : texts.t(v.key()));
    }

    static String names(Texts texts, ElectionSettings s, Ballot b) {
        if (b.kind() == BallotKind.SPOILED) {
            return texts.t("voting.invalid.spoiled");
        }
        List<String> names = new ArrayList<>();
        List<Candidate> list = s.candidates();
        for (int i = 0; i < list.size(); i++) {
            if (b.approved().contains(list.get(i).unitId())) {
                names.add(BallotKeys.mark(i, list) + " " + list.get(i).name());
            }
        }
        b.unknownKeys().forEach(k -> names.add(texts.t("elections.entry.unknownKey", k)));
        return names.isEmpty() ? texts.t("elections.entry.nobody") : String.join("; ", names);
    }
}
