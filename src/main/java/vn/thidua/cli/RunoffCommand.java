package vn.thidua.cli;

import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.Workspace;
import vn.thidua.domain.voting.Candidate;

/** {@code thidua runoff --election ID}: the tied of a closed election, for the seats left. */
@Command(name = "runoff", description = "Bầu lại giữa các đơn vị bằng phiếu (cuộc bầu gốc phải đã khóa); "
        + "dòng cuối in số (id) của cuộc bầu lại")
final class RunoffCommand extends ElectionIdCommand {

    @Override
    int run(Workspace ws) {
        long id = ws.elections().runoff(election);
        StoredElection r = ws.elections().election(id);
        out().println(texts().t("cli.runoff.added", r.settings().title(), election, r.settings().round(),
                r.settings().seats(), r.settings().candidates().stream().map(Candidate::code)
                        .collect(Collectors.joining(", ")), r.settings().ballotsIssued()));
        out().println(id);
        return 0;
    }
}
