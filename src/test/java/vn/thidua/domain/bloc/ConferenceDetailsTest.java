package vn.thidua.domain.bloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConferenceDetailsTest {

    @Test
    void namesAreTypedOnOneLineSeparatedByCommasOrSemicolons() {
        assertThat(ConferenceDetails.names(" Nguyễn Văn An, Trần Thị Bình;Lê Văn Cường ,, ")).containsExactly(
                "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường");
        assertThat(ConferenceDetails.names("Phạm Thị Dung\nHoàng Văn Em")).containsExactly("Phạm Thị Dung", "Hoàng Văn Em");
        assertThat(ConferenceDetails.names("  ")).isEmpty();
        assertThat(ConferenceDetails.names(null)).isEmpty();
    }

    @Test
    void namesAreTrimmedAndEmptyMembersDropped() {
        ConferenceDetails d = new ConferenceDetails(null, " Hải Dương ", null, " Nguyễn Văn An ",
                List.of(" Trần Thị Bình", "", "  "), null);

        assertThat(d.place()).isEqualTo("Hải Dương");
        assertThat(d.superiorBody()).isEmpty();
        assertThat(d.countingHead()).isEqualTo("Nguyễn Văn An");
        assertThat(d.countingMembers()).containsExactly("Trần Thị Bình");
        assertThat(d.signer()).isEmpty();
        assertThat(d.countingMembersText()).isEqualTo("Trần Thị Bình");
    }

    @Test
    void changingTheHeadingKeepsTheNamesAndTheOtherWayRound() {
        ConferenceDetails d = new ConferenceDetails(LocalDate.of(2019, 12, 11), "Hải Dương", "UBND TỈNH HẢI DƯƠNG",
                "Nguyễn Văn An", List.of("Trần Thị Bình", "Lê Văn Cường"), "Phạm Thị Dung");

        ConferenceDetails moved = d.withHeading(LocalDate.of(2019, 12, 12), "Chí Linh", d.superiorBody());
        assertThat(moved.countingHead()).isEqualTo("Nguyễn Văn An");
        assertThat(moved.countingMembersText()).isEqualTo("Trần Thị Bình, Lê Văn Cường");
        assertThat(moved.signer()).isEqualTo("Phạm Thị Dung");
        assertThat(moved.place()).isEqualTo("Chí Linh");

        ConferenceDetails renamed = d.withNames("Hoàng Văn Em", List.of(), "");
        assertThat(renamed.date()).isEqualTo(d.date());
        assertThat(renamed.place()).isEqualTo("Hải Dương");
        assertThat(renamed.countingHead()).isEqualTo("Hoàng Văn Em");
        assertThat(renamed.countingMembers()).isEmpty();
        assertThat(renamed.signer()).isEmpty();
        assertThat(new ConferenceDetails(null, "x", "y").countingMembers()).isEmpty();
    }
}
