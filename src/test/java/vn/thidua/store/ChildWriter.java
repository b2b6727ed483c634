package vn.thidua.store;

import java.nio.file.Path;
import vn.thidua.ThiDua;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.UnitDraft;

/**
 * Runs in a child JVM. {@code write FILE N}: adds units one by one through the use case and
 * prints {@code CONFIRMED code} after each returns, as the window would show it saved.
 * {@code hold FILE}: opens the file, prints READY and waits to be killed.
 */
public final class ChildWriter {

    private ChildWriter() {
    }

    public static void main(String[] args) throws Exception {
        Workspace ws = ThiDua.open(Path.of(args[1]));
        if (args[0].equals("hold")) {
            System.out.println("READY " + ProcessHandle.current().pid());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
        Bloc bloc = ws.blocs().addBloc("KILL", "Khối thử tắt đột ngột");
        Season season = ws.blocs().startYear(bloc.id(), 2024);
        int n = Integer.parseInt(args[2]);
        for (int i = 1; i <= n; i++) {
            String code = "U" + i;
            ws.blocs().addUnit(season, new UnitDraft(code, "Đơn vị số " + i, ""));
            System.out.println("CONFIRMED " + code);
            System.out.flush();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
