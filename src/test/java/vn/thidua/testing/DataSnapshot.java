package vn.thidua.testing;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;

/**
 * Everything a data file holds, as the use cases show it, written out line by line: two snapshots
 * are equal when nothing was changed. The counts come first, so a failure says what grew.
 */
public final class DataSnapshot {

    private DataSnapshot() {
    }

    /** Rows per kind of thing, e.g. {@code blocs=1 units=8 years=2 ... audit=57}. */
    public static String counts(Workspace ws) {
        int units = 0;
        int years = 0;
        int members = 0;
        int criteria = 0;
        int scores = 0;
        int indicators = 0;
        int elections = 0;
        int ballots = 0;
        for (Bloc b : ws.blocs().blocs()) {
            units += ws.blocs().unitsOfBloc(b.id()).size();
            for (Season s : ws.blocs().seasons(b.id())) {
                years++;
                members += ws.blocs().members(s).size();
                criteria += ws.scoring().table(s).criteria().size();
                scores += ws.scoring().scores(s).size();
                indicators += ws.scoring().indicators(s).size();
                for (StoredElection e : ws.elections().elections(s)) {
                    elections++;
                    ballots += ws.elections().ballots(e.id()).size();
                }
            }
        }
        return "blocs=" + ws.blocs().blocs().size() + " units=" + units + " years=" + years + " members=" + members
                + " criteria=" + criteria + " scores=" + scores + " indicators=" + indicators + " elections=" + elections
                + " ballots=" + ballots + " audit=" + ws.audit().entries(0).size();
    }

    /** The counts, then every value. */
    public static String of(Workspace ws) {
        List<String> lines = new ArrayList<>();
        lines.add(counts(ws));
        for (Bloc b : ws.blocs().blocs()) {
            lines.add("bloc " + b);
            for (Unit u : ws.blocs().unitsOfBloc(b.id())) {
                lines.add("  unit " + u);
            }
            for (Season s : ws.blocs().seasons(b.id())) {
                lines.add("  year " + s + " " + ws.blocs().conferenceDetails(s));
                lines.add("    members " + ws.blocs().members(s).stream().map(Unit::code).toList());
                lines.add("    table " + ws.scoring().table(s));
                lines.add("    bands " + ws.scoring().bands(s));
                ws.scoring().scores(s).stream().map(Object::toString).sorted().forEach(x -> lines.add("    score " + x));
                ws.scoring().indicators(s).forEach(i -> lines.add("    indicator " + i));
                for (StoredElection e : ws.elections().elections(s)) {
                    lines.add("    election " + e);
                    lines.add("      ballots " + ws.elections().ballots(e.id()));
                }
            }
        }
        return String.join("\n", lines);
    }
}
