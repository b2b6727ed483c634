package vn.thidua.domain.voting;

import java.util.Objects;
import java.util.Optional;

/** A ballot is valid, or invalid for one reason. */
public record Validity(InvalidReason reason) {

    public static final Validity VALID = new Validity(null);

    public static Validity invalid(InvalidReason reason) {
        return new Validity(Objects.requireNonNull(reason));
    }

    public boolean isValid() {
        return reason == null;
    }

    public Optional<InvalidReason> invalidReason() {
        return Optional.ofNullable(reason);
    }

    public String key() {
        return reason == null ? "voting.ballot.valid" : reason.key();
    }
}
