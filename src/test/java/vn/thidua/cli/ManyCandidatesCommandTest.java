package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.testing.Backend;

/** A bloc larger than the keys on screen, voted by unit codes from the command line; titles voted once. */
class ManyCandidatesCommandTest {

    @TempDir
    Path dir;

    /** The data file, or the PostgreSQL database: every case runs on both. */
    private String where;

    private CliRunner.Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", where));
        all.addAll(List.of(args));
        return CliRunner.run(all.toArray(String[]::new));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void papersImportedByCodesReachEveryOneOfFortyCandidates(Backend backend) throws Exception {
        where = backend.newLocation(dir, "test");
        try (Workspace ws = Backend.open(where)) {
            Bloc b = ws.blocs().addBloc("HUYEN", "Khối thi đua các huyện");
            Season y = ws.blocs().startYear(b.id(), 2025);
            for (int i = 1; i <= 40; i++) {
                ws.blocs().addUnit(y, new UnitDraft("U" + i, "Đơn vị số " + i, ""));
            }
        }
        String codes = String.join(",", IntStream.rangeClosed(1, 40).mapToObj(i -> "U" + i).toList());
        CliRunner.Result added = cli("election", "add", "--bloc", "HUYEN", "--year", "2025", "--title", "Cờ thi đua",
                "--seats", "2", "--threshold", ">:50", "--base", "valid", "--issued", "3", "--candidates", codes);
        assertThat(added.code()).as(added.err()).isZero();
        String id = added.lastLine();
        Path csv = dir.resolve("phieu.csv");
        Files.writeString(csv, "ballot,approve\n1,U40;U35\n2,U40\n3,U34;U40\n", StandardCharsets.UTF_8);
        CliRunner.Result imported = cli("ballots", "--election", id, "--import", csv.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        String tally = cli("tally", "--election", id, "--format", "csv").out();
        assertThat(tally.lines().filter(l -> l.startsWith("U40,")).findFirst().orElseThrow()).contains(",3,");
        assertThat(tally.lines().filter(l -> l.startsWith("U35,")).findFirst().orElseThrow()).contains(",1,");

        // The same title again in the year: refused unless asked for on purpose.
        CliRunner.Result again = cli("election", "add", "--bloc", "HUYEN", "--year", "2025", "--title", " cờ thi  đua ",
                "--seats", "1", "--threshold", ">:50", "--base", "valid", "--issued", "3", "--candidates", "U1,U2");
        assertThat(again.code()).isNotZero();
        assertThat(again.err()).contains("Năm 2025 đã có cuộc bầu “Cờ thi đua”", "--again");
        CliRunner.Result meant = cli("election", "add", "--bloc", "HUYEN", "--year", "2025", "--title", "Cờ thi đua",
                "--seats", "1", "--threshold", ">:50", "--base", "valid", "--issued", "3", "--candidates", "U1,U2",
                "--again");
        assertThat(meant.code()).as(meant.err()).isZero();
    }
}
