package vn.thidua.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.app.AppException;
import vn.thidua.app.YearCopies;

/**
 * A bloc-year read row by row from one database and written into another in one transaction (issue 19,
 * publish and fetch). Every column of a table is copied as it is (so a column added later comes along),
 * except the ids, which are given anew here and mapped: units by code, criteria by code, elections in
 * their order (a runoff after its first round), papers' approvals by unit.
 */
public final class JdbcYearCopies implements YearCopies {

    private static final Pattern ELECTION = Pattern.compile("(^|; )election=(\\d+)(?=;|$)");
    private static final Pattern SEASON = Pattern.compile("(^|; )season=(\\d+)(?=;|$)");
    private static final Pattern CRITERION = Pattern.compile("(^|; )criterion=(\\d+)(?=;|$)");
    private static final Pattern INDICATOR = Pattern.compile("(^|; )indicator=(\\d+)(?=;|$)");
    private static final Pattern UNIT = Pattern.compile("(^|; )unit=(\\d+)(?=;|$)");
    private static final Pattern BLOC = Pattern.compile("(^|; )bloc=(\\d+)(?=;|$)");
    private static final Pattern PREDECESSOR = Pattern.compile("(^|; )predecessor=(\\d+)(?=;|$)");
    private static final Pattern SUCCESSOR = Pattern.compile("(^|; )successor=(\\d+)(?=;|$)");
    private static final Pattern FROM_YEAR = Pattern.compile("(^|; )(fromYear|year)=(\\d+)(?=;|$)");

    private final Database db;

    public JdbcYearCopies(Database db) {
        this.db = db;
    }

    @Override
    public Copy read(String blocCode, int year) {
        return db.read(c -> {
            Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
            List<Map<String, Object>> bloc = rows(c, "select * from bloc where upper(code) = upper(?)", blocCode);
            if (bloc.isEmpty()) {
                throw new AppException("bloc.error.notFound", blocCode);
            }
            long blocId = ((Number) bloc.get(0).get("id")).longValue();
            List<Map<String, Object>> season = rows(c, "select * from season where bloc_id = ? and season_year = ?",
                    blocId, year);
            if (season.isEmpty()) {
                throw new AppException("publish.error.noYear", bloc.get(0).get("code"), year);
            }
            long seasonId = ((Number) season.get(0).get("id")).longValue();
            rows.put("unit", rows(c, "select * from unit where bloc_id = ? order by id", blocId));
            rows.put("unit_name", rows(c, "select n.* from unit_name n join unit u on u.id = n.unit_id"
                    + " where u.bloc_id = ? and n.from_year <= ? order by n.unit_id, n.from_year", blocId, year));
            rows.put("season", season);
            rows.put("season_member", rows(c, "select * from season_member where season_id = ?", seasonId));
            rows.put("season_bands", rows(c, "select * from season_bands where season_id = ?", seasonId));
            rows.put("criterion_group", rows(c, "select * from criterion_group where season_id = ? order by id", seasonId));
            rows.put("criterion", rows(c, "select * from criterion where season_id = ? order by id", seasonId));
            rows.put("score", rows(c, "select s.* from score s join criterion k on k.id = s.criterion_id"
                    + " where k.season_id = ?", seasonId));
            rows.put("indicator", rows(c, "select * from indicator where season_id = ? order by id", seasonId));
            rows.put("unit_return", rows(c, "select * from unit_return where season_id = ? order by id", seasonId));
            rows.put("election", rows(c, "select * from election where season_id = ? order by id", seasonId));
            String inSeason = " where election_id in (select id from election where season_id = ?)";
            rows.put("election_candidate", rows(c, "select * from election_candidate" + inSeason, seasonId));
            rows.put("ballot", rows(c, "select * from ballot" + inSeason + " order by election_id, number", seasonId));
            rows.put("ballot_recheck", rows(c, "select * from ballot_recheck" + inSeason, seasonId));
            rows.put("ballot_change", rows(c, "select * from ballot_change" + inSeason + " order by id", seasonId));
            // The succession links the year needs: those of the bloc's units that take effect by that year; a unit
            // of another bloc on the other side is named by its bloc's code and its code.
            Set<Long> blocUnits = ids(rows.get("unit"));
            List<Map<String, Object>> links = new ArrayList<>();
            for (Map<String, Object> l : rows(c, "select * from unit_succession where from_year <= ?"
                    + " order by from_year, predecessor_id, successor_id", year)) {
                if (blocUnits.contains(id(l.get("predecessor_id"))) || blocUnits.contains(id(l.get("successor_id")))) {
                    links.add(l);
                }
            }
            rows.put("unit_succession", links);
            Set<Long> outside = new TreeSet<>();
            links.forEach(l -> List.of(id(l.get("predecessor_id")), id(l.get("successor_id"))).stream()
                    .filter(u -> !blocUnits.contains(u)).forEach(outside::add));
            List<Map<String, Object>> others = new ArrayList<>();
            for (long u : outside) {
                others.addAll(rows(c, "select u.id, u.code, b.code as bloc_code from unit u join bloc b on b.id = u.bloc_id"
                        + " where u.id = ?", u));
            }
            rows.put("other_unit", others);
            rows.put("audit_log", yearLines(c, String.valueOf(bloc.get(0).get("code")), year, seasonId,
                    List.of(ids(rows.get("election")), ids(rows.get("criterion")), ids(rows.get("indicator"))),
                    blocId, blocUnits));
            return new Copy(String.valueOf(bloc.get(0).get("code")), String.valueOf(bloc.get(0).get("name")), year,
                    rows);
        });
    }

    /**
     * The audit lines about the year: its elections and papers, its settings, its imports and returns; the year's
     * start; and the bloc's units' own lines that take effect in that year (a new name, a unit made, a merge,
     * split or move, an edit of that year).
     */
    private static List<Map<String, Object>> yearLines(Connection c, String blocCode, int year, long seasonId,
                                                       List<Set<Long>> ofYear, long blocId,
                                                       Set<Long> blocUnits) throws SQLException {
        String yearPrefix = "bloc=" + blocCode + "; year=" + year + ";";
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Map<String, Object> line : rows(c, "select id, at, category, action, detail from audit_log order by id")) {
            String detail = String.valueOf(line.get("detail"));
            if (names(detail, ELECTION, ofYear.get(0)) || names(detail, SEASON, Set.of(seasonId))
                    || names(detail, CRITERION, ofYear.get(1)) || names(detail, INDICATOR, ofYear.get(2))
                    || detail.startsWith(yearPrefix) || unitLineOfYear(String.valueOf(line.get("action")), detail, year,
                    blocId, blocUnits)) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static boolean unitLineOfYear(String action, String detail, int year, long blocId,
                                          Set<Long> blocUnits) {
        Matcher y = FROM_YEAR.matcher(detail);
        if (!y.find() || Integer.parseInt(y.group(3)) != year) {
            return false;
        }
        return switch (action) {
            case "season.add" -> names(detail, BLOC, Set.of(blocId));
            case "unit.rename", "unit.add", "unit.edit" -> names(detail, UNIT, blocUnits);
            case "unit.succession" -> names(detail, PREDECESSOR, blocUnits) || names(detail, SUCCESSOR, blocUnits);
            default -> false;
        };
    }

    @Override
    public int schemaVersion() {
        return db.read(c -> {
            int highest = 0;
            for (Map<String, Object> r : rows(c, "select \"version\", \"success\" from \"flyway_schema_history\""
                    + " where \"version\" is not null")) {
                String v = String.valueOf(r.get("version"));
                if (Boolean.TRUE.equals(r.get("success")) && v.matches("\\d{1,9}")) {
                    highest = Math.max(highest, Integer.parseInt(v));
                }
            }
            return highest;
        });
    }

    /** True when the line's first {@code name=ID} names one of {@code ids}. */
    private static boolean names(String detail, Pattern p, Set<Long> ids) {
        Matcher m = p.matcher(detail);
        return m.find() && ids.contains(Long.valueOf(m.group(2)));
    }

    private static Set<Long> ids(List<Map<String, Object>> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(id(r.get("id"))));
        return ids;
    }

    @Override
    public Written write(Copy copy, boolean replace, String from, String action, Consumer<Map<Long, Long>> check) {
        return db.write(c -> {
            Map<String, List<Map<String, Object>>> r = copy.rows();
            Optional<Long> found = Jdbc.one(c, "select id from bloc where upper(code) = upper(?)",
                    rs -> rs.getLong(1), copy.blocCode());
            long blocId = found.isPresent() ? found.get()
                    : Jdbc.insert(c, "insert into bloc(code, name) values (?, ?)", copy.blocCode(), copy.blocName());
            Optional<Long> existing = Jdbc.one(c, "select id from season where bloc_id = ? and season_year = ?",
                    rs -> rs.getLong(1), blocId, copy.year());
            if (existing.isPresent() && !replace) {
                throw new AppException("publish.error.exists", copy.blocCode(), copy.year());
            }
            if (existing.isPresent()) {
                deleteYear(c, existing.get());
            }

            // Units by code: the ones this database lacks are made, with their names.
            Map<String, Long> byCode = new HashMap<>();
            for (Object[] u : Jdbc.list(c, "select code, id from unit where bloc_id = ?",
                    rs -> new Object[] {rs.getString(1), rs.getLong(2)}, blocId)) {
                byCode.put(key((String) u[0]), (Long) u[1]);
            }
            Map<Long, Long> units = new HashMap<>();
            List<String> created = new ArrayList<>();
            for (Map<String, Object> u : r.get("unit")) {
                String code = (String) u.get("code");
                Long id = byCode.get(key(code));
                if (id == null) {
                    Map<String, Object> row = without(u, "id");
                    row.put("bloc_id", blocId);
                    id = insert(c, "unit", row);
                    created.add(code);
                }
                units.put(id(u.get("id")), id);
            }
            names(c, copy.year(), r, units);

            Map<String, Object> seasonRow = without(r.get("season").get(0), "id");
            seasonRow.put("bloc_id", blocId);
            seasonRow.put("head_unit_id", map(units, seasonRow.get("head_unit_id")));
            seasonRow.put("deputy_unit_id", map(units, seasonRow.get("deputy_unit_id")));
            long seasonId = insert(c, "season", seasonRow);
            Map<Long, Long> seasons = Map.of(id(r.get("season").get(0).get("id")), seasonId);
            for (Map<String, Object> m : r.get("season_member")) {
                put(c, "season_member", with(m, "season_id", seasonId, "unit_id", map(units, m.get("unit_id"))));
            }
            for (Map<String, Object> b : r.get("season_bands")) {
                put(c, "season_bands", with(b, "season_id", seasonId));
            }
            for (Map<String, Object> g : r.get("criterion_group")) {
                insert(c, "criterion_group", with(without(g, "id"), "season_id", seasonId));
            }
            Map<Long, Long> criteria = new HashMap<>();
            for (Map<String, Object> k : r.get("criterion")) {
                criteria.put(id(k.get("id")), insert(c, "criterion", with(without(k, "id"), "season_id", seasonId)));
            }
            for (Map<String, Object> s : r.get("score")) {
                put(c, "score", with(s, "unit_id", map(units, s.get("unit_id")),
                        "criterion_id", map(criteria, s.get("criterion_id"))));
            }
            Map<Long, Long> indicators = new HashMap<>();
            for (Map<String, Object> i : r.get("indicator")) {
                indicators.put(id(i.get("id")), insert(c, "indicator", with(without(i, "id"), "season_id", seasonId,
                        "unit_id", map(units, i.get("unit_id")))));
            }
            for (Map<String, Object> u : r.get("unit_return")) {
                insert(c, "unit_return", with(without(u, "id"), "season_id", seasonId,
                        "unit_id", map(units, u.get("unit_id"))));
            }
            // Elections in their order: a runoff always comes after the round it settles.
            Map<Long, Long> elections = new LinkedHashMap<>();
            int keptAs1 = 0;
            for (Map<String, Object> e : r.get("election")) {
                Map<String, Object> row = with(without(e, "id"), "season_id", seasonId,
                        "parent_id", map(elections, e.get("parent_id")));
                if (sealedAs1(e)) {
                    row.putAll(sealedIds(e, r));
                    keptAs1++;
                }
                elections.put(id(e.get("id")), insert(c, "election", row));
            }
            for (Map<String, Object> k : r.get("election_candidate")) {
                put(c, "election_candidate", with(k, "election_id", map(elections, k.get("election_id")),
                        "unit_id", map(units, k.get("unit_id"))));
            }
            for (String papers : List.of("ballot", "ballot_recheck")) {
                for (Map<String, Object> b : r.get(papers)) {
                    put(c, papers, with(b, "election_id", map(elections, b.get("election_id")),
                            "approved", approvals((String) b.get("approved"), units)));
                }
            }
            for (Map<String, Object> b : r.get("ballot_change")) {
                insert(c, "ballot_change", with(without(b, "id"), "election_id", map(elections, b.get("election_id"))));
            }
            // Succession links by unit code (a unit of another bloc: by its bloc's code and its code); one whose
            // other side this database lacks is left out (other blocs are never touched), one already here kept.
            Map<Long, Long> linked = new HashMap<>(units);
            for (Map<String, Object> o : r.get("other_unit")) {
                Jdbc.one(c, "select u.id from unit u join bloc b on b.id = u.bloc_id where upper(b.code) = upper(?)"
                        + " and upper(u.code) = upper(?)", rs -> rs.getLong(1), o.get("bloc_code"), o.get("code"))
                        .ifPresent(here -> linked.put(id(o.get("id")), here));
            }
            int links = 0;
            int linksLeft = 0;
            for (Map<String, Object> l : r.get("unit_succession")) {
                Long pred = map(linked, l.get("predecessor_id"));
                Long succ = map(linked, l.get("successor_id"));
                if (pred == null || succ == null) {
                    linksLeft++;
                    continue;
                }
                if (Jdbc.one(c, "select 1 from unit_succession where predecessor_id = ? and successor_id = ?",
                        rs -> 1, pred, succ).isEmpty()) {
                    put(c, "unit_succession", with(l, "predecessor_id", pred, "successor_id", succ));
                    links++;
                }
            }
            for (Map<String, Object> line : r.get("audit_log")) {
                String detail = String.valueOf(line.get("detail"));
                detail = rewrite(detail, PREDECESSOR, "predecessor", linked);
                detail = rewrite(detail, SUCCESSOR, "successor", linked);
                detail = rewrite(detail, BLOC, "bloc", Map.of(id(r.get("season").get(0).get("bloc_id")), blocId));
                detail = rewrite(detail, ELECTION, "election", elections);
                detail = rewrite(detail, SEASON, "season", seasons);
                detail = rewrite(detail, CRITERION, "criterion", criteria);
                detail = rewrite(detail, INDICATOR, "indicator", indicators);
                detail = rewrite(detail, UNIT, "unit", units);
                LocalDateTime at = ((Timestamp) line.get("at")).toLocalDateTime();
                chained(c, at, (String) line.get("category"), (String) line.get("action"), detail);
            }
            Audit.log(c, "import", action, "bloc", copy.blocCode(), "year", copy.year(), "from", from,
                    "replaced", existing.isPresent(), "unitsCreated", String.join(",", created),
                    "elections", elections.size(), "auditLines", r.get("audit_log").size(), "sealedAs1", keptAs1, "links", links, "linksLeft", linksLeft);
            check.accept(elections);
            return new Written(found.isEmpty(), created, existing.isPresent(), elections);
        });
    }

    /** A closed election sealed with fingerprint format 1, whose text holds ids of the database it was sealed in. */
    private static boolean sealedAs1(Map<String, Object> e) {
        Object format = e.get("fingerprint_format");
        return "CLOSED".equals(e.get("status")) && (format == null || ((Number) format).intValue() == 1);
    }

    /**
     * What a /1 text names by id, kept as it was where the election was sealed (docs/decisions/0013): the round
     * it settles ({@code sealed_parent}) and the units its papers approve that are not candidates
     * ({@code sealed_units}, by code). Already kept at the source (a second copy): kept as it is.
     */
    private static Map<String, Object> sealedIds(Map<String, Object> e, Map<String, List<Map<String, Object>>> r) {
        long election = id(e.get("id"));
        Map<String, Object> out = new LinkedHashMap<>();
        if (e.get("sealed_parent") == null && e.get("parent_id") != null) {
            out.put("sealed_parent", id(e.get("parent_id")));
        }
        Set<Long> candidates = new HashSet<>();
        for (Map<String, Object> k : r.get("election_candidate")) {
            if (id(k.get("election_id")) == election) {
                candidates.add(id(k.get("unit_id")));
            }
        }
        Map<String, String> codes = new TreeMap<>();
        Object kept = e.get("sealed_units");
        if (kept != null && !kept.toString().isEmpty()) {
            for (String pair : kept.toString().split(";")) {
                codes.put(pair.substring(0, pair.lastIndexOf('=')), pair.substring(pair.lastIndexOf('=') + 1));
            }
        }
        Map<Long, String> unitCodes = new HashMap<>();
        r.get("unit").forEach(u -> unitCodes.put(id(u.get("id")), (String) u.get("code")));
        for (Map<String, Object> b : r.get("ballot")) {
            String approved = (String) b.get("approved");
            if (id(b.get("election_id")) != election || approved == null || approved.isEmpty()) {
                continue;
            }
            for (String unit : approved.split(";")) {
                long u = Long.parseLong(unit);
                String code = unitCodes.get(u);
                if (!candidates.contains(u) && code != null) {
                    codes.putIfAbsent(code, unit);
                }
            }
        }
        if (!codes.isEmpty()) {
            StringBuilder text = new StringBuilder();
            codes.forEach((code, unit) -> text.append(text.length() == 0 ? "" : ";").append(code).append('=').append(unit));
            out.put("sealed_units", text.toString());
        }
        return out;
    }

    /** The year's names of its units: where they differ from what this database has for that year. */
    private static void names(Connection c, int year, Map<String, List<Map<String, Object>>> r, Map<Long, Long> units)
            throws SQLException {
        Map<Long, Map<String, Object>> then = new HashMap<>();
        for (Map<String, Object> u : r.get("unit")) {
            then.put(id(u.get("id")), u);
        }
        for (Map<String, Object> n : r.get("unit_name")) {
            then.put(id(n.get("unit_id")), n); // in order of from_year: the last one is the year's
        }
        for (Map<String, Object> m : r.get("season_member")) {
            long source = id(m.get("unit_id"));
            long target = units.get(source);
            String[] here = nameIn(c, target, year);
            Map<String, Object> wanted = then.get(source);
            String full = (String) wanted.get("full_name");
            String shortName = wanted.get("short_name") == null ? "" : (String) wanted.get("short_name");
            if (!here[0].equals(full) || !here[1].equals(shortName)) {
                String[] next = nameIn(c, target, year + 1);
                boolean nextOwn = Jdbc.one(c, "select 1 from unit_name where unit_id = ? and from_year = ?",
                        rs -> 1, target, year + 1).isPresent();
                Jdbc.merge(c, "unit_name(unit_id, from_year, full_name, short_name)", "unit_id, from_year",
                        "values (?, ?, ?, ?)", target, year, full, shortName);
                if (!nextOwn) { // the years after keep the name they had here
                    Jdbc.merge(c, "unit_name(unit_id, from_year, full_name, short_name)", "unit_id, from_year",
                            "values (?, ?, ?, ?)", target, year + 1, next[0], next[1]);
                }
            }
        }
    }

    private static String[] nameIn(Connection c, long unitId, int year) throws SQLException {
        Optional<String[]> named = Jdbc.one(c, "select full_name, short_name from unit_name where unit_id = ?"
                + " and from_year <= ? order by from_year desc limit 1",
                rs -> new String[] {rs.getString(1), nz(rs.getString(2))}, unitId, year);
        if (named.isPresent()) {
            return named.get();
        }
        return Jdbc.one(c, "select full_name, short_name from unit where id = ?",
                rs -> new String[] {rs.getString(1), nz(rs.getString(2))}, unitId).orElseThrow();
    }

    /** Everything of a year, so that {@code --replace} writes it afresh; its audit lines stay (append-only). */
    private static void deleteYear(Connection c, long seasonId) throws SQLException {
        String inSeason = " where election_id in (select id from election where season_id = ?)";
        {
            for (String t : List.of("ballot", "ballot_recheck", "ballot_change", "election_candidate")) {
                Jdbc.update(c, "delete from " + t + inSeason, seasonId);
            }
            Jdbc.update(c, "update election set parent_id = null where season_id = ?", seasonId);
            Jdbc.update(c, "delete from election where season_id = ?", seasonId);
            Jdbc.update(c, "delete from score where criterion_id in (select id from criterion where season_id = ?)",
                    seasonId);
            for (String t : List.of("criterion", "criterion_group", "season_bands", "indicator", "unit_return",
                    "season_member")) {
                Jdbc.update(c, "delete from " + t + " where season_id = ?", seasonId);
            }
            Jdbc.update(c, "delete from season where id = ?", seasonId);
        }
    }

    /** One line chained after the last, with the time it had where it was first written. */
    private static void chained(Connection c, LocalDateTime at, String category, String action, String detail)
            throws SQLException {
        String previous = AuditChain.head(c);
        Jdbc.update(c, "insert into audit_log(at, category, action, detail, prev_hash, line_hash) values (?, ?, ?, ?, ?, ?)",
                at, category, action, detail, previous, AuditChain.hash(previous, at, category, action, detail));
    }

    private static String rewrite(String detail, Pattern p, String name, Map<Long, Long> ids) {
        Matcher m = p.matcher(detail);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Long to = ids.get(Long.valueOf(m.group(2)));
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + name + "=" + (to == null ? m.group(2) : to)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A paper's approvals are unit ids joined by ';'. */
    private static String approvals(String approved, Map<Long, Long> units) {
        if (approved == null || approved.isEmpty()) {
            return approved;
        }
        List<String> out = new ArrayList<>();
        for (String id : approved.split(";")) {
            Long to = units.get(Long.valueOf(id));
            out.add(String.valueOf(to == null ? id : to));
        }
        return String.join(";", out);
    }

    private static List<Map<String, Object>> rows(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    private static long insert(Connection c, String table, Map<String, Object> row) throws SQLException {
        return Jdbc.insert(c, sql(table, row), row.values().toArray());
    }

    private static void put(Connection c, String table, Map<String, Object> row) throws SQLException {
        Jdbc.update(c, sql(table, row), row.values().toArray());
    }

    private static String sql(String table, Map<String, Object> row) {
        return "insert into " + table + "(" + String.join(", ", row.keySet()) + ") values ("
                + String.join(", ", Collections.nCopies(row.size(), "?")) + ")";
    }

    private static Map<String, Object> without(Map<String, Object> row, String column) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.remove(column);
        return copy;
    }

    private static Map<String, Object> with(Map<String, Object> row, Object... pairs) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }

    private static Long map(Map<Long, Long> ids, Object id) {
        return id == null ? null : ids.get(id(id));
    }

    private static long id(Object id) {
        return ((Number) id).longValue();
    }

    private static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
