package vn.thidua.app;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.domain.voting.Fingerprint;

/** Storage of elections and ballots. A ballot is on disk when {@link #addBallot} returns. */
public interface ElectionStore {

    /**
     * A stored election: its settings, how its candidates were chosen, and its state.
     *
     * @param format     the fingerprint format that sealed it (docs/fingerprint.md): 1 or 2
     * @param sealedIds  for a /1-sealed election, what its text names outside its rows: the round settled and
     *                   the units not candidates, by the ids they had where it was sealed
     */
    record StoredElection(long id, long seasonId, ElectionSettings settings, String eligibility,
                          boolean excludePutForward, boolean closed, String fingerprint, int format,
                          Fingerprint.Outside sealedIds) {
    }

    /** A correction or withdrawal of a ballot, as logged. */
    record BallotChange(int number, String action, String before, String after, String reason,
                        LocalDateTime at) {
    }

    /**
     * When the election was set up, its first kept paper was entered, and it was closed; null where
     * that has not happened. Read from the stored rows, never from the audit log's wording.
     */
    record Times(LocalDateTime created, LocalDateTime firstBallot,
                 LocalDateTime closed) {
    }

    Times times(long electionId);

    long insertElection(long seasonId, ElectionSettings settings, String eligibility, boolean excludePutForward);

    Optional<StoredElection> election(long electionId);

    List<StoredElection> elections(long seasonId);

    /** Ballots in entry order. */
    List<Ballot> ballots(long electionId);

    /**
     * Adds the next paper, in one transaction that holds the election's row: refused with
     * {@link CountMoved} (nothing written) when, at that moment, the election is no longer open, the
     * paper's number is not the stored highest + 1, or every issued ballot is in. So two programs
     * entering papers into one election at once never both take a number, nor pass the issued count.
     */
    void addBallot(long electionId, Ballot ballot);

    /**
     * The papers stored moved on since the caller counted them (another program entered or withdrew
     * one, or closed the election): the caller counts again and decides again.
     */
    final class CountMoved extends RuntimeException {
        private final transient PaperCount now;

        public CountMoved(PaperCount now) {
            super("paper count moved on: " + now, null, false, false);
            this.now = now;
        }

        public PaperCount now() {
            return now;
        }
    }

    /**
     * How many papers an election holds and the highest number among them (0 when none): what
     * entering the next paper checks, read without the papers themselves.
     */
    record PaperCount(int count, int lastNumber) {
    }

    PaperCount paperCount(long electionId);

    /** Paper {@code number} of the election, if it is stored. */
    Optional<Ballot> ballot(long electionId, int number);

    /** Replaces ballot {@code number} and logs the change with its reason, in one transaction. */
    void replaceBallot(long electionId, Ballot replacement, String before, String after, String reason);

    /** Removes ballot {@code number} and logs it with its reason, in one transaction. */
    void withdrawBallot(long electionId, int number, String before, String reason);

    List<BallotChange> changes(long electionId);

    /** Locks the election with its fingerprint, computed in {@code format}. */
    void close(long electionId, String fingerprint, int format);

    /** The codes of these units (any bloc); an id that names no unit is left out. */
    Map<Long, String> unitCodes(Collection<Long> unitIds);

    /**
     * A close line of the audit log: its number, the fingerprint it recorded, and the line's own
     * hash in the log's chain (null in a file whose log is not chained yet).
     */
    record Closing(long line, String fingerprint, String lineHash) {
    }

    /**
     * The election's close lines in the audit log, oldest first: the first is the close the
     * committee saw; any later one means the election was set back to open in the file.
     */
    List<Closing> closings(long electionId);

    /** {@link #ballots(long)} of several elections, by election (every id a key); one read where the store can. */
    default Map<Long, List<Ballot>> ballots(Collection<Long> electionIds) {
        Map<Long, List<Ballot>> out = new HashMap<>();
        electionIds.forEach(id -> out.put(id, ballots(id)));
        return out;
    }

    /** {@link #closings(long)} of several elections, by election (every id a key); one read where the store can. */
    default Map<Long, List<Closing>> closings(Collection<Long> electionIds) {
        Map<Long, List<Closing>> out = new HashMap<>();
        electionIds.forEach(id -> out.put(id, closings(id)));
        return out;
    }

    /** Adds many ballots all-or-nothing (an import), numbered on from the stored highest, as {@link #addBallot}. */
    void addBallots(long electionId, List<Ballot> ballots);

    /** The second entry of the papers (blind double entry), by number; never counted. */
    List<Ballot> rechecks(long electionId);

    /** Stores the second entry of paper {@code ballot.number()}, replacing an earlier second entry of it. */
    void putRecheck(long electionId, Ballot ballot);

    /** Stores the second entry of many papers at once (a file), all or nothing. */
    void putRechecks(long electionId, List<Ballot> ballots);

    /** Drops the whole second entry of an election, to start it again. */
    void clearRechecks(long electionId);
}
