package vn.thidua.app;

import static vn.thidua.app.VnProse.count;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.ReportData.Context;
import vn.thidua.app.documents.BallotPaperData;
import vn.thidua.domain.voting.BallotKeys;
import vn.thidua.domain.voting.ElectionSettings;

/** Phiếu bầu: the papers handed out for a round. */
final class BallotPapersBuilder {

    private BallotPapersBuilder() {
    }

    /**
     * The papers of an election round, open or closed: its candidates in the order and with the
     * keys the counting screen uses ({@link vn.thidua.domain.voting.BallotKeys#keyOf}), as many
     * papers as are issued.
     */
    static BallotPaperData build(Context ctx, StoredElection e) {
        ElectionSettings s = e.settings();
        List<BallotPaperData.Choice> choices = new ArrayList<>();
        for (int i = 0; i < s.candidates().size(); i++) {
            choices.add(new BallotPaperData.Choice(BallotKeys.keyOf(i),
                    s.candidates().get(i).name()));
        }
        String instruction = "Đánh dấu X vào ô \u201CĐồng ý\u201D của đơn vị được chọn; đồng ý không quá "
                + count(s.seats()) + " đơn vị. Phiếu đồng ý quá " + count(s.seats()) + " đơn vị, ghi thêm tên "
                + "hoặc không có xác nhận của Ban kiểm phiếu là phiếu không hợp lệ.";
        return new BallotPaperData(ctx.bloc().name(), ctx.season().year(), s.title(), s.round(),
                s.ballotsIssued(), instruction, choices);
    }
}
