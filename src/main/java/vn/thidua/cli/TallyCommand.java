package vn.thidua.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.Workspace;
import vn.thidua.domain.voting.Candidate;
import vn.thidua.domain.voting.CandidateResult;
import vn.thidua.domain.voting.FinalOutcome;
import vn.thidua.domain.voting.Reason;
import vn.thidua.domain.voting.TallyResult;
import vn.thidua.domain.text.VnFormat;

/**
 * {@code thidua tally --election ID [--format text|csv]}: the count the projector shows, from the
 * same use case. CSV {@code code,name,votes,percent,result} in the count's order: most votes
 * first, equal votes by the Vietnamese order of the name.
 */
@Command(name = "tally", description = "Kết quả kiểm phiếu của cuộc bầu")
final class TallyCommand extends ElectionIdCommand {

    @Mixin
    FormatOption output;

    @Override
    int run(Workspace ws) {
        StoredElection e = ws.elections().election(election);
        TallyResult r = ws.elections().tally(election);
        List<CandidateResult> rows = inOrder(r);
        if (output.csv()) {
            Csv.row(out(), "code", "name", "votes", "percent", "result");
            for (CandidateResult c : rows) {
                Csv.row(out(), c.candidate().code(), c.candidate().name(), c.votes(), Csv.decimal2(c.percent()),
                        c.outcome().name().toLowerCase(Locale.ROOT));
            }
            return 0;
        }
        text(ws, e, r, rows);
        return 0;
    }

    /**
     * Most votes first, equal votes by the program's Vietnamese order of names ({@link VnFormat#nameOrder()},
     * which counts a space: "Tân Uyên" before "Tâng"), then by code. The count already comes nearly so;
     * this only pins the contract's order where the two collators could part.
     */
    static List<CandidateResult> inOrder(TallyResult r) {
        Comparator<String> names = VnFormat.nameOrder();
        return r.rows().stream()
                .sorted(Comparator.comparingInt(CandidateResult::votes).reversed()
                        .thenComparing((a, b) -> names.compare(a.candidate().name(), b.candidate().name()))
                        .thenComparing(c -> c.candidate().code()))
                .toList();
    }

    private void text(Workspace ws, StoredElection e, TallyResult r, List<CandidateResult> rows) {
        String round = e.settings().isRunoff()
                ? " " + texts().t("cli.election.runoffOf", e.settings().round(), e.settings().parentElectionId()) : "";
        out().println(texts().t("cli.tally.title", e.settings().title(), e.id(), round,
                texts().t(e.closed() ? "cli.election.closed" : "cli.election.open")));
        out().println(texts().t("cli.tally.rule", words(r.rule())));
        String invalid = r.invalidByReason().entrySet().stream().filter(x -> x.getValue() > 0)
                .map(x -> texts().t(x.getKey().key()) + ": " + x.getValue()).collect(Collectors.joining("; "));
        out().println(texts().t("cli.tally.counts", r.issued(), r.returned(), r.valid(), r.invalid(),
                invalid.isEmpty() ? "" : " (" + invalid + ")"));
        if (!r.isComplete()) {
            out().println(texts().t("cli.tally.incomplete", r.returned(), r.issued()));
        }
        int codeWidth = Math.max(Columns.length(texts().t("cli.tally.code")),
                rows.stream().mapToInt(c -> Columns.length(c.candidate().code())).max().orElse(0));
        int nameWidth = Math.max(Columns.length(texts().t("cli.tally.unit")),
                rows.stream().mapToInt(c -> Columns.length(c.candidate().name())).max().orElse(0));
        out().println(Columns.left(texts().t("cli.tally.code"), codeWidth) + "  "
                + Columns.left(texts().t("cli.tally.unit"), nameWidth) + "  "
                + Columns.right(texts().t("cli.tally.votes"), 8) + "  " + Columns.right(texts().t("cli.tally.percent"), 8)
                + "  " + texts().t("cli.tally.result"));
        for (CandidateResult c : rows) {
            out().println(Columns.left(c.candidate().code(), codeWidth) + "  "
                    + Columns.left(c.candidate().name(), nameWidth) + "  "
                    + Columns.right(String.valueOf(c.votes()), 8) + "  "
                    + Columns.right(VnFormat.formatPercent(c.percent(), 2), 8) + "  "
                    + texts().t(c.outcome().key()) + ": " + words(c.reason()));
        }
        out().println(texts().t("cli.tally.elected", names(r.elected(), e)));
        if (r.hasTie()) {
            out().println(texts().t(e.closed() ? "cli.tally.tieClosed" : "cli.tally.tieOpen", names(r.tied(), e),
                    r.seatsLeft(), e.id()));
        }
        List<StoredElection> runoffs = ws.elections().runoffs(e.id());
        if (!runoffs.isEmpty() && !e.settings().isRunoff()) {
            FinalOutcome f = ws.elections().finalOutcome(e.id());
            out().println(texts().t(f.isSettled() ? "cli.tally.final" : "cli.tally.finalOpen", names(f.elected(), e),
                    runoffs.stream().map(x -> String.valueOf(x.id())).collect(Collectors.joining(", "))));
        }
    }

    private String words(Reason reason) {
        return texts().t(reason.key(), reason.args().toArray());
    }

    private String names(List<Long> unitIds, StoredElection e) {
        if (unitIds.isEmpty()) {
            return texts().t("cli.tally.nobody");
        }
        Map<Long, Candidate> byId = e.settings().candidates().stream()
                .collect(Collectors.toMap(Candidate::unitId, c -> c));
        return unitIds.stream().map(byId::get).map(c -> c.name() + " (" + c.code() + ")")
                .collect(Collectors.joining(", "));
    }
}
