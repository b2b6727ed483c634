package vn.thidua.app;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A whole bloc-year taken out of one database and written into another (a laptop's file and a server):
 * everything of the year, elections with their papers and the year's audit lines included. Ids differ
 * between databases; the store maps them by natural keys (bloc code, unit code, criterion code, election
 * order).
 */
public interface YearCopies {

    /** The rows of one bloc-year as read, keyed by table; opaque outside the store. */
    record Copy(String blocCode, String blocName, int year, Map<String, List<Map<String, Object>>> rows) {
        public Copy {
            rows = Map.copyOf(rows);
        }
    }

    /**
     * What a write did.
     *
     * @param elections the source's election ids and the ids they were given here
     */
    record Written(boolean blocCreated, List<String> unitsCreated, boolean replaced, Map<Long, Long> elections) {
        public Written {
            unitsCreated = List.copyOf(unitsCreated);
            elections = Map.copyOf(elections);
        }
    }

    /** @throws AppException the bloc or the year is not there */
    Copy read(String blocCode, int year);

    /** The highest migration applied to this database (Flyway's history). */
    int schemaVersion();

    /**
     * Writes {@code copy} in one transaction. A year already here is refused unless {@code replace}; other
     * years and blocs are never touched. {@code check} runs inside the transaction, after the copy, with the
     * elections' ids mapped: when it throws, nothing is written.
     *
     * @param from where the copy came from, for the audit line
     * @param action the audit line's action ({@code year.publish}, {@code year.fetch})
     */
    Written write(Copy copy, boolean replace, String from, String action, Consumer<Map<Long, Long>> check);
}
