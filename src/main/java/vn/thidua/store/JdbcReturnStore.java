package vn.thidua.store;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.thidua.app.ReturnStore;
import vn.thidua.app.YearImport;

/** The units' returns in the data file (migration V12, table {@code unit_return}). */
public final class JdbcReturnStore implements ReturnStore {

    private final Database db;

    public JdbcReturnStore(Database db) {
        this.db = db;
    }

    @Override
    public void take(Taken t) {
        db.write(c -> {
            for (Map.Entry<Long, BigDecimal> e : t.selfScores().entrySet()) {
                int n = Jdbc.update(c, "update score set self_points = ?, updated_at = current_timestamp"
                        + " where unit_id = ? and criterion_id = ?", e.getValue(), t.unitId(), e.getKey());
                if (n == 0 && e.getValue() != null) {
                    Jdbc.update(c, "insert into score(unit_id, criterion_id, self_points, bloc_points, note)"
                            + " values (?, ?, ?, null, '')", t.unitId(), e.getKey(), e.getValue());
                }
            }
            Map<String, Long> kept = new HashMap<>();
            for (Object[] row : Jdbc.list(c, "select id, name from indicator where season_id = ? and unit_id = ?"
                    + " order by sort_order, id", rs -> new Object[] {rs.getLong(1), rs.getString(2)}, t.seasonId(),
                    t.unitId())) {
                kept.putIfAbsent(key((String) row[1]), (Long) row[0]);
            }
            int order = 0;
            Set<Long> used = new HashSet<>();
            for (YearImport.IndicatorLine i : t.indicators()) {
                order++;
                Long id = kept.get(key(i.name()));
                if (id != null) {
                    used.add(id);
                    Jdbc.update(c, "update indicator set name = ?, measure_unit = ?, plan_value = ?, actual_value = ?,"
                            + " previous_value = ?, note = ?, sort_order = ? where id = ?", i.name(), i.measureUnit(),
                            i.plan(), i.actual(), i.previous(), i.note(), order, id);
                } else {
                    used.add(Jdbc.insert(c, "insert into indicator(season_id, unit_id, name, measure_unit, plan_value,"
                            + " actual_value, previous_value, note, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            t.seasonId(), t.unitId(), i.name(), i.measureUnit(), i.plan(), i.actual(), i.previous(),
                            i.note(), order));
                }
            }
            for (Object[] row : Jdbc.list(c, "select id from indicator where season_id = ? and unit_id = ?",
                    rs -> new Object[] {rs.getLong(1)}, t.seasonId(), t.unitId())) {
                if (!used.contains((Long) row[0])) {
                    Jdbc.update(c, "delete from indicator where id = ?", row[0]);
                }
            }
            Received r = t.received();
            Jdbc.update(c, "insert into unit_return(season_id, unit_id, received_at, file_name, fingerprint)"
                    + " values (?, ?, ?, ?, ?)", t.seasonId(), t.unitId(), r.at(), r.fileName(), r.fingerprint());
            Audit.log(c, "import", t.replacing() ? "return.replace" : "return.import", "bloc", t.blocCode(),
                    "year", t.year(), "unit", t.unitId(), "file", r.fileName(), "fingerprint", r.fingerprint(),
                    "scores", t.selfScores().size(), "indicators", t.indicators().size());
            return null;
        });
    }

    @Override
    public List<Received> returns(long seasonId) {
        return db.read(c -> Jdbc.list(c, "select unit_id, received_at, file_name, fingerprint from unit_return"
                + " where season_id = ? order by received_at, id", rs -> new Received(rs.getLong(1),
                rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getString(4)), seasonId));
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
