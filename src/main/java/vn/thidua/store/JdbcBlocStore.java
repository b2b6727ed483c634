package vn.thidua.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.thidua.app.BlocStore;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.UnitDraft;
import java.time.LocalDate;
import vn.thidua.domain.bloc.YearTexts;

/** Blocs, units and years in H2. */
public final class JdbcBlocStore implements BlocStore {

    private static final String UNIT_COLUMNS = "u.id, u.bloc_id, u.code, u.full_name, u.short_name, u.active";
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
        return db.read(c -> Jdbc.list(c, "select " + UNIT_COLUMNS + " from unit u where u.bloc_id = ? order by u.id",
                JdbcBlocStore::unit, blocId));
    }

    @Override
    public Optional<Unit> unit(long unitId) {
        return db.read(c -> Jdbc.one(c, "select " + UNIT_COLUMNS + " from unit u where u.id = ?",
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
        return db.read(c -> Jdbc.list(c, "select " + UNIT_COLUMNS
                + " from unit u join season_member m on m.unit_id = u.id where m.season_id = ? order by u.id",
                JdbcBlocStore::unit, seasonId));
    }

    @Override
    public void addMember(long seasonId, long unitId) {
        db.write(c -> {
            Audit.log(c, "bloc", "member.add", "season", seasonId, "unit", unitId);
            return Jdbc.update(c, "merge into season_member(season_id, unit_id) key(season_id, unit_id) values (?, ?)",
                    seasonId, unitId);
        });
    }

    @Override
    public void setLeaders(long seasonId, Long headUnitId, Long deputyUnitId) {
        db.write(c -> {
            Audit.log(c, "bloc", "season.leaders", "season", seasonId, "head", headUnitId, "deputy", deputyUnitId);
            return Jdbc.update(c, "update season set head_unit_id = ?, deputy_unit_id = ? where id = ?",
                    headUnitId, deputyUnitId, seasonId);
        });
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
        db.write(c -> {
            Audit.log(c, "settings", "season.conference", "season", seasonId, "date", d.date(), "place", d.place(),
                    "superior", d.superiorBody(), "countingHead", d.countingHead(),
                    "countingMembers", d.countingMembersText(), "signer", d.signer());
            return Jdbc.update(c, "update season set conference_date = ?, place = ?, superior_body = ?,"
                    + " counting_head = ?, counting_members = ?, signer = ? where id = ?",
                    d.date(), d.place(), d.superiorBody(), d.countingHead(), String.join("\n", d.countingMembers()),
                    d.signer(), seasonId);
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
                + " join unit u on u.id = m.unit_id where m.season_id = ? and u.active", to, from);
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
