package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.TestData;

/**
 * The count page's count, moved on paper by paper from what was written (and read whole again after an
 * undo or a correction, as the page does), equals a recount from the papers stored in the file after
 * every step, for random sequences of papers, withdrawals and corrections. Real H2 file, real writes.
 */
class IncrementalCountPropertiesTest {

    /** One step of the secretary: a paper typed, the last one withdrawn, or paper {@code pick} corrected. */
    record Step(Kind kind, String keys, int pick) {
        enum Kind { ENTER, UNDO, CORRECT }
    }

    record Case(int seats, int candidates, ThresholdOperator operator, Base base, List<Step> steps) {
    }

    private static Path dir;
    private static Workspace ws;
    private static Season season;
    private static List<Long> members;

    @BeforeContainer
    static void openSample() throws IOException {
        dir = Files.createTempDirectory("incremental-count");
        ws = TestData.openSample(dir);
        season = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        members = ws.blocs().members(season).stream().map(Unit::id).toList();
    }

    @AfterContainer
    static void close() throws IOException {
        ws.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        // Keys 1-8 (some past the candidates: papers naming someone not on the list), H spoiled, an empty paper.
        Arbitrary<String> keys = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.strings().withChars("12345678").ofMinLength(1).ofMaxLength(3)),
                Tuple.of(1, Arbitraries.just("H")),
                Tuple.of(1, Arbitraries.just("")));
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(7, keys.map(k -> new Step(Step.Kind.ENTER, k, 0))),
                Tuple.of(1, Arbitraries.just(new Step(Step.Kind.UNDO, "", 0))),
                Tuple.of(2, Combinators.combine(keys, Arbitraries.integers().between(0, 20))
                        .as((k, n) -> new Step(Step.Kind.CORRECT, k, n))));
        return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(2, 6),
                Arbitraries.of(ThresholdOperator.class), Arbitraries.of(Base.class),
                step.list().ofMinSize(1).ofMaxSize(14)).as(Case::new);
    }

    @Property(tries = 25, edgeCases = EdgeCasesMode.NONE)
    void theCountMovedOnPaperByPaperEqualsARecountFromTheStoredPapers(@ForAll("cases") Case c) {
        ElectionService elections = ws.elections();
        long id = elections.create(season, new ElectionService.Draft("Thử đếm dần", Math.min(c.seats(), c.candidates()), c.operator(),
                BigDecimal.valueOf(50), c.base(), 12, members.subList(0, c.candidates()), null, false), true);
        CountState shown = elections.countState(id);
        for (Step s : c.steps()) {
            List<Integer> numbers = shown.ballots().stream().map(b -> b.number()).toList();
            switch (s.kind()) {
                case ENTER -> {
                    if (numbers.size() >= 12) {
                        CountState full = shown;
                        assertThatThrownBy(() -> elections.enterBallot(full, 99, s.keys()))
                                .isInstanceOf(ValidationException.class);
                        continue;
                    }
                    int next = numbers.isEmpty() ? 1 : numbers.get(numbers.size() - 1) + 1;
                    shown = elections.enterBallot(shown, next, s.keys());
                }
                case UNDO -> {
                    if (numbers.isEmpty()) {
                        continue;
                    }
                    elections.withdrawBallot(id, numbers.get(numbers.size() - 1), "Nhập hai lần");
                    shown = elections.countState(id);
                }
                case CORRECT -> {
                    if (numbers.isEmpty()) {
                        continue;
                    }
                    elections.correctBallot(id, numbers.get(s.pick() % numbers.size()), s.keys(), "Đọc lại");
                    shown = elections.countState(id);
                }
            }
            CountState recount = elections.countState(id);
            assertThat(shown.ballots()).isEqualTo(recount.ballots());
            assertThat(shown.tally()).isEqualTo(recount.tally());
            assertThat(shown.tally()).isEqualTo(elections.tally(id));
        }
    }
}
