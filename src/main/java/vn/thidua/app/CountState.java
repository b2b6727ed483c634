package vn.thidua.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.FinalOutcome;
import vn.thidua.domain.voting.LiveTally;
import vn.thidua.domain.voting.Seal;
import vn.thidua.domain.voting.TallyResult;

/**
 * Everything a count page shows, read together: the election, its papers and tally, and where it
 * stands in its runoff chain (the first round it belongs to, its own runoffs once closed, and the
 * chain's final result once one is settled).
 *
 * <p>Read whole from the stored papers ({@link ElectionService#countState}) when a count is opened and
 * after an undo or a correction; moved on by one paper ({@link #withPaper}) after each paper written,
 * so entering a paper costs the same with 5 papers in as with 5,000. Both give the same count (a
 * property test holds them to it).
 *
 * @param live         the running count the tally comes from; null when forged
 * @param root         the first round of the chain (the election itself when it is not a runoff)
 * @param finalOutcome the chain's result counting closed runoffs; null while nothing beyond a
 *                     single round is settled
 * @param canRunoff    closed with a tie and no runoff yet: "Bầu lại" may start one
 * @param seal         the election's seal; when forged nothing of the count is read (tally null)
 *                     and {@code firstFingerprint} names the first close
 */
public record CountState(StoredElection election, List<Ballot> ballots, LiveTally live, TallyResult tally,
                         List<StoredElection> runoffs, StoredElection root, FinalOutcome finalOutcome,
                         boolean canRunoff, Seal seal, String firstFingerprint) {

    public CountState {
        ballots = List.copyOf(ballots);
    }

    public boolean forged() {
        return seal.forged();
    }

    /** Paper {@code number} as counted here (the last one, after a paper entered). */
    public Optional<Ballot> paper(int number) {
        if (!ballots.isEmpty() && ballots.get(ballots.size() - 1).number() == number) {
            return Optional.of(ballots.get(ballots.size() - 1));
        }
        return ballots.stream().filter(b -> b.number() == number).findFirst();
    }

    /**
     * The count once paper {@code b}, just written, is in: the tally moved on by that paper, no
     * paper read again. A paper the state already holds (a write found done when sent again) changes nothing.
     *
     * @throws IllegalStateException on a closed or forged election, or past the papers issued
     */
    public CountState withPaper(Ballot b) {
        if (election.closed() || live == null) {
            throw new IllegalStateException("No paper enters election " + election.id() + " now");
        }
        if (!ballots.isEmpty() && ballots.get(ballots.size() - 1).number() >= b.number()
                && ballots.stream().anyMatch(x -> x.number() == b.number())) {
            return this;
        }
        List<Ballot> more = new ArrayList<>(ballots.size() + 1);
        more.addAll(ballots);
        more.add(b);
        LiveTally next = live.add(b);
        return new CountState(election, more, next, next.result(), runoffs, root, finalOutcome, canRunoff, seal,
                firstFingerprint);
    }
}
