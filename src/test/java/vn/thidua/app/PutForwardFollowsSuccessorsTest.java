package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Reorganisation;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Succession;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.Candidate;
import vn.thidua.domain.voting.EligibilityRule;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.store.Database;
import vn.thidua.store.JdbcBlocStore;
import vn.thidua.store.JdbcElectionStore;
import vn.thidua.store.JdbcScoringStore;

/**
 * Issue 16, docs/decisions/0008: "already put forward by an earlier closed election of the year" follows the
 * units that succeed the one put forward, in that year. The command line refuses to merge a unit out of a
 * year whose election lists it, so the merged and split years are written here through the store, as a file
 * made otherwise (an older version, a hand repair) would hold them; a split keeping its code is also reached
 * through the service, which allows it.
 */
class PutForwardFollowsSuccessorsTest {

    @TempDir
    Path dir;
    Database db;
    JdbcBlocStore store;
    BlocService blocs;
    ElectionService elections;
    Bloc vx;
    Season y2024;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("test.mv.db"));
        store = new JdbcBlocStore(db, List.of(JdbcScoringStore.copyStep()));
        blocs = new BlocService(store);
        ScoringService scoring = new ScoringService(new JdbcScoringStore(db), blocs);
        elections = new ElectionService(new JdbcElectionStore(db), blocs, scoring, backup -> { });
        vx = blocs.addBloc("VX", "Khối Văn hóa – Xã hội");
        y2024 = blocs.startYear(vx.id(), 2024);
        for (String[] u : new String[][] {{"GD", "Sở Giáo dục và Đào tạo"}, {"YT", "Sở Y tế"},
                {"VHTT", "Sở Văn hóa, Thể thao và Du lịch"}, {"KHCN", "Sở Khoa học và Công nghệ"}}) {
            blocs.addUnit(y2024, new UnitDraft(u[0], u[1], ""));
        }
        // The provincial flag of 2024: all three papers for GD (candidate 1), closed.
        List<Long> ids = List.of("GD", "YT", "VHTT", "KHCN").stream().map(c -> id(y2024, c)).toList();
        long flag = elections.create(y2024, new ElectionService.Draft("Cờ thi đua của UBND tỉnh", 1,
                ThresholdOperator.GT, BigDecimal.valueOf(50), Base.VALID, 3, ids, null, true));
        for (int i = 0; i < 3; i++) {
            elections.enterBallot(flag, "1");
        }
        elections.close(flag);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long id(Season s, String code) {
        return blocs.memberByCode(s, code).orElseThrow().id();
    }

    private Set<String> putForward(Season s) {
        Set<Long> ids = elections.putForward(s);
        return blocs.unitsOfBloc(vx.id()).stream().filter(u -> ids.contains(u.id())).map(Unit::code)
                .collect(Collectors.toSet());
    }

    /** The candidates of a next election of the year, all members, leaving out those already put forward. */
    private List<String> nextCandidates(Season s) {
        return elections.eligible(s, EligibilityRule.all(), true).stream().map(Candidate::code).sorted().toList();
    }

    private List<String> members(Season s) {
        return blocs.members(s).stream().map(Unit::code).sorted().toList();
    }

    @Test
    void beforeAnyChangeOnlyTheUnitElectedIsPutForward() {
        assertThat(putForward(y2024)).containsExactly("GD");
        assertThat(nextCandidates(y2024)).containsExactly("KHCN", "VHTT", "YT");
    }

    @Test
    void aUnitPutForwardAndMergedInTheSameYearIsPutForwardAsTheMergedUnit() {
        // The service refuses it: GD is on the list of an election of 2024.
        assertThatThrownBy(() -> blocs.merge(vx, List.of("GD", "YT"), "GDYT", "Sở Giáo dục và Y tế", 2024))
                .isInstanceOf(ValidationException.class);
        store.reorganise(new Reorganisation(2024,
                List.of(new Reorganisation.NewUnit(vx.id(), new UnitDraft("GDYT", "Sở Giáo dục và Y tế", ""))),
                List.of(), List.of(new Reorganisation.Link(vx.id(), "GD", vx.id(), "GDYT", Succession.Kind.MERGE),
                        new Reorganisation.Link(vx.id(), "YT", vx.id(), "GDYT", Succession.Kind.MERGE))));
        assertThat(members(y2024)).containsExactly("GDYT", "KHCN", "VHTT");

        assertThat(putForward(y2024)).containsExactlyInAnyOrder("GD", "GDYT");
        assertThat(nextCandidates(y2024)).as("the merged unit is no candidate again; the others are")
                .containsExactly("KHCN", "VHTT");
        assertThat(elections.eligible(y2024, EligibilityRule.all(), false)).extracting(Candidate::code)
                .as("unless the election says so").contains("GDYT");
    }

    @Test
    void aUnitPutForwardAndMergedIntoAnotherKeepingItsCodeMakesThatUnitPutForward() {
        store.reorganise(new Reorganisation(2024, List.of(),
                List.of(new Reorganisation.Rename(id(y2024, "YT"), "Sở Y tế và Giáo dục", "")),
                List.of(new Reorganisation.Link(vx.id(), "GD", vx.id(), "YT", Succession.Kind.MERGE))));
        assertThat(members(y2024)).containsExactly("KHCN", "VHTT", "YT");

        assertThat(putForward(y2024)).containsExactlyInAnyOrder("GD", "YT");
        assertThat(nextCandidates(y2024)).containsExactly("KHCN", "VHTT");
    }

    @Test
    void aUnitPutForwardAndSplitKeepingItsCodeMakesEachSuccessorPutForward() {
        // Allowed by the service: GD stays a member of 2024, the new unit joins it.
        blocs.split(vx, "GD", List.of("GD", "MN"), List.of("Sở Giáo dục phổ thông", "Sở Giáo dục mầm non"), 2024);
        assertThat(members(y2024)).containsExactly("GD", "KHCN", "MN", "VHTT", "YT");

        assertThat(putForward(y2024)).containsExactlyInAnyOrder("GD", "MN");
        assertThat(nextCandidates(y2024)).containsExactly("KHCN", "VHTT", "YT");
    }

    @Test
    void aUnitPutForwardAndSplitIntoNewCodesMakesEverySuccessorPutForward() {
        store.reorganise(new Reorganisation(2024,
                List.of(new Reorganisation.NewUnit(vx.id(), new UnitDraft("GDPT", "Sở Giáo dục phổ thông", "")),
                        new Reorganisation.NewUnit(vx.id(), new UnitDraft("GDNN", "Sở Giáo dục nghề nghiệp", ""))),
                List.of(), List.of(new Reorganisation.Link(vx.id(), "GD", vx.id(), "GDPT", Succession.Kind.SPLIT),
                        new Reorganisation.Link(vx.id(), "GD", vx.id(), "GDNN", Succession.Kind.SPLIT))));
        assertThat(members(y2024)).containsExactly("GDNN", "GDPT", "KHCN", "VHTT", "YT");

        assertThat(putForward(y2024)).containsExactlyInAnyOrder("GD", "GDPT", "GDNN");
        assertThat(nextCandidates(y2024)).containsExactly("KHCN", "VHTT", "YT");
    }

    @Test
    void aReorganisationOfUnitsNotPutForwardChangesNothingForTheOthers() {
        // YT and KHCN merge; nobody of them was put forward, GD still is, and VHTT is untouched.
        store.reorganise(new Reorganisation(2024,
                List.of(new Reorganisation.NewUnit(vx.id(), new UnitDraft("YTKH", "Sở Y tế và Khoa học", ""))),
                List.of(), List.of(new Reorganisation.Link(vx.id(), "YT", vx.id(), "YTKH", Succession.Kind.MERGE),
                        new Reorganisation.Link(vx.id(), "KHCN", vx.id(), "YTKH", Succession.Kind.MERGE))));
        assertThat(putForward(y2024)).containsExactly("GD");
        assertThat(nextCandidates(y2024)).containsExactly("VHTT", "YTKH");
    }

    /**
     * The rule is of one year (docs/DOMAIN "an earlier election of the same year"): merged from the next year, the
     * unit that succeeds one put forward starts that year like every other member, and the year of the election
     * keeps its result as it was.
     */
    @Test
    void aMergeFromTheNextYearLeavesTheNextYearsCandidatesAlone() {
        blocs.merge(vx, List.of("GD", "YT"), "GDYT", "Sở Giáo dục và Y tế", 2025);
        Season y2025 = blocs.startYear(vx.id(), 2025);
        assertThat(members(y2025)).containsExactly("GDYT", "KHCN", "VHTT");

        assertThat(putForward(y2025)).isEmpty();
        assertThat(nextCandidates(y2025)).containsExactly("GDYT", "KHCN", "VHTT");
        assertThat(putForward(y2024)).containsExactly("GD");
        assertThat(nextCandidates(y2024)).containsExactly("KHCN", "VHTT", "YT");
    }
}
