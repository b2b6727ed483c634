package vn.thidua.app;

import java.nio.file.Path;
import vn.thidua.ThiDua;
import vn.thidua.domain.bloc.Season;

/**
 * Child JVM of {@link PackFolderTest}: records a place for the 2019 sample, so that the new pack
 * differs from the old one, then writes the pack slowly, telling each file, to be killed halfway.
 */
public final class ReportPackChild {

    private ReportPackChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace ws = ThiDua.open(Path.of(args[0]))) {
            Season y = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            ws.blocs().setConferenceDetails(y, ws.blocs().conferenceDetails(y).withHeading(
                    ws.blocs().conferenceDetails(y).date(), args[2], "UBND tỉnh Hải Dương"));
            ws.reports().write("KTN", 2019, Path.of(args[1]), ReportService.Options.all(), (done, total) -> {
                System.out.println("FILE " + done + "/" + total);
                System.out.flush();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            System.out.println("DONE");
        }
    }
}
