package vn.thidua.app;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.bloc.Lengths;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.SeasonRules;
import vn.thidua.domain.bloc.Succession;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.domain.bloc.UnitRules;
import vn.thidua.domain.bloc.YearTexts;

/** Use cases on blocs, their units and years, shared by the window and the command line. */
public final class BlocService {

    private final BlocStore store;
    private final Reorganisations reorganisations;

    public BlocService(BlocStore store) {
        this.store = store;
        this.reorganisations = new Reorganisations(store, this);
    }

    public List<Bloc> blocs() {
        return store.blocs();
    }

    public Optional<Bloc> blocByCode(String code) {
        return store.blocByCode(code.trim().toUpperCase(Locale.ROOT));
    }

    public Bloc requireBloc(String code) {
        return blocByCode(code).orElseThrow(() -> new AppException("bloc.error.notFound", code));
    }

    public Bloc addBloc(String code, String name) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        String n = name == null ? "" : name.trim();
        if (c.isEmpty() || !c.matches("[A-Z0-9_-]{1,20}")) {
            throw new ValidationException(List.of(Problem.of("code", "bloc.error.code")));
        }
        if (n.isEmpty()) {
            throw new ValidationException(List.of(Problem.of("name", "bloc.error.nameEmpty")));
        }
        List<Problem> tooLong = new ArrayList<>();
        Lengths.check(tooLong, "name", "length.blocName", n, Lengths.BLOC_NAME);
        if (!tooLong.isEmpty()) {
            throw new ValidationException(tooLong);
        }
        if (store.blocByCode(c).isPresent()) {
            throw new ValidationException(List.of(Problem.of("code", "bloc.error.duplicate", c)));
        }
        return store.insertBloc(c, n);
    }

    public List<Season> seasons(long blocId) {
        return store.seasons(blocId).stream().sorted(Comparator.comparingInt(Season::year)).toList();
    }

    public Optional<Season> season(long blocId, int year) {
        return store.seasons(blocId).stream().filter(s -> s.year() == year).findFirst();
    }

    public Season requireSeason(Bloc bloc, int year) {
        return season(bloc.id(), year)
                .orElseThrow(() -> new AppException("season.error.notFound", bloc.code(), year));
    }

    public Season reload(Season season) {
        return store.season(season.id()).orElseThrow(() -> new AppException("season.error.gone"));
    }

    public List<Unit> unitsOfBloc(long blocId) {
        return store.unitsOfBloc(blocId);
    }

    public List<Unit> members(Season season) {
        return store.members(season.id());
    }

    public Optional<Unit> memberByCode(Season season, String code) {
        return members(season).stream().filter(u -> u.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    /** A new unit of the bloc, member of {@code season} from now on. */
    public Unit addUnit(Season season, UnitDraft draft) {
        UnitDraft d = draft.normalized();
        List<Problem> problems = UnitRules.check(d, store.unitsOfBloc(season.blocId()), 0);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return store.insertUnit(season.blocId(), d, season.id());
    }

    /** Corrects the unit's code and the name it has in {@code season}'s year (other years keep theirs). */
    public void editUnit(Season season, Unit unit, UnitDraft draft) {
        UnitDraft d = draft.normalized();
        List<Problem> problems = UnitRules.check(d, store.unitsOfBloc(unit.blocId()), unit.id());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        store.updateUnit(unit.id(), d, season.year());
    }

    public void editUnit(Unit unit, UnitDraft draft) {
        UnitDraft d = draft.normalized();
        List<Problem> problems = UnitRules.check(d, store.unitsOfBloc(unit.blocId()), unit.id());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        store.updateUnit(unit.id(), d);
    }

    /**
     * A unit that leaves the bloc is deactivated, not deleted: the years it took part in keep
     * it, and new years no longer copy it. It cannot lead the year it is deactivated in.
     */
    public void setActive(Season season, Unit unit, boolean active) {
        if (!active && (Long.valueOf(unit.id()).equals(season.headUnitId())
                || Long.valueOf(unit.id()).equals(season.deputyUnitId()))) {
            throw new ValidationException(List.of(Problem.of("active", "unit.error.deactivateLeader", unit.fullName())));
        }
        store.setUnitActive(unit.id(), active);
    }

    public void setLeaders(Season season, Long headUnitId, Long deputyUnitId) {
        checkLeaders(season, headUnitId, deputyUnitId);
        store.setLeaders(season.id(), headUnitId, deputyUnitId);
    }

    /** As {@link #setLeaders(Season, Long, Long)}, refused when changed elsewhere since {@code seenVersion}. */
    public int setLeaders(Season season, Long headUnitId, Long deputyUnitId, int seenVersion) {
        checkLeaders(season, headUnitId, deputyUnitId);
        try {
            return store.setLeaders(season.id(), headUnitId, deputyUnitId, seenVersion);
        } catch (RowVersion.Stale stale) {
            throw ScoringService.stale("head", stale.gone() ? "season.error.replaced" : "leaders.error.stale", season.year(),
                    null, stale);
        }
    }

    /** The version of the year's leaders or conference details, to save with. */
    public RowVersion version(RowVersion.Of what, Season season) {
        return store.version(what, season.id());
    }

    /**
     * Records the head and deputy the conference chose for the year after {@code season}: that year
     * is started (copied from this one) when it does not exist yet. The choice is checked against
     * this year's members first, so a refused choice starts no year.
     *
     * @return the next year, with its leaders
     */
    public Season recordNextYearLeaders(Season season, Long headUnitId, Long deputyUnitId) {
        checkLeaders(season, headUnitId, deputyUnitId);
        Season next = season(season.blocId(), season.year() + 1)
                .orElseGet(() -> startYear(season.blocId(), season.year() + 1));
        setLeaders(next, headUnitId, deputyUnitId);
        return reload(next);
    }

    private void checkLeaders(Season season, Long headUnitId, Long deputyUnitId) {
        List<Unit> members = store.members(season.id());
        List<Problem> problems = SeasonRules.checkLeaders(headUnitId, deputyUnitId, members);
        members.stream()
                .filter(u -> !u.active() && (u.id() == nz(headUnitId) || u.id() == nz(deputyUnitId)))
                .findFirst()
                .ifPresent(u -> problems.add(Problem.of("head", "season.error.leaderInactive", u.fullName())));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    public ConferenceDetails conferenceDetails(Season season) {
        return store.conferenceDetails(season.id());
    }

    /** The conference's day, place and superior body, as the documents of the year print them. */
    public void setConferenceDetails(Season season, ConferenceDetails details) {
        setConferenceDetails(season, details, null);
    }

    /** As {@link #setConferenceDetails(Season, ConferenceDetails)}, refused when changed elsewhere since {@code seenVersion}. */
    public void setConferenceDetails(Season season, ConferenceDetails details, Integer seenVersion) {
        List<Problem> problems = new ArrayList<>();
        if (details.date() != null && Math.abs(details.date().getYear() - season.year()) > 1) {
            problems.add(Problem.of("date", "season.error.conferenceDate", season.year()));
        }
        Lengths.check(problems, "place", "length.place", details.place(), Lengths.PLACE);
        Lengths.check(problems, "superiorBody", "length.superiorBody", details.superiorBody(), Lengths.SUPERIOR_BODY);
        Lengths.check(problems, "countingHead", "length.countingHead", details.countingHead(), Lengths.PERSON);
        Lengths.check(problems, "countingMembers", "length.countingMembers", String.join("\n", details.countingMembers()),
                Lengths.COUNTING_MEMBERS);
        Lengths.check(problems, "signer", "length.signer", details.signer(), Lengths.PERSON);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (seenVersion == null) {
            store.setConferenceDetails(season.id(), details);
            return;
        }
        try {
            store.setConferenceDetails(season.id(), details, seenVersion);
        } catch (RowVersion.Stale stale) {
            throw ScoringService.stale("date", stale.gone() ? "season.error.replaced" : "conference.error.stale",
                    season.year(), null, stale);
        }
    }

    /** The proposal's legal basis (empty: the shipped lines) and the year report's next-year section. */
    public YearTexts yearTexts(Season season) {
        return store.yearTexts(season.id());
    }

    public void setYearTexts(Season season, YearTexts texts) {
        store.setYearTexts(season.id(), texts);
    }

    /** Starts {@code year}, copying the setup of the latest earlier year of the bloc. */
    public Season startYear(long blocId, int year) {
        List<Season> seasons = store.seasons(blocId);
        List<Problem> problems = SeasonRules.checkNewYear(year, seasons.stream().map(Season::year).toList());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Long from = seasons.stream()
                .filter(s -> s.year() < year)
                .max(Comparator.comparingInt(Season::year))
                .map(Season::id)
                .orElse(null);
        return store.createSeason(blocId, year, from);
    }

    /** The year a "new year" action proposes: one after the latest. */
    public int proposedNewYear(long blocId, int fallback) {
        return store.seasons(blocId).stream().mapToInt(Season::year).max().orElse(fallback - 1) + 1;
    }

    // ---- units by year: rename, merge, split, move (issue 16, docs/decisions/0008)

    /** The years changed by a merge, split or move: existing years of the bloc(s) from its first year on. */
    public record Reorganised(List<Integer> yearsChanged) {
    }

    /** The unit, with its newest name. */
    public Optional<Unit> unit(long unitId) {
        return store.unit(unitId);
    }

    /** The unit of the bloc with this code (any year). */
    public Unit requireUnit(Bloc bloc, String code) {
        String c = code == null ? "" : code.trim();
        return store.unitsOfBloc(bloc.id()).stream().filter(u -> u.code().equalsIgnoreCase(c)).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(Problem.of("code", "unit.error.notInBloc", bloc.code(), c))));
    }

    /** The unit with the name it has in {@code year}. */
    public Unit unitInYear(Unit unit, int year) {
        return store.unitInYear(unit.id(), year).orElse(unit);
    }

    /** The unit is called {@code fullName} ({@code shortName}) from {@code fromYear} on; earlier years keep their names. */
    public void rename(Bloc bloc, String code, String fullName, String shortName, int fromYear) {
        reorganisations.rename(bloc, code, fullName, shortName, fromYear);
    }

    /**
     * {@code codes} are one unit called {@code name} from {@code fromYear}: {@code into} is a new code, or one of
     * {@code codes}, which keeps its code and takes the name.
     */
    public Reorganised merge(Bloc bloc, List<String> codes, String into, String name, int fromYear) {
        return merge(bloc, codes, into, name, "", fromYear);
    }

    /** The same, the merged unit also taking a short name. */
    public Reorganised merge(Bloc bloc, List<String> codes, String into, String name, String shortName, int fromYear) {
        return reorganisations.merge(bloc, codes, into, name, shortName, fromYear);
    }

    /** {@code code} is the units {@code into} (named {@code names}, in order) from {@code fromYear}; one may keep the code. */
    public Reorganised split(Bloc bloc, String code, List<String> into, List<String> names, int fromYear) {
        return reorganisations.split(bloc, code, into, names, fromYear);
    }

    /** The unit leaves {@code from} and is a member of {@code to} from {@code fromYear}, with the same code and name. */
    public Reorganised move(Bloc from, Bloc to, String code, int fromYear) {
        return reorganisations.move(from, to, code, fromYear);
    }

    /** Who succeeds whom, in every bloc. */
    public List<Succession> successions() {
        return store.successions();
    }

    /**
     * The unit and every unit before it (its predecessors, theirs…), each with the year until which (excluded)
     * its own years belong to this line; the unit itself has no limit ({@link Integer#MAX_VALUE}).
     */
    public Map<Long, Integer> lineage(long unitId) {
        List<Succession> all = store.successions();
        Map<Long, Integer> until = new LinkedHashMap<>();
        until.put(unitId, Integer.MAX_VALUE);
        ArrayDeque<Long> todo = new ArrayDeque<>(List.of(unitId));
        while (!todo.isEmpty()) {
            long u = todo.pop();
            for (Succession s : all) {
                if (s.successorId() == u && s.predecessorId() != u) {
                    int limit = Math.min(until.get(u), s.fromYear());
                    Integer known = until.get(s.predecessorId());
                    if (known == null || known < limit) {
                        until.put(s.predecessorId(), limit);
                        todo.push(s.predecessorId());
                    }
                }
            }
        }
        return until;
    }

    /** The units that succeed any of {@code unitIds} (and their successors) by {@code year}. */
    public Set<Long> successorsBy(Set<Long> unitIds, int year) {
        Set<Long> out = new HashSet<>();
        ArrayDeque<Long> todo = new ArrayDeque<>(unitIds);
        List<Succession> all = store.successions();
        while (!todo.isEmpty()) {
            long u = todo.pop();
            for (Succession s : all) {
                if (s.predecessorId() == u && s.successorId() != u && s.fromYear() <= year && out.add(s.successorId())) {
                    todo.push(s.successorId());
                }
            }
        }
        return out;
    }

    private static long nz(Long id) {
        return id == null ? -1 : id;
    }
}
