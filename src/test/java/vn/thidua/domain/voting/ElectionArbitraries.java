package vn.thidua.domain.voting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random elections with their papers: few candidates and round thresholds, so ties are common. */
final class ElectionArbitraries {

    record Case(ElectionSettings settings, List<Ballot> ballots) {
    }

    private ElectionArbitraries() {
    }

    static Arbitrary<Case> cases() {
        Arbitrary<Integer> candidateCount = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(2, 5)),
                Tuple.of(1, Arbitraries.integers().between(1, BallotKeys.MAX_CANDIDATES)));
        Arbitrary<Integer> issuedCount = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(3, 12)),
                Tuple.of(1, Arbitraries.integers().between(1, 30)));
        return candidateCount.flatMap(n -> {
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                candidates.add(new Candidate(1000 + 7L * i, "U" + i, "Đơn vị " + (char) ('A' + i)));
            }
            return Combinators.combine(
                    Arbitraries.frequencyOf(
                            Tuple.of(3, Arbitraries.integers().between(1, Math.max(1, n / 2))),
                            Tuple.of(1, Arbitraries.integers().between(1, n))),
                    Arbitraries.of(ThresholdOperator.class),
                    percents(),
                    Arbitraries.of(Base.class),
                    issuedCount,
                    Arbitraries.integers().between(1, 15))
                    .flatAs((seats, op, percent, base, issued, members) -> {
                        ElectionSettings s = ElectionSettings.firstRound("Cờ thi đua", seats, candidates,
                                op, percent, base, issued, members);
                        return papers(s).list().ofMinSize(issued / 2).ofMaxSize(issued).map(p -> new Case(s, numbered(p)));
                    });
        }).withoutEdgeCases(); // jqwik's edge cases would make half the elections 2 candidates and 1 paper
    }

    private static Arbitrary<BigDecimal> percents() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("0", "25", "40", "50").map(BigDecimal::new)),
                Tuple.of(2, Arbitraries.of("66.67", "70", "80", "100").map(BigDecimal::new)),
                Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2)));
    }

    /** Mostly valid papers; some with too many marks, some with a stray key, some spoiled. */
    private static Arbitrary<Ballot> papers(ElectionSettings s) {
        List<Long> ids = s.candidates().stream().map(Candidate::unitId).toList();
        Arbitrary<Set<Long>> withinSeats = Arbitraries.subsetOf(ids).ofMaxSize(s.seats());
        Arbitrary<Set<Long>> any = Arbitraries.subsetOf(ids);
        return Arbitraries.frequencyOf(
                Tuple.of(12, withinSeats.map(a -> Ballot.marked(1, a))),
                Tuple.of(2, any.map(a -> Ballot.marked(1, a))),
                Tuple.of(1, any.map(a -> new Ballot(1, BallotKind.MARKED, a, Set.of("G")))),
                Tuple.of(1, Arbitraries.just(Ballot.spoiled(1))));
    }

    private static List<Ballot> numbered(List<Ballot> papers) {
        List<Ballot> out = new ArrayList<>();
        for (Ballot b : papers) {
            out.add(b.withNumber(out.size() + 1));
        }
        return out;
    }
}
