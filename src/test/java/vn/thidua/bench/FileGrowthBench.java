package vn.thidua.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.thidua.ThiDua;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.ConferenceDetails;

/**
 * How large a data file grows with H2's space reuse off (docs/decisions/0005-aged-files.md):
 * {@code FileGrowthBench AGED_FILE WRITES} copies the file, saves the 2019 conference's place
 * WRITES times through the program's own use case, and prints the size every 100 writes, after a
 * clean close (the program's close, which compacts) and the time that close took.
 */
public final class FileGrowthBench {

    private FileGrowthBench() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int writes = Integer.parseInt(args[1]);
        Path dir = Files.createTempDirectory("thidua-growth-");
        Path file = dir.resolve("thidua.mv.db");
        Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("growth: start %d KB%n", Files.size(file) / 1024);
        long started = System.nanoTime();
        Workspace ws = ThiDua.open(file);
        var season = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        for (int i = 1; i <= writes; i++) {
            ConferenceDetails now = ws.blocs().conferenceDetails(season);
            ws.blocs().setConferenceDetails(season, now.withHeading(now.date(), "Nơi họp " + i, now.superiorBody()));
            if (i % 100 == 0) {
                System.out.printf("growth: after %d writes %d KB (%.1f ms a write)%n", i, Files.size(file) / 1024,
                        (System.nanoTime() - started) / 1e6 / i);
            }
        }
        long before = System.nanoTime();
        ws.close();
        System.out.printf("growth: after a clean close %d KB, close took %d ms%n", Files.size(file) / 1024,
                (System.nanoTime() - before) / 1_000_000);
        Workspace again = ThiDua.open(file);
        again.close();
        System.out.printf("growth: after open and close again %d KB%n", Files.size(file) / 1024);
    }
}
