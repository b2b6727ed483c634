package vn.thidua.domain.scoring;

import java.util.Arrays;
import java.util.Optional;

/** Xếp loại, best first. The code is stable: files and the database store it. */
public enum Classification {
    EXCELLENT("excellent"),
    GOOD("good"),
    COMPLETED("completed"),
    NOT_COMPLETED("not_completed");

    private final String code;

    Classification(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Message key of the Vietnamese name, e.g. {@code classification.excellent}. */
    public String key() {
        return "classification." + code;
    }

    /** The classification one step better, none above excellent. */
    public Optional<Classification> higher() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    public static Optional<Classification> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
