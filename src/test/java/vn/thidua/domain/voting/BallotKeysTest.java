package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.domain.voting.Elections.BQLKCN;
import static vn.thidua.domain.voting.Elections.CT;
import static vn.thidua.domain.voting.Elections.GTVT;
import static vn.thidua.domain.voting.Elections.NNPTNT;
import static vn.thidua.domain.voting.Elections.SAMPLE_UNITS;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BallotKeysTest {

    private static List<Candidate> fifteen() {
        List<Candidate> list = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            list.add(new Candidate(100 + i, "U" + i, "Đơn vị " + i));
        }
        return list;
    }

    @ParameterizedTest
    @CsvSource({"0,1", "1,2", "8,9", "9,A", "10,B", "14,F", "15,G", "16,I", "17,J", "32,Y", "33,Z"})
    void candidatesAreKeyedOneToNineThenAToZWithoutH(int index, String key) {
        assertThat(BallotKeys.keyOf(index)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 34})
    void thereAreThirtyFourCandidateKeys(int index) {
        assertThatThrownBy(() -> BallotKeys.keyOf(index)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BallotKeys.hasKey(index)).isFalse();
    }

    @Test
    void theSpoiledKeyIsNoCandidatesKey() {
        assertThat(BallotKeys.CANDIDATE_KEYS).doesNotContain(BallotKeys.SPOILED_KEY).hasSize(34);
        assertThat(BallotKeys.CANDIDATE_KEYS.chars().distinct().count()).isEqualTo(34);
    }

    @Test
    void lettersPastHReachCandidatesSixteenToThirtyFour() {
        List<Candidate> list = many(34);
        assertThat(BallotKeys.parse("gIz", list).approved()).containsExactly(116L, 117L, 134L);
        assertThat(BallotKeys.parse("gh", list).spoiled()).isTrue();
    }

    @Test
    void aCandidatePastTheLastKeyIsWrittenByItsCode() {
        List<Candidate> list = many(40);
        assertThat(BallotKeys.mark(33, list)).isEqualTo("Z");
        assertThat(BallotKeys.mark(34, list)).isEqualTo("[U35]");
        assertThat(BallotKeys.checkOnScreen(34)).isEmpty();
        assertThat(BallotKeys.checkOnScreen(35)).hasValueSatisfying(p ->
                assertThat(p.key()).isEqualTo("voting.error.tooManyCandidates"));
    }

    private static List<Candidate> many(int n) {
        List<Candidate> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(new Candidate(100 + i, "U" + i, "Đơn vị " + i));
        }
        return list;
    }

    @Test
    void eachKeyApprovesItsCandidate() {
        BallotDraft d = BallotKeys.parse("138", SAMPLE_UNITS);
        assertThat(d.approved()).containsExactly(GTVT.unitId(), NNPTNT.unitId(), BQLKCN.unitId());
        assertThat(d.unknownKeys()).isEmpty();
        assertThat(d.spoiled()).isFalse();
    }

    @Test
    void lettersReachCandidatesTenToFifteenInEitherCase() {
        List<Candidate> list = fifteen();
        assertThat(BallotKeys.parse("aF", list).approved()).containsExactly(110L, 115L);
        assertThat(BallotKeys.parse("Af", list).approved()).containsExactly(110L, 115L);
    }

    @Test
    void aRepeatedKeyCountsOnce() {
        assertThat(BallotKeys.parse("1121", SAMPLE_UNITS).approved()).containsExactly(GTVT.unitId(), CT.unitId());
    }

    @Test
    void spacesAndCommasAreIgnored() {
        assertThat(BallotKeys.parse(" 1, 2 ,3\t", SAMPLE_UNITS).approved())
                .containsExactly(GTVT.unitId(), CT.unitId(), NNPTNT.unitId());
    }

    @Test
    void aKeyBeyondTheListIsKeptAsUnknown() {
        BallotDraft d = BallotKeys.parse("19a", SAMPLE_UNITS);
        assertThat(d.approved()).containsExactly(GTVT.unitId());
        assertThat(d.unknownKeys()).containsExactly("9", "A");
    }

    @Test
    void anyOtherCharacterIsKeptAsUnknown() {
        assertThat(BallotKeys.parse("0g.", SAMPLE_UNITS).unknownKeys()).containsExactly("0", "G", ".");
    }

    @Test
    void aPaperWithAnUnknownKeyIsCountedInvalidNotLost() {
        ElectionSettings s = Elections.moreThanHalf(1, 8, SAMPLE_UNITS);
        Ballot b = BallotKeys.parse("9", SAMPLE_UNITS).toBallot(1);
        assertThat(b.unknownKeys()).containsExactly("9");
        TallyResult r = Tally.count(s, List.of(b));
        assertThat(r.returned()).isEqualTo(1);
        assertThat(r.invalidByReason()).containsEntry(InvalidReason.NOT_A_CANDIDATE, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"H", "h", " h "})
    void theSpoiledKeyIsH(String typed) {
        BallotDraft d = BallotKeys.parse(typed, SAMPLE_UNITS);
        assertThat(d.spoiled()).isTrue();
        assertThat(d.toBallot(4)).isEqualTo(Ballot.spoiled(4));
    }

    @Test
    void aSpoiledPaperDropsItsMarks() {
        Ballot b = BallotKeys.parse("12H9", SAMPLE_UNITS).toBallot(1);
        assertThat(b.kind()).isEqualTo(BallotKind.SPOILED);
        assertThat(b.approved()).isEmpty();
        assertThat(b.unknownKeys()).isEmpty();
    }

    @Test
    void nothingTypedIsAPaperApprovingNobody() {
        BallotDraft d = BallotKeys.parse("", SAMPLE_UNITS);
        assertThat(d.isBlank()).isTrue();
        assertThat(d.toBallot(1)).isEqualTo(Ballot.marked(1, List.of()));
        assertThat(BallotKeys.parse(null, SAMPLE_UNITS).isBlank()).isTrue();
    }

    @Test
    void theDraftEchoesKeysInTypedOrder() {
        assertThat(BallotKeys.parse("31", SAMPLE_UNITS).approved()).containsExactly(NNPTNT.unitId(), GTVT.unitId());
    }

    @Test
    void aDraftBecomesAMarkedPaper() {
        Ballot b = BallotKeys.parse("21", SAMPLE_UNITS).toBallot(7);
        assertThat(b.number()).isEqualTo(7);
        assertThat(b.kind()).isEqualTo(BallotKind.MARKED);
        assertThat(b.approved()).containsExactlyInAnyOrder(GTVT.unitId(), CT.unitId());
    }
}
