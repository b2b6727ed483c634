package vn.thidua.domain.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Blind double entry: the papers typed a second time, by another operator who did not see the
 * first entry, compared with the first entry paper by paper. Whatever differs is read again from
 * the paper; the count itself only ever comes from the first entry (corrected where needed).
 */
public final class DoubleEntry {

    /** A paper whose two entries differ; an entry missing on one side is empty. */
    public record Difference(int number, Optional<Ballot> first, Optional<Ballot> second) {
    }

    /**
     * The comparison as the operator is shown it.
     *
     * @param differing the papers entered a second time whose two entries differ (a number found in
     *                  the second entry only among them), by number
     * @param notYet    the numbers of papers not entered a second time yet: only their numbers, so
     *                  that their first entry stays unseen
     * @param agreeing  how many papers were entered twice and agree
     */
    public record Check(List<Difference> differing, List<Integer> notYet, int agreeing) {
        public Check {
            differing = List.copyOf(differing);
            notYet = List.copyOf(notYet);
        }
    }

    private DoubleEntry() {
    }

    /** {@link #compare}, split as the operator is shown it, with the count of papers that agree. */
    public static Check check(List<Ballot> first, List<Ballot> second) {
        List<Difference> all = compare(first, second);
        return new Check(all.stream().filter(d -> d.second().isPresent()).toList(),
                all.stream().filter(d -> d.second().isEmpty()).map(Difference::number).toList(),
                agreeing(first, second));
    }

    /**
     * Papers whose entries differ, by number: different marks, spoiled on one side only, or a
     * number entered on one side only. Two entries agree when they hold the same kind, the same
     * candidates and the same unknown keys.
     */
    public static List<Difference> compare(List<Ballot> first, List<Ballot> second) {
        Map<Integer, Ballot> a = byNumber(first);
        Map<Integer, Ballot> b = byNumber(second);
        List<Difference> out = new ArrayList<>();
        for (int n : union(a, b)) {
            Optional<Ballot> x = Optional.ofNullable(a.get(n));
            Optional<Ballot> y = Optional.ofNullable(b.get(n));
            if (!x.equals(y)) {
                out.add(new Difference(n, x, y));
            }
        }
        return out;
    }

    /** How many papers were entered twice and agree. */
    public static int agreeing(List<Ballot> first, List<Ballot> second) {
        Map<Integer, Ballot> a = byNumber(first);
        return (int) second.stream().filter(s -> s.equals(a.get(s.number()))).count();
    }

    private static Map<Integer, Ballot> byNumber(List<Ballot> ballots) {
        return ballots.stream().collect(Collectors.toMap(Ballot::number, Function.identity(), (x, y) -> y, TreeMap::new));
    }

    private static Set<Integer> union(Map<Integer, Ballot> a, Map<Integer, Ballot> b) {
        Set<Integer> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }
}
