package vn.thidua.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.AppException;
import vn.thidua.app.ElectionService;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.Candidate;
import vn.thidua.domain.voting.EligibilityRule;
import vn.thidua.domain.voting.Reason;

/** {@code thidua election add|list}: setting up the year's elections. */
@Command(name = "election", description = "Cuộc bầu suy tôn", subcommands = {ElectionCommand.Add.class,
        ElectionCommand.ListElections.class})
final class ElectionCommand {

    /**
     * {@code election add}: candidates by hand ({@code --candidates}, taken as given) or by a rule
     * ({@code --eligible}); by a rule, units put forward by an earlier closed election of the same
     * year are left out unless {@code --include-put-forward}. Prints the new id alone on the last line.
     */
    @Command(name = "add", description = "Tạo cuộc bầu; dòng cuối in số (id) của cuộc bầu mới")
    static final class Add extends WorkspaceCommand {

        @Option(names = "--bloc", required = true, description = "Mã khối")
        String bloc;

        @Option(names = "--year", required = true, description = "Năm thi đua")
        int year;

        @Option(names = "--title", required = true, description = "Danh hiệu, ví dụ \"Cờ thi đua của UBND tỉnh\"")
        String title;

        @Option(names = "--seats", required = true, description = "Số đơn vị được suy tôn")
        int seats;

        @Option(names = "--threshold", required = true, paramLabel = ">:P|>=:P|>:A/B",
                converter = ElectionArgs.ThresholdConverter.class,
                description = "Ngưỡng: trên (>) hoặc từ … trở lên (>=) P%% hoặc phân số A/B của cơ sở tính, ví dụ '>:50', "
                        + "'>=:70', '>:66.666666', '>:2/3'. Số thập phân viết với dấu chấm (như trong tệp CSV): "
                        + "'>:50.555' là 50,555%%")
        ElectionArgs.Threshold threshold;

        @Option(names = "--base", required = true, paramLabel = "valid|returned|members",
                converter = ElectionArgs.BaseConverter.class,
                description = "Tỷ lệ tính trên: phiếu hợp lệ, phiếu thu về, hoặc số đơn vị thành viên")
        Base base;

        @Option(names = "--issued", required = true, description = "Số phiếu phát ra")
        int issued;

        @Option(names = "--candidates", split = ",", paramLabel = "C1,C2,...", hideParamSyntax = true,
                description = "Danh sách bầu: mã các đơn vị, cách nhau bằng dấu phẩy")
        List<String> candidates;

        @Option(names = "--eligible", paramLabel = "all|excellent|top:N",
                converter = ElectionArgs.EligibleConverter.class,
                description = "Danh sách bầu theo điều kiện: mọi thành viên, các đơn vị xếp loại xuất sắc, hoặc N hạng đầu")
        EligibilityRule eligible;

        @Option(names = "--include-put-forward",
                description = "Với --eligible: giữ cả các đơn vị đã được suy tôn ở cuộc bầu trước trong năm "
                        + "(mặc định: bỏ ra)")
        boolean includePutForward;

        @Option(names = "--again",
                description = "Tạo cuộc bầu thứ hai cho một danh hiệu mà năm đó đã có cuộc bầu (mặc định: từ chối)")
        boolean again;

        @Override
        int run(Workspace ws) {
            if ((candidates == null) == (eligible == null)) {
                throw new AppException("cli.election.candidatesOrEligible");
            }
            Bloc b = ws.blocs().requireBloc(bloc);
            Season s = ws.blocs().requireSeason(b, year);
            ElectionService elections = ws.elections();
            List<Long> ids = candidates == null ? List.of() : unitIds(ws, s, candidates);
            boolean exclude = !includePutForward;
            ElectionService.Draft draft = new ElectionService.Draft(title, seats, threshold.operator(),
                    threshold.level(), base, issued, ids, eligible, exclude);
            if (!again) {
                elections.sameTitle(s, title).ifPresent(e -> {
                    throw new AppException("cli.election.sameTitle", year, e.settings().title());
                });
            }
            long id = elections.create(s, draft, again);
            StoredElection e = elections.election(id);
            Reason rule = elections.tally(id).rule();
            out().println(texts().t("cli.election.added", e.settings().title(), b.code(), year,
                    texts().t(rule.key(), rule.args().toArray()), e.settings().ballotsIssued()));
            int n = 1;
            for (Candidate c : e.settings().candidates()) {
                out().println(texts().t("cli.election.candidate", n++, c.code(), c.name()));
            }
            Set<Long> putForward = elections.putForward(s);
            if (eligible != null && exclude) {
                List<String> left = elections.eligible(s, eligible, false).stream()
                        .filter(c -> putForward.contains(c.unitId())).map(Candidate::code).toList();
                if (!left.isEmpty()) {
                    out().println(texts().t("cli.election.leftOut", String.join(", ", left)));
                }
            } else {
                List<String> again = e.settings().candidates().stream().filter(c -> putForward.contains(c.unitId()))
                        .map(Candidate::code).toList();
                if (!again.isEmpty()) {
                    out().println(texts().t("cli.election.alreadyPutForward", String.join(", ", again)));
                }
            }
            out().println(id);
            return 0;
        }

        /** Every code checked before anything is written; all unknown codes named at once. */
        private static List<Long> unitIds(Workspace ws, Season s, List<String> codes) {
            List<Long> ids = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String code : codes) {
                if (code.isBlank()) {
                    continue;
                }
                ws.blocs().memberByCode(s, code).map(Unit::id).ifPresentOrElse(ids::add, () -> unknown.add(code.strip()));
            }
            if (!unknown.isEmpty()) {
                throw new AppException("cli.election.notMembers", String.join(", ", unknown), s.year());
            }
            return ids;
        }
    }

    /** {@code election list}: csv {@code id,title,seats,status}, status open or closed. */
    @Command(name = "list", description = "Các cuộc bầu của khối trong năm")
    static final class ListElections extends WorkspaceCommand {

        @Option(names = "--bloc", required = true, description = "Mã khối")
        String bloc;

        @Option(names = "--year", required = true, description = "Năm thi đua")
        int year;

        @Option(names = "--format", paramLabel = Format.WORDS, defaultValue = "text",
                converter = Format.Converter.class, completionCandidates = Format.Words.class,
                description = "text (mặc định) hoặc csv")
        Format format;

        @Override
        int run(Workspace ws) {
            Bloc b = ws.blocs().requireBloc(bloc);
            Season s = ws.blocs().requireSeason(b, year);
            List<StoredElection> all = ws.elections().elections(s);
            if (format == Format.CSV) {
                Csv.row(out(), "id", "title", "seats", "status");
                for (StoredElection e : all) {
                    Csv.row(out(), e.id(), e.settings().title(), e.settings().seats(), e.closed() ? "closed" : "open");
                }
                return 0;
            }
            if (all.isEmpty()) {
                out().println(texts().t("cli.election.none", b.code(), year));
                return 0;
            }
            out().println(texts().t("cli.election.listTitle", b.code(), year));
            for (StoredElection e : all) {
                String round = e.settings().isRunoff()
                        ? " " + texts().t("cli.election.runoffOf", e.settings().round(), e.settings().parentElectionId())
                        : "";
                out().println(texts().t("cli.election.line", e.id(), e.settings().title(), round,
                        e.settings().seats(), e.settings().candidates().size(), ws.elections().ballots(e.id()).size(),
                        e.settings().ballotsIssued(),
                        texts().t(e.closed() ? "cli.election.closed" : "cli.election.open")));
            }
            return 0;
        }
    }
}
