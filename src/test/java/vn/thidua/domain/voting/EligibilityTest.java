package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The 2019 sample scoreboard (illustrative ranks): 7 excellent, 1 good; two units share rank 2. */
class EligibilityTest {

    private static final Member GTVT = new Member(1, "GTVT", "Sở Giao thông Vận tải", 2, true);
    private static final Member CT = new Member(2, "CT", "Sở Công Thương", 1, true);
    private static final Member NNPTNT = new Member(3, "NNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", 2, true);
    private static final Member TNMT = new Member(4, "TNMT", "Sở Tài nguyên và Môi trường", 4, true);
    private static final Member XD = new Member(5, "XD", "Sở Xây dựng", 5, true);
    private static final Member KHCN = new Member(6, "KHCN", "Sở Khoa học và Công nghệ", 6, true);
    private static final Member TTTT = new Member(7, "TTTT", "Sở Thông tin và Truyền thông", 7, true);
    private static final Member BQLKCN = new Member(8, "BQLKCN", "Ban Quản lý các khu công nghiệp", 8, false);
    private static final List<Member> BLOC = List.of(GTVT, CT, NNPTNT, TNMT, XD, KHCN, TTTT, BQLKCN);

    private static List<String> codes(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::code).toList();
    }

    @Test
    void allMembersInVietnameseNameOrder() {
        assertThat(codes(Eligibility.candidates(EligibilityRule.all(), BLOC, Set.of())))
                .containsExactly("BQLKCN", "CT", "GTVT", "KHCN", "NNPTNT", "TNMT", "TTTT", "XD");
    }

    @Test
    void excellentUnitsByRankThenName() {
        assertThat(codes(Eligibility.candidates(EligibilityRule.excellent(), BLOC, Set.of())))
                .containsExactly("CT", "GTVT", "NNPTNT", "TNMT", "XD", "KHCN", "TTTT");
    }

    @Test
    void topNIncludesEveryUnitSharingTheNthRank() {
        assertThat(codes(Eligibility.candidates(EligibilityRule.topN(2), BLOC, Set.of())))
                .containsExactly("CT", "GTVT", "NNPTNT");
        assertThat(codes(Eligibility.candidates(EligibilityRule.topN(3), BLOC, Set.of())))
                .containsExactly("CT", "GTVT", "NNPTNT");
        assertThat(codes(Eligibility.candidates(EligibilityRule.topN(4), BLOC, Set.of())))
                .containsExactly("CT", "GTVT", "NNPTNT", "TNMT");
        assertThat(codes(Eligibility.candidates(EligibilityRule.topN(1), BLOC, Set.of())))
                .containsExactly("CT");
    }

    @Test
    void topNBeyondTheScoreboardIsEveryRankedUnit() {
        Member unranked = new Member(9, "MOI", "Sở Mới", null, false);
        List<Member> withNewcomer = List.of(GTVT, CT, unranked);
        assertThat(codes(Eligibility.candidates(EligibilityRule.topN(10), withNewcomer, Set.of())))
                .containsExactly("CT", "GTVT");
    }

    @Test
    void anExcellentUnitWithoutARankComesLast() {
        Member unranked = new Member(9, "AA", "Ban A", null, true);
        assertThat(codes(Eligibility.candidates(EligibilityRule.excellent(), List.of(unranked, GTVT, CT), Set.of())))
                .containsExactly("CT", "GTVT", "AA");
    }

    @Test
    void aUnitAlreadyPutForwardIsNotACandidateAgain() {
        assertThat(codes(Eligibility.candidates(EligibilityRule.excellent(), BLOC, Set.of(CT.unitId()))))
                .containsExactly("GTVT", "NNPTNT", "TNMT", "XD", "KHCN", "TTTT");
    }

    @Test
    void theBlocMayLetAUnitStandAgain() {
        assertThat(codes(Eligibility.candidates(EligibilityRule.excellent(), BLOC, Set.of(CT.unitId()), false)))
                .startsWith("CT");
    }

    @Test
    void topNIsReadOnTheScoreboardBeforeLeavingOutUnitsPutForward() {
        assertThat(codes(Eligibility.candidates(EligibilityRule.topN(2), BLOC, Set.of(CT.unitId()))))
                .containsExactly("GTVT", "NNPTNT");
    }

    @Test
    void topNNeedsAtLeastOne() {
        assertThatThrownBy(() -> EligibilityRule.topN(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eligibleUnitsBecomeCandidatesWithTheirCodeAndName() {
        assertThat(Eligibility.candidates(EligibilityRule.topN(1), BLOC, Set.of()))
                .containsExactly(new Candidate(2, "CT", "Sở Công Thương"));
    }
}
