package vn.thidua.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.thidua.app.AppException;
import vn.thidua.app.IoReason;
import vn.thidua.app.ValidationException;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.voting.TallyResult;
import java.nio.ByteBuffer;

/**
 * {@code thidua ballots --election ID --import ballots.csv}: every paper of the file, or none. A
 * malformed file or more papers than were issued is refused whole, naming the file and the lines.
 */
@Command(name = "ballots", description = "Nhập phiếu bầu từ tệp ballots.csv (tất cả hoặc không phiếu nào)")
final class BallotsCommand extends ElectionIdCommand {

    @Option(names = "--import", required = true, paramLabel = "ballots.csv",
            description = "Tệp CSV UTF-8, dòng đầu: ballot,approve; mỗi dòng: số phiếu,mã đơn vị;mã đơn vị (trống: "
                    + "không bầu ai; SPOILED: phiếu hỏng)")
    Path file;

    @Override
    int run(Workspace ws) {
        String csv = read(file);
        String title = ws.elections().election(election).settings().title();
        int imported;
        try {
            imported = ws.elections().importBallotsCsv(election, csv);
        } catch (ValidationException e) {
            List<Problem> named = new ArrayList<>();
            named.add(Problem.of("file", "cli.ballots.refused", file.toString()));
            named.addAll(e.problems());
            throw new ValidationException(named);
        }
        TallyResult r = ws.elections().tally(election);
        out().println(texts().t("cli.ballots.imported", imported, file.toString(), title, election));
        out().println(texts().t("cli.ballots.count", r.returned(), r.issued(), r.valid(), r.invalid()));
        return 0;
    }

    static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new AppException(e, "cli.file.missing", file.toString());
        } catch (CharacterCodingException e) {
            throw new AppException(e, "cli.file.notUtf8", file.toString());
        } catch (IOException e) {
            throw new AppException(e, "cli.file.unreadable", file.toString(), IoReason.of(e));
        }
    }
}
