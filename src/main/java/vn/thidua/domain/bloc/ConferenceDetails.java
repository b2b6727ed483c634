package vn.thidua.domain.bloc;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The year-end conference as the documents name it: its day, the place written before the date
 * ("Hải Dương, ngày 11 tháng 12 năm 2019"), the superior body above the bloc in the heading, the
 * counting committee that signs the vote-count minutes (its head, then its members), and who signs
 * the award proposal and the year-end report for the bloc. A name left empty is printed as a dotted
 * blank to write by hand.
 */
public record ConferenceDetails(LocalDate date, String place, String superiorBody, String countingHead,
                                List<String> countingMembers, String signer) {

    public static final ConferenceDetails NONE = new ConferenceDetails(null, "", "");

    public ConferenceDetails {
        place = place == null ? "" : place.trim();
        superiorBody = superiorBody == null ? "" : superiorBody.trim();
        countingHead = countingHead == null ? "" : countingHead.trim();
        countingMembers = countingMembers == null ? List.of()
                : countingMembers.stream().map(String::trim).filter(n -> !n.isEmpty()).toList();
        signer = signer == null ? "" : signer.trim();
    }

    /** Day, place and superior body only; no names. */
    public ConferenceDetails(LocalDate date, String place, String superiorBody) {
        this(date, place, superiorBody, "", List.of(), "");
    }

    public Optional<LocalDate> day() {
        return Optional.ofNullable(date);
    }

    /** The same conference with these day, place and superior body; the names are kept. */
    public ConferenceDetails withHeading(LocalDate newDate, String newPlace, String newSuperiorBody) {
        return new ConferenceDetails(newDate, newPlace, newSuperiorBody, countingHead, countingMembers, signer);
    }

    /** The same conference with these names; day, place and superior body are kept. */
    public ConferenceDetails withNames(String newCountingHead, List<String> newCountingMembers, String newSigner) {
        return new ConferenceDetails(date, place, superiorBody, newCountingHead, newCountingMembers, newSigner);
    }

    /**
     * Names typed on one line, as the secretary types them: separated by commas, semicolons or
     * line breaks ("Nguyễn Văn A, Trần Thị B"); blanks dropped.
     */
    public static List<String> names(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;\\n\\r]+")).map(String::trim).filter(n -> !n.isEmpty()).toList();
    }

    /** The members as the secretary reads them back: "Nguyễn Văn A, Trần Thị B". */
    public String countingMembersText() {
        return String.join(", ", countingMembers);
    }
}
