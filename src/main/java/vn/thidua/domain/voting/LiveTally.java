package vn.thidua.domain.voting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running count the count page and the projector show, kept up to date one paper at a time instead of recounting.
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

    /** The running count of papers already entered, from the first: a recount that can go on by one. */
    public static LiveTally of(ElectionSettings settings, List<Ballot> ballots) {
        if (ballots.size() > settings.ballotsIssued()) {
            throw new IllegalArgumentException(
                    ballots.size() + " ballots returned but only " + settings.ballotsIssued() + " issued");
        }
        Map<InvalidReason, Integer> invalid = new EnumMap<>(InvalidReason.class);
        Map<Long, Integer> votes = new HashMap<>();
        int valid = 0;
        for (Ballot b : ballots) {
            var reason = BallotCheck.validity(b, settings).invalidReason();
            if (reason.isPresent()) {
                invalid.merge(reason.get(), 1, Integer::sum);
            } else {
                valid++;
                b.approved().forEach(id -> votes.merge(id, 1, Integer::sum));
            }
        }
        return new LiveTally(settings, ballots.size(), valid, invalid, votes);
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
