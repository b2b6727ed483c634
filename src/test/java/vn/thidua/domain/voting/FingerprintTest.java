package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.domain.voting.Elections.CT;
import static vn.thidua.domain.voting.Elections.GTVT;
import static vn.thidua.domain.voting.Elections.NNPTNT;
import static vn.thidua.domain.voting.Elections.ballots;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FingerprintTest {

    /** The worked example of docs/fingerprint.md. */
    static final ElectionSettings EXAMPLE = ElectionSettings.firstRound("Cờ thi đua của Chính phủ", 1,
            List.of(CT, GTVT, NNPTNT), ThresholdOperator.GT, new BigDecimal("50"), Base.VALID, 6, 8);
    static final List<Ballot> EXAMPLE_BALLOTS = ballots(EXAMPLE, "1", "12", "H", "", "3", "19");
    static final String EXAMPLE_HASH = "9e4d7cf2790e9ef65cfa00d3622ba45ae3ccfe9b09309186f38e70e7fab07139";

    @Test
    void theDocumentedExampleHashesAsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs", "fingerprint.md"), StandardCharsets.UTF_8);
        String documentedText = between(doc, "```text\n", "```");
        String documentedHash = between(doc, "SHA-256: `", "`");
        assertThat(Fingerprint.canonicalText(EXAMPLE, EXAMPLE_BALLOTS)).isEqualTo(documentedText);
        assertThat(sha256(documentedText)).isEqualTo(documentedHash).isEqualTo(EXAMPLE_HASH);
        assertThat(Fingerprint.of(EXAMPLE, EXAMPLE_BALLOTS)).isEqualTo(EXAMPLE_HASH);
    }

    /** The worked example of format /2: a runoff of the first example, one paper marking XD, not a candidate. */
    static final ElectionSettings RUNOFF = new ElectionSettings("Cờ thi đua của Chính phủ", 1, List.of(CT, GTVT),
            ThresholdOperator.GT, new BigDecimal("50"), Base.VALID, 6, 8, 1L, 2);
    static final List<Ballot> RUNOFF_BALLOTS = List.of(Ballot.marked(1, List.of(CT.unitId())),
            Ballot.marked(2, List.of(GTVT.unitId())), Ballot.marked(3, List.of(CT.unitId())),
            Ballot.marked(4, List.of(Elections.XD.unitId())));
    static final Fingerprint.Outside RUNOFF_OUTSIDE = new Fingerprint.Outside(EXAMPLE_HASH,
            Map.of(Elections.XD.unitId(), "XD"));

    @Test
    void theDocumentedSecondFormatExampleHashesAsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs", "fingerprint.md"), StandardCharsets.UTF_8);
        int second = doc.indexOf("```text\n", doc.indexOf("```text\n") + 1);
        assertThat(second).as("a second worked example").isPositive();
        String documentedText = between(doc.substring(second), "```text\n", "```");
        String documentedHash = between(doc.substring(second), "SHA-256: `", "`");
        assertThat(Fingerprint.canonicalText(2, RUNOFF, RUNOFF_BALLOTS, RUNOFF_OUTSIDE)).isEqualTo(documentedText)
                .startsWith("thidua-election/2\n").contains("parent=" + EXAMPLE_HASH + "\n", "4|MARKED|#XD\n");
        assertThat(sha256(documentedText)).isEqualTo(documentedHash);
        assertThat(Fingerprint.of(2, RUNOFF, RUNOFF_BALLOTS, RUNOFF_OUTSIDE)).isEqualTo(documentedHash);
    }

    @Test
    void theSecondFormatHoldsNoIdSoAnotherDatabaseGivesTheSameFingerprint() {
        Candidate ct = new Candidate(102, "CT", CT.name());
        Candidate gtvt = new Candidate(101, "GTVT", GTVT.name());
        ElectionSettings elsewhere = new ElectionSettings(RUNOFF.title(), 1, List.of(ct, gtvt), RUNOFF.operator(),
                RUNOFF.percent(), RUNOFF.base(), 6, 8, 77L, 2);
        List<Ballot> papers = List.of(Ballot.marked(1, List.of(102L)), Ballot.marked(2, List.of(101L)),
                Ballot.marked(3, List.of(102L)), Ballot.marked(4, List.of(105L)));
        Fingerprint.Outside outside = new Fingerprint.Outside(EXAMPLE_HASH, Map.of(105L, "XD"));
        assertThat(Fingerprint.of(2, elsewhere, papers, outside))
                .isEqualTo(Fingerprint.of(2, RUNOFF, RUNOFF_BALLOTS, RUNOFF_OUTSIDE));
        assertThat(Fingerprint.of(elsewhere, papers)).as("/1 holds the ids").isNotEqualTo(Fingerprint.of(RUNOFF, RUNOFF_BALLOTS));
        // /1 written with the ids it named where it was sealed gives that database's fingerprint here.
        assertThat(Fingerprint.of(1, elsewhere, papers, new Fingerprint.Outside("1", Map.of(105L, "5"))))
                .isEqualTo(Fingerprint.of(RUNOFF, RUNOFF_BALLOTS));
        // Another first round settled, or XD named another unit: another fingerprint.
        assertThat(Fingerprint.of(2, RUNOFF, RUNOFF_BALLOTS, new Fingerprint.Outside("0".repeat(64), RUNOFF_OUTSIDE.units())))
                .isNotEqualTo(Fingerprint.of(2, RUNOFF, RUNOFF_BALLOTS, RUNOFF_OUTSIDE));
        assertThat(Fingerprint.of(2, RUNOFF, RUNOFF_BALLOTS, new Fingerprint.Outside(EXAMPLE_HASH,
                Map.of(Elections.XD.unitId(), "KHCN"))))
                .isNotEqualTo(Fingerprint.of(2, RUNOFF, RUNOFF_BALLOTS, RUNOFF_OUTSIDE));
    }

    @Test
    void theFingerprintIsLowerCaseHexSha256() {
        assertThat(Fingerprint.of(EXAMPLE, EXAMPLE_BALLOTS)).matches("[0-9a-f]{64}");
    }

    @Test
    void theSameElectionAlwaysHasTheSameFingerprint() {
        Set<Long> oneOrder = new LinkedHashSet<>(List.of(NNPTNT.unitId(), CT.unitId()));
        Set<Long> otherOrder = new LinkedHashSet<>(List.of(CT.unitId(), NNPTNT.unitId()));
        List<Ballot> a = List.of(new Ballot(1, BallotKind.MARKED, oneOrder, Set.of("9", "A")));
        List<Ballot> b = List.of(new Ballot(1, BallotKind.MARKED, otherOrder, Set.of("A", "9")));
        assertThat(Fingerprint.of(EXAMPLE, a)).isEqualTo(Fingerprint.of(EXAMPLE, b));
        assertThat(Fingerprint.of(EXAMPLE, EXAMPLE_BALLOTS)).isEqualTo(Fingerprint.of(EXAMPLE, EXAMPLE_BALLOTS));
    }

    @Test
    void composedAndDecomposedTitlesAreOneTitle() {
        String decomposed = Normalizer.normalize(EXAMPLE.title(), Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(EXAMPLE.title());
        assertThat(Fingerprint.of(with(EXAMPLE, decomposed), EXAMPLE_BALLOTS)).isEqualTo(EXAMPLE_HASH);
    }

    static Stream<ElectionSettings> everySettingChanged() {
        ElectionSettings e = EXAMPLE;
        return Stream.of(
                with(e, "Cờ thi đua của UBND tỉnh"),
                new ElectionSettings(e.title(), 2, e.candidates(), e.operator(), e.percent(), e.base(), e.ballotsIssued(), e.members(), null, 1),
                new ElectionSettings(e.title(), 1, List.of(GTVT, CT, NNPTNT), e.operator(), e.percent(), e.base(), e.ballotsIssued(), e.members(), null, 1),
                new ElectionSettings(e.title(), 1, List.of(CT, GTVT), e.operator(), e.percent(), e.base(), e.ballotsIssued(), e.members(), null, 1),
                new ElectionSettings(e.title(), 1, e.candidates(), ThresholdOperator.GE, e.percent(), e.base(), e.ballotsIssued(), e.members(), null, 1),
                new ElectionSettings(e.title(), 1, e.candidates(), e.operator(), new BigDecimal("50.01"), e.base(), e.ballotsIssued(), e.members(), null, 1),
                new ElectionSettings(e.title(), 1, e.candidates(), e.operator(), e.percent(), Base.RETURNED, e.ballotsIssued(), e.members(), null, 1),
                new ElectionSettings(e.title(), 1, e.candidates(), e.operator(), e.percent(), Base.MEMBERS, e.ballotsIssued(), e.members(), null, 1),
                new ElectionSettings(e.title(), 1, e.candidates(), e.operator(), e.percent(), e.base(), 7, e.members(), null, 1),
                new ElectionSettings(e.title(), 1, e.candidates(), e.operator(), e.percent(), e.base(), e.ballotsIssued(), 9, null, 1),
                new ElectionSettings(e.title(), 1, e.candidates(), e.operator(), e.percent(), e.base(), e.ballotsIssued(), e.members(), 12L, 2),
                new ElectionSettings(e.title(), 1, e.candidates(), e.operator(), e.percent(), e.base(), e.ballotsIssued(), e.members(), 13L, 2));
    }

    @ParameterizedTest
    @MethodSource("everySettingChanged")
    void anyChangeInTheSettingsChangesTheFingerprint(ElectionSettings changed) {
        assertThat(Fingerprint.of(changed, EXAMPLE_BALLOTS)).isNotEqualTo(EXAMPLE_HASH);
    }

    @Test
    void swappingTwoPapersChangesTheFingerprint() {
        List<Ballot> swapped = new ArrayList<>(EXAMPLE_BALLOTS);
        swapped.set(0, EXAMPLE_BALLOTS.get(1).withNumber(1));
        swapped.set(1, EXAMPLE_BALLOTS.get(0).withNumber(2));
        assertThat(Fingerprint.of(EXAMPLE, swapped)).isNotEqualTo(EXAMPLE_HASH);
        List<Ballot> reordered = new ArrayList<>(EXAMPLE_BALLOTS);
        reordered.set(0, EXAMPLE_BALLOTS.get(1));
        reordered.set(1, EXAMPLE_BALLOTS.get(0));
        assertThat(Fingerprint.of(EXAMPLE, reordered)).isNotEqualTo(EXAMPLE_HASH);
    }

    @Test
    void anyChangeInAPaperChangesTheFingerprint() {
        assertThat(List.of(
                ballots(EXAMPLE, "2", "12", "H", "", "3", "19"),
                ballots(EXAMPLE, "1", "12", "", "", "3", "19"),
                ballots(EXAMPLE, "1", "12", "H", "1", "3", "19"),
                ballots(EXAMPLE, "1", "12", "H", "", "3", "1A"),
                ballots(EXAMPLE, "1", "12", "H", "", "3"),
                List.of(Ballot.marked(1, List.of(CT.unitId(), 99L)))))
                .allSatisfy(b -> assertThat(Fingerprint.of(EXAMPLE, b)).isNotEqualTo(EXAMPLE_HASH));
    }

    @Test
    void separatorsInsideTextsCannotForgeAnotherElection() {
        ElectionSettings plain = with(EXAMPLE, "Cờ");
        ElectionSettings forged = with(EXAMPLE, "Cờ\nround=1");
        assertThat(Fingerprint.canonicalText(forged, List.of())).contains("title=Cờ\\nround=1\n");
        assertThat(Fingerprint.of(forged, List.of())).isNotEqualTo(Fingerprint.of(plain, List.of()));
        Candidate semicolon = new Candidate(CT.unitId(), "CT;GTVT", CT.name());
        ElectionSettings oneCode = new ElectionSettings("Cờ", 1, List.of(semicolon), ThresholdOperator.GT,
                BigDecimal.TEN, Base.VALID, 1, 8, null, 1);
        assertThat(Fingerprint.canonicalText(oneCode, List.of())).contains("candidates=CT\\;GTVT\n");
    }

    private static ElectionSettings with(ElectionSettings e, String title) {
        return new ElectionSettings(title, e.seats(), e.candidates(), e.operator(), e.percent(), e.base(),
                e.ballotsIssued(), e.members(), e.parentElectionId(), e.round());
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("'%s' in docs/fingerprint.md", start).isNotNegative();
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
