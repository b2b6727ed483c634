package vn.thidua.domain.voting;

/** Why a ballot does not count. When several apply, the first in this order is reported. */
public enum InvalidReason {
    SPOILED("voting.invalid.spoiled"),
    NOT_A_CANDIDATE("voting.invalid.notACandidate"),
    TOO_MANY_MARKS("voting.invalid.tooManyMarks");

    private final String key;

    InvalidReason(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
