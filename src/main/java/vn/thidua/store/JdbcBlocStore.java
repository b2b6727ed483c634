package vn.thidua.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thidua.app.BlocStore;
import vn.thidua.app.RowVersion;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.bloc.Reorganisation;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Succession;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.domain.bloc.UnitName;
import vn.thidua.domain.bloc.UnitUse;
import vn.thidua.domain.bloc.YearTexts;

/** Blocs, units and years in H2. */
public final class JdbcBlocStore implements BlocStore {

    private static final String UNIT_COLUMNS = "u.id, u.bloc_id, u.code, u.full_name, u.short_name, u.active";
    /** The unit's columns with the name in force in the year given by the SQL expression {@code year}. */
    private static String unitColumnsIn(String year) {
        String later = " from unit_name n where n.unit_id = u.id" + (year == null ? "" : " and n.from_year <= " + year)
                + " order by n.from_year desc fetch first 1 row only)";
        return "u.id, u.bloc_id, u.code, coalesce((select n.full_name" + later + ", u.full_name) as full_name,"
                + " coalesce((select n.short_name" + later + ", u.short_name) as short_name, u.active";
    }

    private static final String NEWEST = unitColumnsIn(null);
    private final Database db;
    private final List<SeasonCopyStep> copySteps;

    public JdbcBlocStore(Database db, List<SeasonCopyStep> copySteps) {
        this.db = db;
        this.copySteps = List.copyOf(copySteps);
    }

    @Override
    public List<Bloc> blocs() {
        return db.read(c -> Jdbc.list(c, "select id, code, name from bloc order by code", JdbcBlocStore::bloc));
    }

    @Override
    public Optional<Bloc> bloc(long id) {
        return db.read(c -> Jdbc.one(c, "select id, code, name from bloc where id = ?", JdbcBlocStore::bloc, id));
    }

    @Override
    public Optional<Bloc> blocByCode(String code) {
        return db.read(c -> Jdbc.one(c, "select id, code, name from bloc where code = ?", JdbcBlocStore::bloc, code));
    }

    @Override
    public Bloc insertBloc(String code, String name) {
        long id = db.write(c -> {
            Audit.log(c, "bloc", "bloc.add", "code", code, "name", name);
            return Jdbc.insert(c, "insert into bloc(code, name) values (?, ?)", code, name);
        });
        return new Bloc(id, code, name);
    }

    @Override
    public List<Unit> unitsOfBloc(long blocId) {
        return db.read(c -> Jdbc.list(c, "select " + NEWEST + " from unit u where u.bloc_id = ? order by u.id",
                JdbcBlocStore::unit, blocId));
    }

    @Override
    public Optional<Unit> unit(long unitId) {
        return db.read(c -> Jdbc.one(c, "select " + NEWEST + " from unit u where u.id = ?",
                JdbcBlocStore::unit, unitId));
    }

    @Override
    public Unit insertUnit(long blocId, UnitDraft d, Long seasonId) {
        long id = db.write(c -> {
            long unitId = Jdbc.insert(c, "insert into unit(bloc_id, code, full_name, short_name) values (?, ?, ?, ?)",
                    blocId, d.code(), d.fullName(), d.shortName());
            Audit.log(c, "bloc", "unit.add", "unit", unitId, "code", d.code(), "name", d.fullName());
            if (seasonId != null) {
                Jdbc.update(c, "insert into season_member(season_id, unit_id) values (?, ?)", seasonId, unitId);
            }
            return unitId;
        });
        return new Unit(id, blocId, d.code(), d.fullName(), d.shortName(), true);
    }

    @Override
    public void updateUnit(long unitId, UnitDraft d) {
        db.write(c -> {
            Audit.log(c, "bloc", "unit.edit", "unit", unitId, "code", d.code(), "name", d.fullName(),
                    "short", d.shortName());
            return Jdbc.update(c, "update unit set code = ?, full_name = ?, short_name = ? where id = ?",
                    d.code(), d.fullName(), d.shortName(), unitId);
        });
    }

    @Override
    public void updateUnit(long unitId, UnitDraft d, int year) {
        db.write(c -> {
            Audit.log(c, "bloc", "unit.edit", "unit", unitId, "year", year, "code", d.code(), "name", d.fullName(),
                    "short", d.shortName());
            Jdbc.update(c, "update unit set code = ? where id = ?", d.code(), unitId);
            Optional<Integer> from = Jdbc.one(c, "select from_year from unit_name where unit_id = ? and from_year <= ?"
                    + " order by from_year desc fetch first 1 row only", rs -> rs.getInt(1), unitId, year);
            if (from.isPresent()) {
                return Jdbc.update(c, "update unit_name set full_name = ?, short_name = ? where unit_id = ? and from_year = ?",
                        d.fullName(), d.shortName(), unitId, from.get());
            }
            return Jdbc.update(c, "update unit set full_name = ?, short_name = ? where id = ?",
                    d.fullName(), d.shortName(), unitId);
        });
    }

    @Override
    public void renameUnit(long unitId, int fromYear, String fullName, String shortName) {
        db.write(c -> {
            rename(c, unitId, fromYear, fullName, shortName);
            return null;
        });
    }

    private static void rename(Connection c, long unitId, int fromYear, String fullName, String shortName)
            throws SQLException {
        Audit.log(c, "bloc", "unit.rename", "unit", unitId, "fromYear", fromYear, "name", fullName, "short", shortName);
        Jdbc.merge(c, "unit_name(unit_id, from_year, full_name, short_name)", "unit_id, from_year",
                "values (?, ?, ?, ?)", unitId, fromYear, fullName, shortName == null ? "" : shortName);
    }

    /** The unit is called so in {@code year}: when that is not already its name then, it is from that year on. */
    static void nameInYear(Connection c, long unitId, int year, String fullName, String shortName) throws SQLException {
        String shortOrEmpty = shortName == null ? "" : shortName;
        boolean same = Jdbc.one(c, "select " + unitColumnsIn(String.valueOf(year)) + " from unit u where u.id = ?",
                JdbcBlocStore::unit, unitId)
                .map(u -> u.fullName().equals(fullName) && u.shortName().equals(shortOrEmpty)).orElse(true);
        if (!same) {
            rename(c, unitId, year, fullName, shortOrEmpty);
        }
    }

    @Override
    public List<UnitName> laterNames(long unitId) {
        return db.read(c -> Jdbc.list(c, "select unit_id, from_year, full_name, short_name from unit_name"
                + " where unit_id = ? order by from_year", rs -> new UnitName(rs.getLong(1),
                rs.getInt(2), rs.getString(3), rs.getString(4)), unitId));
    }

    @Override
    public List<Succession> successions() {
        return db.read(c -> Jdbc.list(c, "select predecessor_id, successor_id, from_year, kind from unit_succession"
                + " order by from_year, predecessor_id, successor_id", rs -> new Succession(
                rs.getLong(1), rs.getLong(2), rs.getInt(3),
                Succession.Kind.valueOf(rs.getString(4)))));
    }

    @Override
    public Optional<Unit> unitInYear(long unitId, int year) {
        return db.read(c -> Jdbc.one(c, "select " + unitColumnsIn(String.valueOf(year)) + " from unit u where u.id = ?",
                JdbcBlocStore::unit, unitId));
    }

    @Override
    public List<UnitUse> usesFrom(long unitId, int fromYear) {
        // Plain ? parameters, repeated (H2's ?1 is not JDBC's), and the subquery named (PostgreSQL 15 wants it).
        return db.read(c -> Jdbc.list(c, "select y, w from ("
                + " select s.season_year y, 'scores' w from score x join criterion k on k.id = x.criterion_id"
                + "   join season s on s.id = k.season_id where x.unit_id = ? and s.season_year >= ?"
                + " union select s.season_year, 'indicators' from indicator i join season s on s.id = i.season_id"
                + "   where i.unit_id = ? and s.season_year >= ?"
                + " union select s.season_year, 'election' from election_candidate ec join election e on e.id = ec.election_id"
                + "   join season s on s.id = e.season_id where ec.unit_id = ? and s.season_year >= ?"
                + " union select s.season_year, 'leader' from season s where (s.head_unit_id = ? or s.deputy_unit_id = ?)"
                + "   and s.season_year >= ?) uses order by y, w",
                rs -> new UnitUse(rs.getInt(1), rs.getString(2)), unitId, fromYear, unitId, fromYear,
                unitId, fromYear, unitId, unitId, fromYear));
    }

    @Override
    public void reorganise(Reorganisation r) {
        db.write(c -> {
            int year = r.fromYear();
            for (var n : r.newUnits()) {
                long id = Jdbc.insert(c, "insert into unit(bloc_id, code, full_name, short_name) values (?, ?, ?, ?)",
                        n.blocId(), n.draft().code(), n.draft().fullName(), n.draft().shortName());
                Audit.log(c, "bloc", "unit.add", "unit", id, "code", n.draft().code(), "name", n.draft().fullName(),
                        "fromYear", year);
            }
            for (var n : r.renames()) {
                rename(c, n.unitId(), year, n.fullName(), n.shortName());
            }
            // A unit that is also its own successor (a split keeping its code) stays; the others leave.
            Set<Long> staying = new HashSet<>();
            List<long[]> pairs = new ArrayList<>();
            for (var l : r.links()) {
                long pred = unitId(c, l.predecessorBlocId(), l.predecessorCode());
                long succ = unitId(c, l.successorBlocId(), l.successorCode());
                pairs.add(new long[] {pred, succ});
                if (pred == succ) {
                    staying.add(pred);
                }
            }
            for (int i = 0; i < pairs.size(); i++) {
                var l = r.links().get(i);
                long pred = pairs.get(i)[0];
                long succ = pairs.get(i)[1];
                Audit.log(c, "bloc", "unit.succession", "predecessor", pred, "successor", succ, "fromYear", year,
                        "kind", l.kind().name());
                Jdbc.update(c, "insert into unit_succession(predecessor_id, successor_id, from_year, kind)"
                        + " values (?, ?, ?, ?)", pred, succ, year, l.kind().name());
                if (!staying.contains(pred)) {
                    Jdbc.update(c, "delete from season_member m where m.unit_id = ? and m.season_id in"
                            + " (select s.id from season s where s.bloc_id = ? and s.season_year >= ?)",
                            pred, l.predecessorBlocId(), year);
                }
                Jdbc.merge(c, "season_member(season_id, unit_id)", "season_id, unit_id",
                        "select s.id, ? from season s where s.bloc_id = ? and s.season_year >= ?",
                        succ, l.successorBlocId(), year);
            }
            return null;
        });
    }

    private static long unitId(Connection c, long blocId, String code) throws SQLException {
        return Jdbc.one(c, "select id from unit where bloc_id = ? and code = ?", rs -> rs.getLong(1), blocId, code)
                .orElseThrow(() -> new SQLException("no unit " + code + " in bloc " + blocId));
    }

    @Override
    public void setUnitActive(long unitId, boolean active) {
        db.write(c -> {
            Audit.log(c, "bloc", active ? "unit.activate" : "unit.deactivate", "unit", unitId);
            return Jdbc.update(c, "update unit set active = ? where id = ?", active, unitId);
        });
    }

    @Override
    public List<Season> seasons(long blocId) {
        return db.read(c -> Jdbc.list(c,
                "select id, bloc_id, season_year, head_unit_id, deputy_unit_id from season where bloc_id = ? order by season_year",
                JdbcBlocStore::season, blocId));
    }

    @Override
    public Optional<Season> season(long seasonId) {
        return db.read(c -> Jdbc.one(c,
                "select id, bloc_id, season_year, head_unit_id, deputy_unit_id from season where id = ?",
                JdbcBlocStore::season, seasonId));
    }

    @Override
    public List<Unit> members(long seasonId) {
        return db.read(c -> Jdbc.list(c, "select " + unitColumnsIn("s.season_year")
                + " from unit u join season_member m on m.unit_id = u.id join season s on s.id = m.season_id"
                + " where m.season_id = ? order by u.id",
                JdbcBlocStore::unit, seasonId));
    }

    @Override
    public void addMember(long seasonId, long unitId) {
        db.write(c -> {
            Audit.log(c, "bloc", "member.add", "season", seasonId, "unit", unitId);
            return Jdbc.merge(c, "season_member(season_id, unit_id)", "season_id, unit_id", "values (?, ?)",
                    seasonId, unitId);
        });
    }

    @Override
    public void setLeaders(long seasonId, Long headUnitId, Long deputyUnitId) {
        setLeaders(seasonId, headUnitId, deputyUnitId, RowVersions.ANY);
    }

    @Override
    public int setLeaders(long seasonId, Long headUnitId, Long deputyUnitId, int seen) {
        return db.write(c -> {
            RowVersions.check(c, RowVersion.Of.LEADERS, seasonId, seen);
            Audit.log(c, "bloc", "season.leaders", "season", seasonId, "head", headUnitId, "deputy", deputyUnitId);
            Jdbc.update(c, "update season set head_unit_id = ?, deputy_unit_id = ? where id = ?",
                    headUnitId, deputyUnitId, seasonId);
            return RowVersions.bump(c, RowVersion.Of.LEADERS, seasonId);
        });
    }

    @Override
    public RowVersion version(RowVersion.Of what, long seasonId) {
        return db.read(c -> RowVersions.read(c, what, seasonId, false));
    }

    @Override
    public ConferenceDetails conferenceDetails(long seasonId) {
        return db.read(c -> Jdbc.one(c, "select conference_date, place, superior_body, counting_head, counting_members,"
                + " signer from season where id = ?",
                rs -> new ConferenceDetails(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), List.of(rs.getString(5).split("\n")), rs.getString(6)),
                seasonId)).orElse(ConferenceDetails.NONE);
    }

    @Override
    public YearTexts yearTexts(long seasonId) {
        return db.read(c -> Jdbc.one(c, "select legal_basis, plans_text, plans_tasks from season where id = ?",
                rs -> new YearTexts(YearTexts.lines(rs.getString(1)),
                        YearTexts.lines(rs.getString(2)),
                        YearTexts.lines(rs.getString(3))), seasonId))
                .orElse(YearTexts.NONE);
    }

    @Override
    public void setYearTexts(long seasonId, YearTexts t) {
        db.write(c -> {
            Audit.log(c, "settings", "season.texts", "season", seasonId, "basis", t.legalBasis().size(),
                    "plans", t.plans().size(), "tasks", t.tasks().size());
            return Jdbc.update(c, "update season set legal_basis = ?, plans_text = ?, plans_tasks = ? where id = ?",
                    t.legalBasis().isEmpty() ? null : String.join("\n", t.legalBasis()), String.join("\n", t.plans()),
                    String.join("\n", t.tasks()), seasonId);
        });
    }

    @Override
    public void setConferenceDetails(long seasonId, ConferenceDetails d) {
        setConferenceDetails(seasonId, d, RowVersions.ANY);
    }

    @Override
    public int setConferenceDetails(long seasonId, ConferenceDetails d, int seen) {
        return db.write(c -> {
            RowVersions.check(c, RowVersion.Of.CONFERENCE, seasonId, seen);
            Audit.log(c, "settings", "season.conference", "season", seasonId, "date", d.date(), "place", d.place(),
                    "superior", d.superiorBody(), "countingHead", d.countingHead(),
                    "countingMembers", d.countingMembersText(), "signer", d.signer());
            Jdbc.update(c, "update season set conference_date = ?, place = ?, superior_body = ?,"
                    + " counting_head = ?, counting_members = ?, signer = ? where id = ?",
                    d.date(), d.place(), d.superiorBody(), d.countingHead(), String.join("\n", d.countingMembers()),
                    d.signer(), seasonId);
            return RowVersions.bump(c, RowVersion.Of.CONFERENCE, seasonId);
        });
    }

    @Override
    public Season createSeason(long blocId, int year, Long copyFrom) {
        long id = db.write(c -> {
            long seasonId = Jdbc.insert(c, "insert into season(bloc_id, season_year) values (?, ?)", blocId, year);
            Audit.log(c, "bloc", "season.add", "bloc", blocId, "year", year, "copiedFrom", copyFrom);
            if (copyFrom != null) {
                copySetup(c, copyFrom, seasonId);
            }
            return seasonId;
        });
        return season(id).orElseThrow();
    }

    private void copySetup(Connection c, long from, long to) throws SQLException {
        Jdbc.update(c, "insert into season_member(season_id, unit_id) select ?, m.unit_id from season_member m"
                + " join unit u on u.id = m.unit_id where m.season_id = ? and u.active" + NOT_ENDED, to, from, to);
        // Units that succeed others from this year on join it (docs/decisions/0008).
        Jdbc.merge(c, "season_member(season_id, unit_id)", "season_id, unit_id",
                "select distinct s.id, u.id from season s join unit u on u.bloc_id = s.bloc_id"
                + " join unit_succession x on x.successor_id = u.id and x.from_year <= s.season_year"
                + " where s.id = ? and u.active" + NOT_ENDED, to, to);
        Jdbc.update(c, "update season s set place = (select p.place from season p where p.id = ?),"
                + " superior_body = (select p.superior_body from season p where p.id = ?) where s.id = ?", from, from, to);
        // Head and deputy follow only while they are still members.
        Jdbc.update(c, "update season s set"
                + " head_unit_id = (select p.head_unit_id from season p where p.id = ? and exists"
                + "   (select 1 from season_member m where m.season_id = s.id and m.unit_id = p.head_unit_id)),"
                + " deputy_unit_id = (select p.deputy_unit_id from season p where p.id = ? and exists"
                + "   (select 1 from season_member m where m.season_id = s.id and m.unit_id = p.deputy_unit_id))"
                + " where s.id = ?", from, from, to);
        for (SeasonCopyStep step : copySteps) {
            step.copy(c, from, to);
        }
    }

    /** Leaves out a unit succeeded by others by the year of the season bound last. */
    private static final String NOT_ENDED = " and not exists (select 1 from unit_succession e join season t on t.id = ?"
            + " where e.predecessor_id = u.id and e.successor_id <> u.id and e.from_year <= t.season_year"
            + " and not exists (select 1 from unit_succession k where k.predecessor_id = u.id and k.successor_id = u.id"
            + " and k.from_year = e.from_year))";

    private static Bloc bloc(ResultSet rs) throws SQLException {
        return new Bloc(rs.getLong("id"), rs.getString("code"), rs.getString("name"));
    }

    private static Unit unit(ResultSet rs) throws SQLException {
        return new Unit(rs.getLong("id"), rs.getLong("bloc_id"), rs.getString("code"), rs.getString("full_name"),
                rs.getString("short_name"), rs.getBoolean("active"));
    }

    private static Season season(ResultSet rs) throws SQLException {
        return new Season(rs.getLong("id"), rs.getLong("bloc_id"), rs.getInt("season_year"),
                Jdbc.nullableLong(rs, "head_unit_id"), Jdbc.nullableLong(rs, "deputy_unit_id"));
    }
}
