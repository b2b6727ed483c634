package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.domain.voting.FingerprintTest.EXAMPLE;
import static vn.thidua.domain.voting.FingerprintTest.EXAMPLE_BALLOTS;
import static vn.thidua.domain.voting.FingerprintTest.EXAMPLE_HASH;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first close is final: what the stored data and the log's close lines say of an election. */
class SealTest {

    private static List<Ballot> withPaperFiveChanged() {
        List<Ballot> forged = new ArrayList<>(EXAMPLE_BALLOTS);
        forged.set(4, Elections.ballots(EXAMPLE, "1", "12", "H", "", "2").get(4));
        return forged;
    }

    @Test
    void anElectionNeverClosedIsOpenAndNotForged() {
        Seal seal = Seal.of(EXAMPLE, EXAMPLE_BALLOTS, false, null, List.of());
        assertThat(seal).isEqualTo(Seal.OPEN);
        assertThat(seal.forged()).isFalse();
    }

    @Test
    void aClosedElectionWhoseDataGivesItsFingerprintIsIntact() {
        assertThat(Seal.of(EXAMPLE, EXAMPLE_BALLOTS, true, EXAMPLE_HASH, List.of(EXAMPLE_HASH))).isEqualTo(Seal.INTACT);
    }

    @Test
    void aBallotChangedAfterTheCloseBreaksTheSeal() {
        Seal seal = Seal.of(EXAMPLE, withPaperFiveChanged(), true, EXAMPLE_HASH, List.of(EXAMPLE_HASH));
        assertThat(seal).isEqualTo(Seal.CHANGED);
        assertThat(seal.forged()).isTrue();
    }

    @Test
    void aClosedElectionWithoutAStoredFingerprintIsNotTrusted() {
        assertThat(Seal.of(EXAMPLE, EXAMPLE_BALLOTS, true, null, List.of()).forged()).isTrue();
    }

    @Test
    void aSecondCloseWithAnotherFingerprintIsForgedEvenWhenTheDataGivesTheNewOne() {
        List<Ballot> forged = withPaperFiveChanged();
        String second = Fingerprint.of(EXAMPLE, forged);
        assertThat(Seal.of(EXAMPLE, forged, true, second, List.of(EXAMPLE_HASH, second))).isEqualTo(Seal.CLOSED_AGAIN);
        assertThat(Seal.of(EXAMPLE, forged, true, second, List.of(EXAMPLE_HASH))).isEqualTo(Seal.CLOSED_AGAIN);
    }

    @Test
    void theSameCloseLoggedTwiceIsStillIntact() {
        assertThat(Seal.of(EXAMPLE, EXAMPLE_BALLOTS, true, EXAMPLE_HASH, List.of(EXAMPLE_HASH, EXAMPLE_HASH)))
                .isEqualTo(Seal.INTACT);
    }

    @Test
    void anElectionMarkedOpenThatTheLogSaysWasClosedIsReopened() {
        Seal seal = Seal.of(EXAMPLE, EXAMPLE_BALLOTS, false, null, List.of(EXAMPLE_HASH));
        assertThat(seal).isEqualTo(Seal.REOPENED);
        assertThat(seal.forged()).isTrue();
    }
}
