package vn.thidua.store;

import java.nio.file.Path;
import vn.thidua.ThiDua;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.ConferenceDetails;

/**
 * Runs in a child JVM over a copy of a data file that has lived: {@code FILE N} opens it through
 * the program's own open, saves the 2019 conference's place N times as Báo cáo saves it, and
 * prints {@code CONFIRMED i} after each save returns, then waits to be ended.
 */
public final class AgedSaver {

    private AgedSaver() {
    }

    public static void main(String[] args) throws Exception {
        Workspace ws = ThiDua.open(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        var season = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        for (int i = 1; i <= n; i++) {
            ConferenceDetails now = ws.blocs().conferenceDetails(season);
            ws.blocs().setConferenceDetails(season, now.withHeading(now.date(), place(i), now.superiorBody()));
            System.out.println("CONFIRMED " + i);
            System.out.flush();
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    static String place(int i) {
        return "Hải Dương – lần lưu " + i;
    }
}
