package vn.thidua.domain.voting;

/** What a candidate's percentage is a percentage of. */
public enum Base {
    VALID("valid"),
    RETURNED("returned"),
    MEMBERS("members");

    private final String code;

    Base(String code) {
        this.code = code;
    }

    /** Stable code, stored with the election and written in its fingerprint. */
    public String code() {
        return code;
    }

    public String key() {
        return "voting.base." + code;
    }

    public static Base fromCode(String code) {
        for (Base b : values()) {
            if (b.code.equals(code)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Not a threshold base: '" + code + "'");
    }
}
