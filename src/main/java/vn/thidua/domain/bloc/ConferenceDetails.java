package vn.thidua.domain.bloc;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The year-end conference as the documents name it: its day, the place written before the date
 * ("Hải Dương, ngày 11 tháng 12 năm 2019") and the superior body above the bloc in the heading.
 */
public record ConferenceDetails(LocalDate date, String place, String superiorBody) {

    public static final ConferenceDetails NONE = new ConferenceDetails(null, "", "");

    public ConferenceDetails {
        place = place == null ? "" : place.trim();
        superiorBody = superiorBody == null ? "" : superiorBody.trim();
    }

    public Optional<LocalDate> day() {
        return Optional.ofNullable(date);
    }
}
