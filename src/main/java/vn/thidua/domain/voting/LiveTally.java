package vn.thidua.domain.voting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The running count the projector shows, kept up to date one paper at a time instead of recounting.
 * Immutable: each paper gives a new tally, so a screen can never show a half-applied paper.
 * For the same papers, {@link #result()} equals {@link Tally#count} (a property test holds it to that).
 */
public final class LiveTally {

    private final ElectionSettings settings;
    private final int returned;
    private final int valid;
    private final Map<InvalidReason, Integer> invalid;
    private final Map<Long, Integer> votes;

    private LiveTally(ElectionSettings settings, int returned, int valid,
            Map<InvalidReason, Integer> invalid, Map<Long, Integer> votes) {
        this.settings = settings;
        this.returned = returned;
        this.valid = valid;
        this.invalid = Collections.unmodifiableMap(invalid);
        this.votes = Collections.unmodifiableMap(votes);
    }

    public static LiveTally start(ElectionSettings settings) {
        return new LiveTally(settings, 0, 0, new EnumMap<>(InvalidReason.class), new HashMap<>());
    }

    public ElectionSettings settings() {
        return settings;
    }

    public int returned() {
        return returned;
    }

    public boolean canAdd() {
        return BallotCheck.checkAdd(settings, returned).isEmpty();
    }

    /** @throws IllegalStateException when every issued paper is already in */
    public LiveTally add(Ballot ballot) {
        if (!canAdd()) {
            throw new IllegalStateException("All " + settings.ballotsIssued() + " issued ballots are in");
        }
        return apply(ballot, +1);
    }

    /** Takes back a paper added earlier (undo). The caller passes a paper it added, as it was added. */
    public LiveTally remove(Ballot ballot) {
        if (returned == 0) {
            throw new IllegalStateException("No ballot to take back");
        }
        return apply(ballot, -1);
    }

    public TallyResult result() {
        return Tally.decide(settings, returned, valid, invalid, votes);
    }

    private LiveTally apply(Ballot ballot, int delta) {
        Validity validity = BallotCheck.validity(ballot, settings);
        Map<InvalidReason, Integer> newInvalid = new EnumMap<>(InvalidReason.class);
        newInvalid.putAll(invalid);
        Map<Long, Integer> newVotes = new HashMap<>(votes);
        validity.invalidReason().ifPresentOrElse(
                r -> newInvalid.merge(r, delta, Integer::sum),
                () -> ballot.approved().forEach(id -> newVotes.merge(id, delta, Integer::sum)));
        if (newInvalid.values().stream().anyMatch(n -> n < 0) || newVotes.values().stream().anyMatch(n -> n < 0)) {
            throw new IllegalStateException("Ballot " + ballot.number() + " was not in the tally");
        }
        return new LiveTally(settings, returned + delta, valid + (validity.isValid() ? delta : 0), newInvalid, newVotes);
    }
}
