package vn.thidua.domain.voting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The count of one election at some moment: complete when every issued paper is in.
 *
 * @param returned        papers entered so far (valid + invalid)
 * @param invalidByReason every reason, with 0 where none
 * @param base            the number the percentages are taken of
 * @param votesNeeded     the fewest votes that meet the threshold for this base (meaningless when base is 0)
 * @param rows            most votes first, then by Vietnamese name
 * @param rule            the election's rule in one line, for the projector and the minutes
 */
public record TallyResult(
        ElectionSettings settings,
        int returned,
        int valid,
        Map<InvalidReason, Integer> invalidByReason,
        int base,
        int votesNeeded,
        List<CandidateResult> rows,
        Reason rule) {

    public TallyResult {
        Map<InvalidReason, Integer> all = new EnumMap<>(InvalidReason.class);
        for (InvalidReason r : InvalidReason.values()) {
            all.put(r, invalidByReason.getOrDefault(r, 0));
        }
        invalidByReason = Collections.unmodifiableMap(all);
        rows = List.copyOf(rows);
    }

    public int issued() {
        return settings.ballotsIssued();
    }

    public int invalid() {
        return returned - valid;
    }

    public boolean isComplete() {
        return returned == issued();
    }

    public List<Long> elected() {
        return unitsWith(Outcome.ELECTED);
    }

    public List<Long> tied() {
        return unitsWith(Outcome.TIE);
    }

    public boolean hasTie() {
        return rows.stream().anyMatch(r -> r.outcome() == Outcome.TIE);
    }

    /** Seats not filled by the elected: what a runoff among the tied is for. */
    public int seatsLeft() {
        return settings.seats() - elected().size();
    }

    public Optional<CandidateResult> row(long unitId) {
        return rows.stream().filter(r -> r.unitId() == unitId).findFirst();
    }

    private List<Long> unitsWith(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).map(CandidateResult::unitId).toList();
    }
}
