package vn.thidua.domain.voting;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The candidate list an eligibility rule proposes; the secretary may still edit it by hand. */
public final class Eligibility {

    private Eligibility() {
    }

    /** As {@link #candidates(EligibilityRule, List, Set, boolean)}, leaving out units already put forward. */
    public static List<Candidate> candidates(EligibilityRule rule, List<Member> members, Set<Long> alreadyPutForward) {
        return candidates(rule, members, alreadyPutForward, true);
    }

    /**
     * TOP_N is read on the whole scoreboard, before units already put forward are left out: "the top 3"
     * means places 1–3, not the next 3 still free. Units sharing the Nth unit's rank are all in.
     *
     * @param alreadyPutForward units put forward by earlier elections of the same year
     * @return ordered by rank then Vietnamese name (ALL: by name)
     */
    public static List<Candidate> candidates(EligibilityRule rule, List<Member> members,
            Set<Long> alreadyPutForward, boolean excludePutForward) {
        Comparator<Member> byName = Comparator.comparing(Member::toCandidate, VietnameseOrder.candidates());
        Comparator<Member> byRank = Comparator.comparing(Member::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(byName);
        List<Member> chosen = switch (rule.kind()) {
            case ALL -> members.stream().sorted(byName).toList();
            case EXCELLENT -> members.stream().filter(Member::excellent).sorted(byRank).toList();
            case TOP_N -> topN(members, rule.n(), byRank);
        };
        return chosen.stream()
                .filter(m -> !excludePutForward || !alreadyPutForward.contains(m.unitId()))
                .map(Member::toCandidate)
                .toList();
    }

    private static List<Member> topN(List<Member> members, int n, Comparator<Member> byRank) {
        List<Member> ranked = members.stream().filter(m -> m.rank() != null).sorted(byRank).toList();
        if (ranked.isEmpty()) {
            return ranked;
        }
        int lastRank = ranked.get(Math.min(n, ranked.size()) - 1).rank();
        return ranked.stream().filter(m -> m.rank() <= lastRank).toList();
    }
}
