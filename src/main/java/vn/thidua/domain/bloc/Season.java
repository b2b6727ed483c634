package vn.thidua.domain.bloc;

import java.util.Optional;

/** A bloc's year (năm thi đua), with the units that lead the bloc that year. */
public record Season(long id, long blocId, int year, Long headUnitId, Long deputyUnitId) {

    public Optional<Long> head() {
        return Optional.ofNullable(headUnitId);
    }

    public Optional<Long> deputy() {
        return Optional.ofNullable(deputyUnitId);
    }
}
