package vn.thidua;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.thidua.app.ClassArchive;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;

/**
 * The training run of {@link ClassArchive}, in two JVMs. {@code prepare FOLDER} (a plain JVM)
 * creates the sample bloc in a new data file there. {@code run FOLDER} (the JVM started with
 * {@code -XX:ArchiveClassesAtExit}) then does with that file what every start of the program does,
 * so that those classes go into the archive: opens it as a current file (no migrations), computes
 * every year's scoreboard and indicators and counts every election.
 *
 * <p>Left out on purpose: the migrations (Flyway and Jackson, ~1,000 classes) run once per file,
 * and the documents (POI and its schemas, ~1,600 classes) once per conference; with them the
 * archive was 36 MB, without them it holds what opening and counting need. No window either: the
 * archive is made where there may be no display (a package's postinst).
 */
public final class ClassArchiveTraining {

    private ClassArchiveTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !(args[0].equals("prepare") || args[0].equals("run"))) {
            System.err.println("usage: ClassArchiveTraining prepare|run FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[1]);
        Path file = folder.resolve("thidua.mv.db");
        if (args[0].equals("prepare")) {
            Files.createDirectories(folder);
            try (Workspace ws = ThiDua.open(file)) {
                ws.sample().createIfAbsent();
            }
            System.out.println("prepared " + SampleBloc.BLOC_CODE + " in " + file);
            return;
        }
        int years = 0;
        try (Workspace ws = ThiDua.open(file)) {
            for (Bloc bloc : ws.blocs().blocs()) {
                for (Season season : ws.blocs().seasons(bloc.id())) {
                    ws.scoring().scoreboard(season);
                    ws.scoring().indicators(season);
                    for (var election : ws.elections().elections(season)) {
                        ws.elections().tally(election.id());
                        ws.elections().ballots(election.id());
                        ws.elections().finalOutcome(election.id());
                    }
                    years++;
                }
            }
        }
        if (years == 0) {
            throw new IllegalStateException("no year in " + file + ": run prepare first");
        }
        System.out.println("trained on " + years + " year(s)");
    }
}
