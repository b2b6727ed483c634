package vn.thidua.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.thidua.app.AppException;
import vn.thidua.app.ImportStore;
import vn.thidua.app.YearImport;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;

/**
 * A workbook's bloc-year in one {@link Database#write}: a process killed half-way leaves the data
 * as it was before, and the audit line lands with the data it describes.
 */
public final class JdbcImportStore implements ImportStore {

    private final Database db;

    public JdbcImportStore(Database db) {
        this.db = db;
    }

    @Override
    public Stored importYear(YearImport y, boolean replace, String source) {
        return db.write(c -> {
            Optional<Long> found = Jdbc.one(c, "select id from bloc where code = ?", rs -> rs.getLong(1), y.blocCode());
            long blocId = found.isPresent() ? found.get()
                    : Jdbc.insert(c, "insert into bloc(code, name) values (?, ?)", y.blocCode(), y.blocName());
            Map<String, Long> units = units(c, blocId);
            List<String> created = new ArrayList<>();
            for (YearImport.UnitLine u : y.units()) {
                if (!units.containsKey(key(u.code()))) {
                    units.put(key(u.code()), Jdbc.insert(c, "insert into unit(bloc_id, code, full_name, short_name, active)"
                            + " values (?, ?, ?, ?, ?)", blocId, u.code(), u.fullName(), u.shortName(), u.active()));
                    created.add(u.code());
                }
            }
            Optional<Long> existing = Jdbc.one(c, "select id from season where bloc_id = ? and season_year = ?",
                    rs -> rs.getLong(1), blocId, y.year());
            long seasonId;
            if (existing.isPresent()) {
                seasonId = existing.get();
                // Checked before, checked again here: nothing may slip in between.
                if (!replace) {
                    throw new AppException("import.year.exists", y.blocCode(), y.year());
                }
                int elections = Jdbc.one(c, "select count(*) from election where season_id = ?", rs -> rs.getInt(1),
                        seasonId).orElse(0);
                if (elections > 0) {
                    throw new AppException("import.year.elections", y.blocCode(), y.year(), elections);
                }
                clear(c, seasonId);
            } else {
                seasonId = Jdbc.insert(c, "insert into season(bloc_id, season_year) values (?, ?)", blocId, y.year());
            }
            for (YearImport.UnitLine u : y.units()) {
                Jdbc.update(c, "insert into season_member(season_id, unit_id) values (?, ?)", seasonId,
                        units.get(key(u.code())));
                if (!created.contains(u.code())) {
                    JdbcBlocStore.nameInYear(c, units.get(key(u.code())), y.year(), u.fullName(), u.shortName());
                }
            }
            Jdbc.update(c, "update season set head_unit_id = ?, deputy_unit_id = ?, conference_date = ?, place = ?,"
                    + " superior_body = ?, counting_head = ?, counting_members = ?, signer = ? where id = ?",
                    unitId(units, y.headCode()), unitId(units, y.deputyCode()), y.conference().date(),
                    y.conference().place(), y.conference().superiorBody(), y.conference().countingHead(),
                    String.join("\n", y.conference().countingMembers()), y.conference().signer(), seasonId);
            texts(c, seasonId, y.texts());
            Map<String, Long> criteria = table(c, seasonId, y);
            bands(c, seasonId, y.bands());
            for (YearImport.ScoreLine s : y.scores()) {
                Jdbc.update(c, "insert into score(unit_id, criterion_id, self_points, bloc_points, note)"
                        + " values (?, ?, ?, ?, ?)", units.get(key(s.unitCode())), criteria.get(key(s.criterionCode())),
                        s.self(), s.bloc(), nz(s.note()));
            }
            Map<String, Integer> order = new HashMap<>();
            for (YearImport.IndicatorLine i : y.indicators()) {
                int n = order.merge(key(i.unitCode()), 1, Integer::sum);
                Jdbc.update(c, "insert into indicator(season_id, unit_id, name, measure_unit, plan_value, actual_value,"
                        + " previous_value, note, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", seasonId,
                        units.get(key(i.unitCode())), i.name(), nz(i.measureUnit()), i.plan(), i.actual(), i.previous(),
                        nz(i.note()), n);
            }
            Audit.log(c, "import", existing.isPresent() ? "year.replace" : "year.import", "bloc", y.blocCode(),
                    "year", y.year(), "file", source, "blocCreated", found.isEmpty(), "unitsCreated",
                    String.join(",", created), "units", y.units().size(), "criteria", y.criteria().size(),
                    "scores", y.scores().size(), "indicators", y.indicators().size(), "basis",
                    count(y.texts().legalBasis()), "plans", count(y.texts().plans()), "tasks", count(y.texts().tasks()));
            return new Stored(found.isEmpty(), created, existing.isPresent());
        });
    }

    /** The lines of a part of the texts, or "-" when the workbook leaves it as stored. */
    private static Object count(List<String> lines) {
        return lines == null ? "-" : lines.size();
    }

    /** The parts of the year's texts whose sheet the workbook has; stored as the window stores them. */
    private static void texts(Connection c, long seasonId, YearImport.Texts t) throws SQLException {
        if (t.legalBasis() != null) {
            Jdbc.update(c, "update season set legal_basis = ? where id = ?",
                    t.legalBasis().isEmpty() ? null : String.join("\n", t.legalBasis()), seasonId);
        }
        if (t.plans() != null) {
            Jdbc.update(c, "update season set plans_text = ? where id = ?", String.join("\n", t.plans()), seasonId);
        }
        if (t.tasks() != null) {
            Jdbc.update(c, "update season set plans_tasks = ? where id = ?", String.join("\n", t.tasks()), seasonId);
        }
    }

    /** Empties the year before the workbook fills it again; ballots and elections are never touched. */
    private static void clear(Connection c, long seasonId) throws SQLException {
        Jdbc.update(c, "delete from score where criterion_id in (select id from criterion where season_id = ?)", seasonId);
        Jdbc.update(c, "delete from criterion where season_id = ?", seasonId);
        Jdbc.update(c, "delete from criterion_group where season_id = ?", seasonId);
        Jdbc.update(c, "delete from season_bands where season_id = ?", seasonId);
        Jdbc.update(c, "delete from indicator where season_id = ?", seasonId);
        Jdbc.update(c, "update season set head_unit_id = null, deputy_unit_id = null where id = ?", seasonId);
        Jdbc.update(c, "delete from season_member where season_id = ?", seasonId);
    }

    private static Map<String, Long> table(Connection c, long seasonId, YearImport y) throws SQLException {
        for (CriterionGroup g : y.groups()) {
            Jdbc.update(c, "insert into criterion_group(season_id, code, name, sort_order) values (?, ?, ?, ?)",
                    seasonId, g.code(), g.name(), g.order());
        }
        Map<String, Long> ids = new HashMap<>();
        for (Criterion k : y.criteria()) {
            ids.put(key(k.code()), Jdbc.insert(c, "insert into criterion(season_id, group_code, code, name, max_points,"
                    + " kind, sort_order) values (?, ?, ?, ?, ?, ?, ?)", seasonId, k.groupCode(), k.code(), k.name(),
                    k.max(), k.kind().name(), k.order()));
        }
        return ids;
    }

    private static void bands(Connection c, long seasonId, ClassificationBands b) throws SQLException {
        Jdbc.update(c, "insert into season_bands(season_id, excellent_total, excellent_percent, good_total, good_percent,"
                + " completed_total, completed_percent) values (?, ?, ?, ?, ?, ?, ?)", seasonId,
                b.excellent().minTotal(), b.excellent().minCriterionPercent(), b.good().minTotal(),
                b.good().minCriterionPercent(), b.completed().minTotal(), b.completed().minCriterionPercent());
    }

    private static Map<String, Long> units(Connection c, long blocId) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        for (Object[] row : Jdbc.list(c, "select code, id from unit where bloc_id = ?",
                rs -> new Object[] {rs.getString(1), rs.getLong(2)}, blocId)) {
            ids.put(key((String) row[0]), (Long) row[1]);
        }
        return ids;
    }

    private static Long unitId(Map<String, Long> units, String code) {
        return code == null ? null : units.get(key(code));
    }

    private static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
