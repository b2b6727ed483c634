package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.Backend;

/**
 * The province's view reads a year's elections once and counts each round once (bench/province-scale.sh):
 * its titles are the same as asking the election service election by election, as the view did before —
 * for the sample's closed elections, a tie settled by a closed runoff, a tie with no runoff yet, an
 * election forged after its close, and an open one.
 */
class ProvinceViewTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void titlesAreTheSameAsCountingElectionByElection(Backend backend) throws Exception {
        String where = backend.newLocation(dir, "province");
        long forged;
        try (Workspace ws = Backend.open(where)) {
            ws.sample().createIfEmpty();
            Season year = ws.blocs().requireSeason(ws.blocs().requireBloc(SampleBloc.BLOC_CODE), SampleBloc.YEAR);
            List<Long> m = ws.blocs().members(year).stream().map(Unit::id).toList();
            ElectionService el = ws.elections();

            long tied = el.create(year, draft("Bằng khen thử: hòa, bầu lại", List.of(m.get(0), m.get(1), m.get(2))));
            for (String k : List.of("1", "2", "1", "2")) {
                el.enterBallot(tied, k);
            }
            el.close(tied);
            long runoff = el.runoff(tied);
            for (String k : List.of("2", "2", "1", "2")) {
                el.enterBallot(runoff, k);
            }
            el.close(runoff);

            long stillTied = el.create(year, draft("Bằng khen thử: hòa, chưa bầu lại", List.of(m.get(3), m.get(4), m.get(5))));
            for (String k : List.of("1", "2", "1", "2")) {
                el.enterBallot(stillTied, k);
            }
            el.close(stillTied);

            forged = el.create(year, draft("Bằng khen thử: sửa sau khi khóa", List.of(m.get(6), m.get(7))));
            for (String k : List.of("1", "1", "2", "1")) {
                el.enterBallot(forged, k);
            }
            el.close(forged);

            el.create(year, draft("Bằng khen thử: đang bầu", List.of(m.get(0), m.get(7))));
            Bloc vx = ws.blocs().addBloc("VX", "Khối Văn xã");
            ws.blocs().startYear(vx.id(), SampleBloc.YEAR);
        }
        try (Connection c = Backend.connect(where);
             PreparedStatement ps = c.prepareStatement("update ballot set approved = '' where election_id = ? and number = 1")) {
            ps.setLong(1, forged);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        try (Workspace ws = Backend.open(where)) {
            ProvinceView.Province province = ProvinceView.of(ws, SampleBloc.YEAR);

            assertThat(province.blocs()).extracting(ProvinceView.BlocYear::code).containsExactly("KTN", "VX");
            for (ProvinceView.BlocYear b : province.blocs()) {
                Season season = ws.blocs().requireSeason(ws.blocs().requireBloc(b.code()), SampleBloc.YEAR);
                Map<Long, Unit> units = ws.blocs().members(season).stream()
                        .collect(Collectors.toMap(Unit::id, Function.identity()));
                assertThat(b.titles()).as(b.code()).isEqualTo(electionByElection(ws, season, units));
            }
            List<ProvinceView.Title> ktn = province.blocs().get(0).titles();
            assertThat(ktn).as("the sample's three, the tie and its runoff as one, the tie, the forged, the open one")
                    .hasSize(7);
            assertThat(ktn.get(3).putForward()).as("put forward by the runoff").extracting(ProvinceView.PutForward::votes)
                    .containsExactly(3);
            assertThat(ktn.get(3).closed()).isTrue();
            assertThat(ktn.get(4).closed()).as("a tie with no runoff yet").isFalse();
            assertThat(ktn.get(4).putForward()).isEmpty();
            assertThat(ktn.get(5).forged()).isTrue();
            assertThat(ktn.get(6).closed()).isFalse();
            assertThat(province.notClosed()).extracting(ProvinceView.BlocYear::code).containsExactly("KTN", "VX");
        }
    }

    private static ElectionService.Draft draft(String title, List<Long> candidates) {
        return new ElectionService.Draft(title, 1, ThresholdOperator.GT, BigDecimal.valueOf(30), Base.VALID, 4,
                candidates, null, false);
    }

    /** The view's titles as it made them before: the election service asked per election and per round. */
    private static List<ProvinceView.Title> electionByElection(Workspace ws, Season season, Map<Long, Unit> units) {
        List<ProvinceView.Title> titles = new ArrayList<>();
        ElectionService elections = ws.elections();
        PutForwards putForwards = new PutForwards(elections);
        for (StoredElection e : elections.elections(season)) {
            if (e.settings().isRunoff()) {
                continue;
            }
            List<StoredElection> rounds = new ArrayList<>(List.of(e));
            rounds.addAll(elections.runoffs(e.id()));
            boolean closed = rounds.stream().allMatch(StoredElection::closed);
            if (!closed) {
                titles.add(new ProvinceView.Title(e.settings().title(), e.id(), false, false, List.of()));
                continue;
            }
            try {
                List<ProvinceView.PutForward> units2 = new ArrayList<>();
                for (PutForwards.PutForward p : putForwards.putForward(e)) {
                    Unit u = units.get(p.unitId());
                    units2.add(new ProvinceView.PutForward(u == null ? "#" + p.unitId() : u.code(), p.name(), p.votes(),
                            p.percent()));
                }
                boolean settled = !elections.tally(rounds.get(rounds.size() - 1).id()).hasTie();
                titles.add(new ProvinceView.Title(e.settings().title(), e.id(), settled, false, units2));
            } catch (ForgedElectionException forged) {
                titles.add(new ProvinceView.Title(e.settings().title(), e.id(), true, true, List.of()));
            }
        }
        return titles;
    }
}
