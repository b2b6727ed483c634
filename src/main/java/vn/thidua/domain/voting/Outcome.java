package vn.thidua.domain.voting;

/** What the count means for one candidate. A tie is neither elected nor rejected. */
public enum Outcome {
    ELECTED("voting.outcome.elected"),
    TIE("voting.outcome.tie"),
    NOT_ELECTED("voting.outcome.notElected");

    private final String key;

    Outcome(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
