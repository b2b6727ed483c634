package vn.thidua.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.AppException;
import vn.thidua.app.AuditLog;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.Seal;

/**
 * {@code thidua verify [--election ID]}: checks the audit log's chain, then recomputes the
 * fingerprint of one closed election (or of every one in the file) from the stored data and holds
 * it against the first close the log records. Exit 0 when all is intact, 1 when anything was
 * changed behind the program's back (docs/fingerprint.md).
 */
@Command(name = "verify", description = "Kiểm tra nhật ký thay đổi và tính lại dấu vân tay từ dữ liệu đã lưu:"
        + " mã thoát 0 nếu nguyên vẹn, 1 nếu dữ liệu đã bị sửa")
final class VerifyCommand extends WorkspaceCommand {

    static final int MISMATCH = 1;

    @Option(names = "--election", paramLabel = "ID",
            description = "Số (id) của cuộc bầu; bỏ trống để kiểm tra mọi cuộc bầu đã kết thúc trong tệp")
    Long election;

    @Override
    boolean warnsOfBrokenChain() {
        return false; // says it itself, as its result
    }

    @Override
    int run(Workspace ws) {
        boolean intact = true;
        List<StoredElection> chosen = new ArrayList<>();
        if (election != null) {
            StoredElection e = ws.elections().election(election);
            if (ws.elections().seal(election) == Seal.OPEN) {
                throw new AppException("election.error.notClosed", e.settings().title());
            }
            chosen.add(e);
        } else {
            for (Bloc b : ws.blocs().blocs()) {
                for (Season s : ws.blocs().seasons(b.id())) {
                    chosen.addAll(ws.elections().elections(s));
                }
            }
        }
        int checked = 0;
        for (StoredElection e : chosen) {
            Seal seal = ws.elections().seal(e.id());
            if (seal == Seal.OPEN) {
                continue;
            }
            checked++;
            String title = e.settings().title();
            String first = ws.elections().firstFingerprint(e.id());
            switch (seal) {
                case INTACT -> {
                    out().println(texts().t("cli.verify.ok", title, e.id(), e.fingerprint()));
                    String closeLine = ws.elections().closeLineHash(e.id());
                    if (closeLine != null && !closeLine.isEmpty()) {
                        out().println(texts().t("cli.verify.closeLine", closeLine));
                    }
                }
                case CHANGED -> out().println(texts().t("cli.verify.mismatch", title, e.id(), first));
                default -> out().println(texts().t("cli.verify.sealBroken", texts().t(seal.key(), title, e.id(), first)));
            }
            intact &= seal == Seal.INTACT;
        }
        if (election == null && checked == 0) {
            out().println(texts().t("cli.verify.none"));
        }
        AuditLog.Chain chain = ws.audit().chain();
        if (chain.isIntact()) {
            out().println(texts().t("cli.verify.chainOk", chain.lines(), chain.head()));
        } else {
            out().println(texts().t("cli.verify.chainBroken",
                    texts().t(chain.problem().key(), chain.firstBadLine())));
            intact = false;
        }
        return intact ? 0 : MISMATCH;
    }
}
