package vn.thidua.app;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The returns the units send (issue 16): each one taken in one transaction, and the record of who sent what. */
public interface ReturnStore {

    /** One accepted return. */
    record Received(long unitId, LocalDateTime at, String fileName, String fingerprint) {
    }

    /**
     * A checked return to write.
     *
     * @param selfScores the self score (null: none) of each criterion id the file has a row for
     * @param indicators the unit's indicators for the year, in the file's order: they replace the unit's
     *                   (matched by name, so an indicator kept keeps its id)
     * @param replacing  the unit had sent a return for the year before (the audit line says so)
     */
    record Taken(String blocCode, int year, long seasonId, long unitId, Map<Long, BigDecimal> selfScores,
                 List<YearImport.IndicatorLine> indicators, Received received, boolean replacing) {
        public Taken {
            selfScores = Collections.unmodifiableMap(new LinkedHashMap<>(selfScores));
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * Writes the unit's self scores (its bloc scores and notes stay) and indicators, records the return and
     * writes one audit line, all in one transaction; nothing of another unit or of the scoring table is touched.
     */
    void take(Taken taken);

    /** Every return accepted for the year, oldest first. */
    List<Received> returns(long seasonId);
}
