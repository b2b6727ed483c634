package vn.thidua.domain.voting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts an election from its ballots and applies the rules: candidates who meet the threshold,
 * most votes first, fill the seats; if those with the votes of the last seat cannot all fit, they
 * are all TIE and only the seats above them are filled. Neither ballot order nor candidate order
 * or names can change an outcome.
 */
public final class Tally {

    private Tally() {
    }

    /** A full recount from the stored ballots. */
    public static TallyResult count(ElectionSettings settings, List<Ballot> ballots) {
        if (ballots.size() > settings.ballotsIssued()) {
            throw new IllegalArgumentException(
                    ballots.size() + " ballots returned but only " + settings.ballotsIssued() + " issued");
        }
        Map<InvalidReason, Integer> invalid = new EnumMap<>(InvalidReason.class);
        List<Ballot> valid = new ArrayList<>();
        for (Ballot b : ballots) {
            BallotCheck.validity(b, settings).invalidReason()
                    .ifPresentOrElse(r -> invalid.merge(r, 1, Integer::sum), () -> valid.add(b));
        }
        Map<Long, Integer> votes = new HashMap<>();
        for (Candidate c : settings.candidates()) {
            votes.put(c.unitId(), (int) valid.stream().filter(b -> b.approved().contains(c.unitId())).count());
        }
        return decide(settings, ballots.size(), valid.size(), invalid, votes);
    }

    /** The rules applied to counts. */
    static TallyResult decide(ElectionSettings settings, int returned, int valid,
            Map<InvalidReason, Integer> invalid, Map<Long, Integer> votes) {
        int base = switch (settings.base()) {
            case VALID -> valid;
            case RETURNED -> returned;
            case MEMBERS -> settings.members();
        };
        int needed = Threshold.votesNeeded(settings.operator(), settings.level(), base);
        List<Candidate> list = settings.candidates();
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Candidate c = list.get(i);
            int v = votes.getOrDefault(c.unitId(), 0);
            scored.add(new Scored(i + 1, c, v, Threshold.meets(settings.operator(), settings.level(), v, base)));
        }
        Seats seats = Seats.fill(scored, settings.seats());
        Explainer explainer = new Explainer(settings, base, needed, seats);
        List<CandidateResult> rows = scored.stream()
                .sorted(Comparator.comparingInt(Scored::votes).reversed()
                        .thenComparing(Scored::candidate, VietnameseOrder.candidates()))
                .map(explainer::row)
                .toList();
        return new TallyResult(settings, returned, valid, invalid, base, needed, rows, explainer.rule());
    }

    record Scored(int number, Candidate candidate, int votes, boolean qualifies) {
    }
}
