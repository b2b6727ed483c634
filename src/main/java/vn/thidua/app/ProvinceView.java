package vn.thidua.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.scoring.Classification;
import vn.thidua.domain.scoring.ScoreboardRow;
import vn.thidua.domain.voting.TallyResult;

/**
 * The province's emulation office's view of a year (issue 19): every bloc in the database with its members
 * and their classification, each title put forward with its units and votes, and the blocs whose elections
 * are not all closed. Read only; a forged election is named, never counted.
 */
public final class ProvinceView {

    /** A member of a bloc in the year, as its scoreboard classifies it. */
    public record Member(String code, String name, int rank, BigDecimal total, Classification classification,
                         boolean provisional) {
    }

    /** A unit a title's election put forward, with the round that decided it. */
    public record PutForward(String code, String name, int votes, BigDecimal percent) {
    }

    /** One election (a first round and its runoffs) of the year. */
    public record Title(String title, long electionId, boolean closed, boolean forged, List<PutForward> putForward) {
        public Title {
            putForward = List.copyOf(putForward);
        }
    }

    /** One bloc in the year; {@code hasYear} false when the bloc has no such year. */
    public record BlocYear(String code, String name, boolean hasYear, List<Member> members,
                           Map<Classification, Integer> counts, List<Title> titles) {
        public BlocYear {
            members = List.copyOf(members);
            counts = Map.copyOf(counts);
            titles = List.copyOf(titles);
        }

        /** The year's elections are all closed (a bloc without elections has not held them). */
        public boolean electionsClosed() {
            return hasYear && !titles.isEmpty() && titles.stream().allMatch(Title::closed);
        }
    }

    /** The year across the province. */
    public record Province(int year, List<BlocYear> blocs) {
        public Province {
            blocs = List.copyOf(blocs);
        }

        public List<BlocYear> notClosed() {
            return blocs.stream().filter(b -> !b.electionsClosed()).toList();
        }
    }

    private ProvinceView() {
    }

    public static Province of(Workspace ws, int year) {
        // First each bloc's members and elections, then every closed round of the province counted at once
        // (two queries for all their papers and close lines), then the titles: a few queries per bloc.
        record Read(Bloc bloc, Season season, List<Member> members, Map<Classification, Integer> counts,
                    Map<Long, Unit> units, List<StoredElection> elections) {
        }
        List<Read> reads = new ArrayList<>();
        List<StoredElection> closedRounds = new ArrayList<>();
        for (Bloc b : ws.blocs().blocs()) {
            Optional<Season> season = ws.blocs().season(b.id(), year);
            if (season.isEmpty()) {
                reads.add(new Read(b, null, List.of(), Map.of(), Map.of(), List.of()));
                continue;
            }
            ScoringService.ScoreboardData data = ws.scoring().scoreboard(season.get());
            Map<Long, Unit> units = data.members().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
            List<Member> members = new ArrayList<>();
            Map<Classification, Integer> counts = new EnumMap<>(Classification.class);
            for (ScoreboardRow r : data.rows()) {
                members.add(new Member(units.get(r.unitId()).code(), r.unitName(), r.rank(), r.total(),
                        r.classification(), r.provisional()));
                counts.merge(r.classification(), 1, Integer::sum);
            }
            List<StoredElection> elections = ws.elections().elections(season.get());
            for (StoredElection e : elections) {
                List<StoredElection> rounds = rounds(e, elections);
                if (rounds != null && rounds.stream().allMatch(StoredElection::closed)) {
                    closedRounds.addAll(rounds);
                }
            }
            reads.add(new Read(b, season.get(), members, counts, units, elections));
        }
        Map<Long, ElectionService.Count> counted = ws.elections().counts(closedRounds);
        List<BlocYear> out = new ArrayList<>();
        for (Read r : reads) {
            out.add(r.season() == null ? new BlocYear(r.bloc().code(), r.bloc().name(), false, List.of(), Map.of(), List.of())
                    : new BlocYear(r.bloc().code(), r.bloc().name(), true, r.members(), r.counts(),
                    titles(r.elections(), counted, r.units())));
        }
        return new Province(year, out);
    }

    /** A first round and its runoffs, in order; null for a runoff (it belongs to its first round's title). */
    private static List<StoredElection> rounds(StoredElection e, List<StoredElection> all) {
        if (e.settings().isRunoff()) {
            return null;
        }
        List<StoredElection> rounds = new ArrayList<>(List.of(e));
        rounds.addAll(RunoffChain.runoffs(e.id(), all));
        return rounds;
    }

    /**
     * The year's titles from its elections read once, each round counted once (its papers and the seal's
     * check). The same answers as asking the election service per election ({@link PutForwards#putForward},
     * {@link ElectionService#tally(long)}), with a few queries per bloc instead of some hundred
     * (bench/province-scale.sh).
     */
    private static List<Title> titles(List<StoredElection> all, Map<Long, ElectionService.Count> counted,
                                      Map<Long, Unit> units) {
        List<Title> titles = new ArrayList<>();
        for (StoredElection e : all) {
            List<StoredElection> rounds = rounds(e, all);
            if (rounds == null) {
                continue;
            }
            boolean closed = rounds.stream().allMatch(StoredElection::closed);
            if (!closed) {
                titles.add(new Title(e.settings().title(), e.id(), false, false, List.of()));
                continue;
            }
            List<TallyResult> counts = new ArrayList<>();
            boolean forged = false;
            for (StoredElection round : rounds) {
                ElectionService.Count c = counted.get(round.id());
                forged |= c.forged() != null;
                counts.add(c.tally());
            }
            if (forged) {
                titles.add(new Title(e.settings().title(), e.id(), true, true, List.of()));
                continue;
            }
            List<PutForward> units2 = new ArrayList<>();
            for (PutForwards.PutForward p : PutForwards.of(counts)) {
                Unit u = units.get(p.unitId());
                units2.add(new PutForward(u == null ? "#" + p.unitId() : u.code(), p.name(), p.votes(), p.percent()));
            }
            // A tie with no runoff yet is not settled: the title is not closed.
            boolean settled = !counts.get(counts.size() - 1).hasTie();
            titles.add(new Title(e.settings().title(), e.id(), settled, false, units2));
        }
        return titles;
    }
}
