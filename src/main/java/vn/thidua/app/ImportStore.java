package vn.thidua.app;

import java.util.List;

/** Writes a checked import workbook's bloc-year: all of it in one transaction, or nothing. */
public interface ImportStore {

    /**
     * What the import created or replaced.
     *
     * @param unitsCreated the codes of the units the bloc did not have
     */
    record Stored(boolean blocCreated, List<String> unitsCreated, boolean replaced) {
        public Stored {
            unitsCreated = List.copyOf(unitsCreated);
        }
    }

    /**
     * Creates the bloc and the units it lacks, and the year; when the year exists and
     * {@code replace} is set, its members, leaders, conference details, scoring table, bands,
     * scores and indicators are replaced. A year that exists without {@code replace}, or that has
     * elections, is refused (nothing is written). One line goes to the audit log, in the same
     * transaction.
     *
     * @param source the file's name, for the audit log
     */
    Stored importYear(YearImport year, boolean replace, String source);
}
