package vn.thidua.domain.voting;

import java.util.List;

/**
 * Where the last seat falls. Decided on vote counts alone, so names and input order cannot matter.
 *
 * @param cutoff       votes of the candidate at the last seat (−1 when all qualifiers fit)
 * @param tie          whether the candidates with {@code cutoff} votes cannot all fit
 * @param seatsForTie  seats left for them when {@code tie}
 * @param tiedCount    how many share {@code cutoff} when {@code tie}
 */
record Seats(int cutoff, boolean tie, int seatsForTie, int tiedCount) {

    static Seats fill(List<Tally.Scored> scored, int seats) {
        List<Integer> qualifying = scored.stream()
                .filter(Tally.Scored::qualifies)
                .map(Tally.Scored::votes)
                .sorted((a, b) -> Integer.compare(b, a))
                .toList();
        if (seats < 1) {
            return new Seats(Integer.MAX_VALUE, false, 0, 0);
        }
        if (qualifying.size() <= seats) {
            return new Seats(-1, false, 0, 0);
        }
        int cutoff = qualifying.get(seats - 1);
        int above = (int) qualifying.stream().filter(v -> v > cutoff).count();
        int at = (int) qualifying.stream().filter(v -> v == cutoff).count();
        boolean tie = above + at > seats;
        return new Seats(cutoff, tie, tie ? seats - above : 0, tie ? at : 0);
    }

    Outcome outcomeOf(Tally.Scored s) {
        if (!s.qualifies()) {
            return Outcome.NOT_ELECTED;
        }
        if (s.votes() > cutoff) {
            return Outcome.ELECTED;
        }
        if (s.votes() == cutoff) {
            return tie ? Outcome.TIE : Outcome.ELECTED;
        }
        return Outcome.NOT_ELECTED;
    }
}
