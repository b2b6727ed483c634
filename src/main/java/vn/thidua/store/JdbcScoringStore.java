package vn.thidua.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.app.RowVersion;
import vn.thidua.app.ScoringStore;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.scoring.ClassificationBands.Band;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.CriterionKind;
import vn.thidua.domain.scoring.Score;
import vn.thidua.domain.scoring.ScoringTable;

/** Scoring tables, scores, bands and indicators in H2. */
public final class JdbcScoringStore implements ScoringStore {

    private static final String INDICATOR_COLUMNS =
            "id, unit_id, name, measure_unit, plan_value, actual_value, previous_value, note";
    private final Database db;

    public JdbcScoringStore(Database db) {
        this.db = db;
    }

    /** What follows a bloc into its new year: the scoring table and the bands (not the scores). */
    public static SeasonCopyStep copyStep() {
        return (c, from, to) -> {
            Jdbc.update(c, "insert into criterion_group(season_id, code, name, sort_order)"
                    + " select ?, code, name, sort_order from criterion_group where season_id = ?", to, from);
            Jdbc.update(c, "insert into criterion(season_id, group_code, code, name, max_points, kind, sort_order)"
                    + " select ?, group_code, code, name, max_points, kind, sort_order from criterion where season_id = ?",
                    to, from);
            Jdbc.update(c, "insert into season_bands(season_id, excellent_total, excellent_percent, good_total,"
                    + " good_percent, completed_total, completed_percent) select ?, excellent_total, excellent_percent,"
                    + " good_total, good_percent, completed_total, completed_percent from season_bands where season_id = ?",
                    to, from);
        };
    }

    @Override
    public ScoringTable table(long seasonId) {
        return db.read(c -> new ScoringTable(
                Jdbc.list(c, "select code, name, sort_order from criterion_group where season_id = ?",
                        rs -> new CriterionGroup(rs.getString(1), rs.getString(2), rs.getInt(3)), seasonId),
                Jdbc.list(c, "select id, group_code, code, name, max_points, kind, sort_order from criterion"
                        + " where season_id = ?", JdbcScoringStore::criterion, seasonId)));
    }

    @Override
    public void saveGroup(long seasonId, CriterionGroup g) {
        db.write(c -> {
            Audit.log(c, "settings", "group.save", "season", seasonId, "code", g.code(), "name", g.name());
            return Jdbc.merge(c, "criterion_group(season_id, code, name, sort_order)", "season_id, code",
                    "values (?, ?, ?, ?)", seasonId, g.code(), g.name(), g.order());
        });
    }

    @Override
    public void deleteGroup(long seasonId, String groupCode) {
        db.write(c -> {
            Audit.log(c, "settings", "group.delete", "season", seasonId, "code", groupCode);
            return Jdbc.update(c, "delete from criterion_group where season_id = ? and code = ?", seasonId, groupCode);
        });
    }

    @Override
    public long saveCriterion(long seasonId, Criterion k) {
        return saveCriterion(seasonId, k, RowVersions.ANY);
    }

    @Override
    public long saveCriterion(long seasonId, Criterion k, int seen) {
        return db.write(c -> {
            if (k.id() != 0) {
                RowVersions.check(c, RowVersion.Of.CRITERION, k.id(), seen);
            }
            Audit.log(c, "settings", k.id() == 0 ? "criterion.add" : "criterion.edit", "season", seasonId,
                    "criterion", k.id(), "code", k.code(), "name", k.name(), "max", k.max().toPlainString(),
                    "kind", k.kind().name());
            if (k.id() == 0) {
                return Jdbc.insert(c, "insert into criterion(season_id, group_code, code, name, max_points, kind, sort_order)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", seasonId, k.groupCode(), k.code(), k.name(), k.max(),
                        k.kind().name(), k.order());
            }
            Jdbc.update(c, "update criterion set group_code = ?, code = ?, name = ?, max_points = ?, kind = ?,"
                    + " sort_order = ? where id = ?", k.groupCode(), k.code(), k.name(), k.max(), k.kind().name(),
                    k.order(), k.id());
            RowVersions.bump(c, RowVersion.Of.CRITERION, k.id());
            return k.id();
        });
    }

    @Override
    public void deleteCriterion(long criterionId) {
        db.write(c -> {
            Audit.log(c, "settings", "criterion.delete", "criterion", criterionId);
            return Jdbc.update(c, "delete from criterion where id = ?", criterionId);
        });
    }

    @Override
    public List<Score> scores(long seasonId) {
        return db.read(c -> Jdbc.list(c, "select s.unit_id, s.criterion_id, s.self_points, s.bloc_points, s.note"
                + " from score s join criterion k on k.id = s.criterion_id where k.season_id = ?",
                JdbcScoringStore::score, seasonId));
    }

    @Override
    public Optional<Score> score(long unitId, long criterionId) {
        return db.read(c -> Jdbc.one(c, "select unit_id, criterion_id, self_points, bloc_points, note from score"
                + " where unit_id = ? and criterion_id = ?", JdbcScoringStore::score, unitId, criterionId));
    }

    @Override
    public void saveScore(Score s) {
        db.write(c -> {
            Audit.log(c, "score", "score.save", "unit", s.unitId(), "criterion", s.criterionId(),
                    "self", plain(s.self()), "bloc", plain(s.bloc()), "note", s.note());
            Jdbc.merge(c, "score(unit_id, criterion_id, self_points, bloc_points, note, updated_at)",
                    "unit_id, criterion_id", "values (?, ?, ?, ?, ?, current_timestamp)", s.unitId(),
                    s.criterionId(), s.self(), s.bloc(), s.note() == null ? "" : s.note());
            return bump(c, s);
        });
    }

    private static int bump(Connection c, Score s) throws SQLException {
        return Jdbc.update(c, "update score set row_version = row_version + 1 where unit_id = ? and criterion_id = ?",
                s.unitId(), s.criterionId());
    }

    @Override
    public Map<Long, ScoreVersion> scoreVersions(long seasonId, long unitId) {
        return db.read(c -> {
            Map<Long, ScoreVersion> out = new HashMap<>();
            for (Object[] r : Jdbc.list(c, "select s.criterion_id, s.row_version, s.updated_at from score s"
                    + " join criterion k on k.id = s.criterion_id where k.season_id = ? and s.unit_id = ?",
                    rs -> new Object[] {rs.getLong(1), version(rs)}, seasonId, unitId)) {
                out.put((Long) r[0], (ScoreVersion) r[1]);
            }
            return out;
        });
    }

    private static ScoreVersion version(ResultSet rs) throws SQLException {
        return new ScoreVersion(rs.getInt("row_version"), rs.getTimestamp("updated_at").toLocalDateTime());
    }

    /**
     * Compare and set, under the row's lock ({@code for update}: a second writer of this very score waits
     * for the first to commit, then finds the version moved on); nothing else is held.
     */
    @Override
    public int saveScore(Score s, int seen) {
        return db.write(c -> {
            // The criterion first, held to the commit: a deletion (which holds it, then its scores) waits or is seen,
            // in the order it takes its locks, so the two never wait for each other.
            if (Jdbc.one(c, "select id from criterion where id = ? for update", rs -> rs.getLong(1), s.criterionId())
                    .isEmpty()) {
                throw new StaleScore(ScoreVersion.NONE, true);
            }
            ScoreVersion now = Jdbc.one(c, "select row_version, updated_at from score where unit_id = ? and criterion_id = ?"
                    + " for update", JdbcScoringStore::version, s.unitId(), s.criterionId()).orElse(ScoreVersion.NONE);
            if (now.version() != seen) {
                throw new StaleScore(now);
            }
            Audit.log(c, "score", "score.save", "unit", s.unitId(), "criterion", s.criterionId(),
                    "self", plain(s.self()), "bloc", plain(s.bloc()), "note", s.note());
            Jdbc.merge(c, "score(unit_id, criterion_id, self_points, bloc_points, note, updated_at)",
                    "unit_id, criterion_id", "values (?, ?, ?, ?, ?, current_timestamp)", s.unitId(),
                    s.criterionId(), s.self(), s.bloc(), s.note() == null ? "" : s.note());
            bump(c, s);
            return seen + 1;
        });
    }

    @Override
    public ClassificationBands bands(long seasonId) {
        return db.read(c -> Jdbc.one(c, "select * from season_bands where season_id = ?", rs -> new ClassificationBands(
                new Band(rs.getBigDecimal("excellent_total"), rs.getBigDecimal("excellent_percent")),
                new Band(rs.getBigDecimal("good_total"), rs.getBigDecimal("good_percent")),
                new Band(rs.getBigDecimal("completed_total"), rs.getBigDecimal("completed_percent"))), seasonId))
                .orElseGet(ClassificationBands::defaults);
    }

    @Override
    public void saveBands(long seasonId, ClassificationBands b) {
        saveBands(seasonId, b, RowVersions.ANY);
    }

    @Override
    public int saveBands(long seasonId, ClassificationBands b, int seen) {
        return db.write(c -> {
            RowVersions.check(c, RowVersion.Of.BANDS, seasonId, seen);
            Audit.log(c, "settings", "bands.save", "season", seasonId, "bands", b);
            Jdbc.merge(c, "season_bands(season_id, excellent_total, excellent_percent, good_total,"
                    + " good_percent, completed_total, completed_percent)", "season_id", "values (?, ?, ?, ?, ?, ?, ?)",
                    seasonId, b.excellent().minTotal(), b.excellent().minCriterionPercent(), b.good().minTotal(),
                    b.good().minCriterionPercent(), b.completed().minTotal(), b.completed().minCriterionPercent());
            return RowVersions.bump(c, RowVersion.Of.BANDS, seasonId);
        });
    }

    @Override
    public RowVersion version(RowVersion.Of what, long id) {
        return db.read(c -> RowVersions.read(c, what, id, false));
    }

    @Override
    public List<Indicator> indicators(long seasonId) {
        return db.read(c -> Jdbc.list(c, "select " + INDICATOR_COLUMNS + " from indicator where season_id = ?"
                + " order by unit_id, sort_order, id", JdbcScoringStore::indicator, seasonId));
    }

    @Override
    public long saveIndicator(long seasonId, Indicator i) {
        return saveIndicator(seasonId, i, RowVersions.ANY);
    }

    @Override
    public long saveIndicator(long seasonId, Indicator i, int seen) {
        return db.write(c -> {
            if (i.id() != 0) {
                RowVersions.check(c, RowVersion.Of.INDICATOR, i.id(), seen);
            }
            Audit.log(c, "indicator", i.id() == 0 ? "indicator.add" : "indicator.edit", "unit", i.unitId(),
                    "indicator", i.id(), "name", i.name(), "plan", plain(i.plan()), "actual", plain(i.actual()),
                    "previous", plain(i.previousYear()));
            if (i.id() == 0) {
                return Jdbc.insert(c, "insert into indicator(season_id, unit_id, name, measure_unit, plan_value,"
                        + " actual_value, previous_value, note, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?,"
                        + " (select coalesce(max(sort_order), 0) + 1 from indicator where season_id = ? and unit_id = ?))",
                        seasonId, i.unitId(), i.name(), i.measureUnit(), i.plan(), i.actual(), i.previousYear(),
                        nz(i.note()), seasonId, i.unitId());
            }
            Jdbc.update(c, "update indicator set name = ?, measure_unit = ?, plan_value = ?, actual_value = ?,"
                    + " previous_value = ?, note = ? where id = ?", i.name(), i.measureUnit(), i.plan(), i.actual(),
                    i.previousYear(), nz(i.note()), i.id());
            RowVersions.bump(c, RowVersion.Of.INDICATOR, i.id());
            return i.id();
        });
    }

    @Override
    public void deleteIndicator(long indicatorId) {
        db.write(c -> {
            Audit.log(c, "indicator", "indicator.delete", "indicator", indicatorId);
            return Jdbc.update(c, "delete from indicator where id = ?", indicatorId);
        });
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Criterion criterion(ResultSet rs) throws SQLException {
        return new Criterion(rs.getLong("id"), rs.getString("group_code"), rs.getString("code"), rs.getString("name"),
                rs.getBigDecimal("max_points").stripTrailingZeros(), CriterionKind.valueOf(rs.getString("kind")),
                rs.getInt("sort_order"));
    }

    private static Score score(ResultSet rs) throws SQLException {
        return new Score(rs.getLong(1), rs.getLong(2), strip(rs.getBigDecimal(3)), strip(rs.getBigDecimal(4)),
                rs.getString(5));
    }

    private static Indicator indicator(ResultSet rs) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"), rs.getString("measure_unit"),
                strip(rs.getBigDecimal("plan_value")), strip(rs.getBigDecimal("actual_value")),
                strip(rs.getBigDecimal("previous_value")), rs.getString("note"));
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }

}
