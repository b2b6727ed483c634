package vn.thidua.app;

import vn.thidua.domain.voting.Seal;

/**
 * A closed election whose stored data no longer gives the fingerprint of its first close: its
 * result is refused wherever it would be shown or printed. The command line exits 1 on it.
 */
public final class ForgedElectionException extends AppException {

    private final transient Seal seal;
    private final long electionId;

    /** Arguments of the message: the title, the id, the fingerprint of the first close. */
    public ForgedElectionException(Seal seal, String title, long electionId, String firstFingerprint) {
        super(seal.key(), title, electionId, firstFingerprint == null ? "" : firstFingerprint);
        this.seal = seal;
        this.electionId = electionId;
    }

    public Seal seal() {
        return seal;
    }

    public long electionId() {
        return electionId;
    }
}
