package vn.thidua.domain.bloc;

import java.util.List;

/**
 * One change of the bloc(s) from a year, written at once: units made, names taken from that year, and
 * who succeeds whom. Units are named by bloc and code, since the new ones have no id yet.
 */
public record Reorganisation(int fromYear, List<NewUnit> newUnits, List<Rename> renames, List<Link> links) {

    public record NewUnit(long blocId, UnitDraft draft) {
    }

    public record Rename(long unitId, String fullName, String shortName) {
    }

    public record Link(long predecessorBlocId, String predecessorCode, long successorBlocId, String successorCode,
                       Succession.Kind kind) {
    }

    public Reorganisation {
        newUnits = List.copyOf(newUnits);
        renames = List.copyOf(renames);
        links = List.copyOf(links);
    }
}
