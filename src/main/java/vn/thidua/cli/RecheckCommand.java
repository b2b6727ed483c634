package vn.thidua.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.ElectionService;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.ValidationException;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.DoubleEntry;

/**
 * {@code thidua recheck --election ID [--import ballots.csv]}: blind double entry from the command
 * line. With a file, its papers become the second entry (all or nothing); then the papers whose two
 * entries differ are listed by number. Exit 0 when every paper entered twice agrees, 1 if not.
 */
@Command(name = "recheck", description = "Đối chiếu lần nhập thứ hai (nhập mù) với lần nhập phiếu thứ nhất:"
        + " mã thoát 0 nếu các phiếu nhập hai lần đều khớp, 1 nếu có phiếu khác")
final class RecheckCommand extends ElectionIdCommand {

    static final int DIFFERENT = 1;

    @Option(names = "--import", paramLabel = "ballots.csv",
            description = "Tệp CSV của lần nhập thứ hai, cùng dạng tệp của lệnh ballots (số phiếu từ 1)")
    Path file;

    @Override
    int run(Workspace ws) {
        StoredElection e = ws.elections().election(election);
        if (file != null) {
            String csv = BallotsCommand.read(file);
            int stored;
            try {
                stored = ws.elections().importRecheckCsv(election, csv);
            } catch (ValidationException ex) {
                List<Problem> named = new ArrayList<>();
                named.add(Problem.of("file", "cli.recheck.refused", file.toString()));
                named.addAll(ex.problems());
                throw new ValidationException(named);
            }
            out().println(texts().t("cli.recheck.imported", stored, file.toString(), e.settings().title(), election));
        }
        DoubleEntry.Check check = ws.elections().recheck(election);
        for (DoubleEntry.Difference d : check.differing()) {
            out().println(texts().t("cli.recheck.line", d.number(),
                    d.first().map(b -> describe(e, b)).orElse(texts().t("elections.recheck.missing")),
                    describe(e, d.second().orElseThrow())));
        }
        out().println(texts().t(check.differing().isEmpty() ? "cli.recheck.agree" : "cli.recheck.differ",
                check.differing().size(), check.agreeing()));
        if (!check.notYet().isEmpty()) {
            out().println(texts().t("elections.recheck.notYet", numbers(check.notYet())));
        }
        return check.differing().isEmpty() ? 0 : DIFFERENT;
    }

    static String numbers(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }

    /** A paper as the ballots file writes it: its keys, "H" for spoiled, "-" for nobody. */
    private static String describe(StoredElection e, Ballot b) {
        String keys = ElectionService.describe(e.settings(), b);
        return keys.isEmpty() ? "-" : keys;
    }
}
