package vn.thidua.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.app.ElectionStore;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.BallotKind;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.Candidate;
import vn.thidua.domain.voting.ElectionSettings;
import vn.thidua.domain.voting.Fingerprint;
import vn.thidua.domain.voting.ThresholdLevel;
import vn.thidua.domain.voting.ThresholdOperator;

/** Elections, candidates and ballots in H2. */
public final class JdbcElectionStore implements ElectionStore {

    private final Database db;

    public JdbcElectionStore(Database db) {
        this.db = db;
    }

    @Override
    public long insertElection(long seasonId, ElectionSettings s, String eligibility, boolean excludePutForward) {
        return db.write(c -> {
            long id = Jdbc.insert(c, "insert into election(season_id, title, seats, operator, percent, threshold, base,"
                    + " ballots_issued, members, parent_id, round, eligibility, exclude_put_forward)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", seasonId, s.title(), s.seats(),
                    s.operator().name(), s.level().displayPercent(), s.level().written(), s.base().name(),
                    s.ballotsIssued(), s.members(), s.parentElectionId(), s.round(), eligibility, excludePutForward);
            Audit.log(c, "election", s.isRunoff() ? "election.runoff" : "election.open", "election", id,
                    "title", s.title(), "seats", s.seats(), "threshold", s.operator().symbol() + s.level().written(),
                    "base", s.base().code(), "issued", s.ballotsIssued(), "parent", s.parentElectionId());
            int position = 1;
            for (Candidate k : s.candidates()) {
                Jdbc.update(c, "insert into election_candidate(election_id, position, unit_id, code, name)"
                        + " values (?, ?, ?, ?, ?)", id, position++, k.unitId(), k.code(), k.name());
            }
            return id;
        });
    }

    @Override
    public Optional<StoredElection> election(long electionId) {
        return db.read(c -> Jdbc.one(c, "select * from election where id = ?", rs -> stored(c, rs), electionId));
    }

    /** The year's elections and all their candidates in two queries, not one more per election. */
    @Override
    public List<StoredElection> elections(long seasonId) {
        return db.read(c -> {
            Map<Long, List<Candidate>> candidates = new HashMap<>();
            for (Object[] r : Jdbc.list(c, "select ec.election_id, ec.unit_id, ec.code, ec.name from election_candidate ec"
                    + " join election e on e.id = ec.election_id where e.season_id = ? order by ec.election_id, ec.position",
                    r -> new Object[] {r.getLong(1), new Candidate(r.getLong(2), r.getString(3), r.getString(4))}, seasonId)) {
                candidates.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Candidate) r[1]);
            }
            return Jdbc.list(c, "select * from election where season_id = ? order by id",
                    rs -> stored(c, rs, candidates.getOrDefault(rs.getLong("id"), List.of())), seasonId);
        });
    }

    private static StoredElection stored(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Candidate> candidates = Jdbc.list(c, "select unit_id, code, name from election_candidate"
                + " where election_id = ? order by position", r -> new Candidate(r.getLong(1), r.getString(2),
                r.getString(3)), id);
        return stored(c, rs, candidates);
    }

    private static StoredElection stored(Connection c, ResultSet rs, List<Candidate> candidates)
            throws SQLException {
        long id = rs.getLong("id");
        ElectionSettings settings = new ElectionSettings(rs.getString("title"), rs.getInt("seats"), candidates,
                ThresholdOperator.valueOf(rs.getString("operator")), level(rs),
                Base.valueOf(rs.getString("base")), rs.getInt("ballots_issued"), rs.getInt("members"),
                Jdbc.nullableLong(rs, "parent_id"), rs.getInt("round"));
        return new StoredElection(id, rs.getLong("season_id"), settings, rs.getString("eligibility"),
                rs.getBoolean("exclude_put_forward"), "CLOSED".equals(rs.getString("status")),
                rs.getString("fingerprint"), rs.getInt("fingerprint_format"), sealedIds(c, rs, settings));
    }

    /**
     * The ids a /1 text names: the round settled and the units not candidates, as they were where the election
     * was sealed ({@code sealed_parent}, {@code sealed_units} "CODE=id;..."), else as stored here.
     */
    private static Fingerprint.Outside sealedIds(Connection c, ResultSet rs, ElectionSettings settings)
            throws SQLException {
        Long parent = Jdbc.nullableLong(rs, "sealed_parent");
        String units = rs.getString("sealed_units");
        if (parent == null && (units == null || units.isEmpty())) {
            return Fingerprint.Outside.ids(settings);
        }
        Map<Long, String> sealed = new HashMap<>();
        if (units != null && !units.isEmpty()) {
            long blocId = Jdbc.one(c, "select bloc_id from season where id = ?", r -> r.getLong(1),
                    rs.getLong("season_id")).orElseThrow();
            for (String pair : units.split(";")) {
                int eq = pair.lastIndexOf('=');
                Jdbc.one(c, "select id from unit where bloc_id = ? and upper(code) = upper(?)", r -> r.getLong(1),
                        blocId, pair.substring(0, eq)).ifPresent(here -> sealed.put(here, pair.substring(eq + 1)));
            }
        }
        String parentText = parent != null ? parent.toString()
                : settings.parentElectionId() == null ? "" : settings.parentElectionId().toString();
        return new Fingerprint.Outside(parentText, sealed);
    }

    @Override
    public Map<Long, String> unitCodes(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> codes = new HashMap<>();
        String marks = String.join(", ", Collections.nCopies(unitIds.size(), "?"));
        db.read(c -> Jdbc.list(c, "select id, code from unit where id in (" + marks + ")",
                rs -> codes.put(rs.getLong(1), rs.getString(2)), unitIds.toArray()));
        return codes;
    }

    /** The threshold as written; an election stored before it was kept exactly has only its percent. */
    private static ThresholdLevel level(ResultSet rs) throws SQLException {
        String written = rs.getString("threshold");
        ThresholdLevel level = written == null ? null : ThresholdLevel.parse(written);
        return level != null ? level : ThresholdLevel.percent(rs.getBigDecimal("percent"));
    }

    @Override
    public Times times(long electionId) {
        return db.read(c -> Jdbc.one(c, "select e.created_at, (select min(b.entered_at) from ballot b"
                + " where b.election_id = e.id), e.closed_at from election e where e.id = ?",
                rs -> new Times(time(rs, 1), time(rs, 2), time(rs, 3)), electionId))
                .orElse(new Times(null, null, null));
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    @Override
    public List<Ballot> ballots(long electionId) {
        return papers("ballot", electionId);
    }

    /** The papers of an election in {@code table} (ballot, or ballot_recheck: the same columns), by number. */
    private List<Ballot> papers(String table, long electionId) {
        return db.read(c -> Jdbc.list(c, "select number, kind, approved, unknown_keys from " + table
                + " where election_id = ? order by number", JdbcElectionStore::ballot, electionId));
    }

    @Override
    public PaperCount paperCount(long electionId) {
        return db.read(c -> count(c, electionId));
    }

    @Override
    public Optional<Ballot> ballot(long electionId, int number) {
        return db.read(c -> Jdbc.one(c, "select number, kind, approved, unknown_keys from ballot"
                + " where election_id = ? and number = ?", JdbcElectionStore::ballot, electionId, number));
    }

    @Override
    public void addBallot(long electionId, Ballot b) {
        db.write(c -> {
            claimNumbers(c, electionId, List.of(b));
            Audit.log(c, "ballot", "ballot.enter", "election", electionId, "ballot", b.number());
            return insert(c, electionId, b);
        });
    }

    @Override
    public void addBallots(long electionId, List<Ballot> ballots) {
        db.write(c -> {
            claimNumbers(c, electionId, ballots);
            Audit.log(c, "ballot", "ballot.import", "election", electionId, "count", ballots.size());
            for (Ballot b : ballots) {
                insert(c, electionId, b);
            }
            return ballots.size();
        });
    }

    /**
     * Holds the election's row until the commit ({@code for update}: on a server, another program's
     * paper for this election waits here; papers of other elections, and so of other blocs, do not) and
     * checks, on what is committed now, that {@code papers} follow the stored ones and fit the issued
     * count. Read committed suffices: each statement after the lock sees every paper committed before it.
     */
    private static void claimNumbers(Connection c, long electionId, List<Ballot> papers) throws SQLException {
        if (papers.isEmpty()) {
            return;
        }
        Optional<Object[]> row = Jdbc.one(c, "select status, ballots_issued from election where id = ? for update",
                rs -> new Object[] {rs.getString(1), rs.getInt(2)}, electionId);
        PaperCount now = count(c, electionId);
        if (row.isEmpty() || !"OPEN".equals(row.get()[0])
                || papers.get(0).number() != now.lastNumber() + 1
                || now.count() + papers.size() > (Integer) row.get()[1]) {
            throw new CountMoved(now);
        }
    }

    private static PaperCount count(Connection c, long electionId) throws SQLException {
        return Jdbc.one(c, "select count(*), coalesce(max(number), 0) from ballot where election_id = ?",
                rs -> new PaperCount(rs.getInt(1), rs.getInt(2)), electionId).orElse(new PaperCount(0, 0));
    }

    @Override
    public List<Ballot> rechecks(long electionId) {
        return papers("ballot_recheck", electionId);
    }

    @Override
    public void putRecheck(long electionId, Ballot b) {
        db.write(c -> {
            Audit.log(c, "ballot", "ballot.recheck", "election", electionId, "ballot", b.number());
            return putRecheck(c, electionId, b);
        });
    }

    @Override
    public void putRechecks(long electionId, List<Ballot> ballots) {
        db.write(c -> {
            Audit.log(c, "ballot", "ballot.recheck.import", "election", electionId, "count", ballots.size());
            for (Ballot b : ballots) {
                putRecheck(c, electionId, b);
            }
            return ballots.size();
        });
    }

    private static int putRecheck(Connection c, long electionId, Ballot b) throws SQLException {
        return Jdbc.merge(c, "ballot_recheck(election_id, number, kind, approved, unknown_keys)",
                "election_id, number", "values (?, ?, ?, ?, ?)", electionId, b.number(), b.kind().name(),
                join(b.approved()), String.join(";", b.unknownKeys()));
    }

    @Override
    public void clearRechecks(long electionId) {
        db.write(c -> {
            Audit.log(c, "ballot", "ballot.recheck.clear", "election", electionId);
            return Jdbc.update(c, "delete from ballot_recheck where election_id = ?", electionId);
        });
    }

    private static int insert(Connection c, long electionId, Ballot b) throws SQLException {
        return Jdbc.update(c, "insert into ballot(election_id, number, kind, approved, unknown_keys) values (?, ?, ?, ?, ?)",
                electionId, b.number(), b.kind().name(), join(b.approved()), String.join(";", b.unknownKeys()));
    }

    @Override
    public void replaceBallot(long electionId, Ballot b, String before, String after, String reason) {
        db.write(c -> {
            Audit.log(c, "ballot", "ballot.correct", "election", electionId, "ballot", b.number(), "before", before,
                    "after", after, "reason", reason);
            Jdbc.update(c, "update ballot set kind = ?, approved = ?, unknown_keys = ? where election_id = ? and number = ?",
                    b.kind().name(), join(b.approved()), String.join(";", b.unknownKeys()), electionId, b.number());
            return Jdbc.update(c, "insert into ballot_change(election_id, number, action, before_text, after_text, reason)"
                    + " values (?, ?, 'CORRECT', ?, ?, ?)", electionId, b.number(), before, after, reason);
        });
    }

    @Override
    public void withdrawBallot(long electionId, int number, String before, String reason) {
        db.write(c -> {
            Audit.log(c, "ballot", "ballot.withdraw", "election", electionId, "ballot", number, "before", before,
                    "reason", reason);
            Jdbc.update(c, "delete from ballot where election_id = ? and number = ?", electionId, number);
            return Jdbc.update(c, "insert into ballot_change(election_id, number, action, before_text, reason)"
                    + " values (?, ?, 'WITHDRAW', ?, ?)", electionId, number, before, reason);
        });
    }

    @Override
    public List<BallotChange> changes(long electionId) {
        return db.read(c -> Jdbc.list(c, "select number, action, before_text, after_text, reason, changed_at"
                + " from ballot_change where election_id = ? order by id", rs -> new BallotChange(rs.getInt(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toLocalDateTime()), electionId));
    }

    @Override
    public void close(long electionId, String fingerprint, int format) {
        db.write(c -> {
            Audit.log(c, "election", "election.close", "election", electionId, "fingerprint", fingerprint,
                    "format", format);
            return Jdbc.update(c, "update election set status = 'CLOSED', fingerprint = ?, fingerprint_format = ?,"
                    + " closed_at = current_timestamp where id = ? and status = 'OPEN'", fingerprint, format,
                    electionId);
        });
    }

    @Override
    public List<Closing> closings(long electionId) {
        String prefix = "election=" + electionId + "; fingerprint=";
        return db.read(c -> Jdbc.list(c, "select id, detail, line_hash from audit_log where action = 'election.close'"
                + " and detail like ? order by id", rs -> new Closing(rs.getLong(1),
                firstField(rs.getString(2).substring(prefix.length())), rs.getString(3)), prefix + "%"));
    }

    /** The fingerprint of a close line: up to the next field ("; format=2" since V15). */
    private static String firstField(String rest) {
        int end = rest.indexOf(';');
        return end < 0 ? rest : rest.substring(0, end);
    }

    /** The papers of several elections in one query. */
    @Override
    public Map<Long, List<Ballot>> ballots(Collection<Long> electionIds) {
        Map<Long, List<Ballot>> out = new HashMap<>();
        electionIds.forEach(id -> out.put(id, new ArrayList<>()));
        if (electionIds.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", Collections.nCopies(electionIds.size(), "?"));
        db.read(c -> Jdbc.list(c, "select election_id, number, kind, approved, unknown_keys from ballot where election_id in ("
                + marks + ") order by election_id, number", rs -> out.get(rs.getLong("election_id")).add(ballot(rs)),
                electionIds.toArray()));
        return out;
    }

    /** The close lines of several elections in one query (the log's close lines, fewer than its other lines by far). */
    @Override
    public Map<Long, List<Closing>> closings(Collection<Long> electionIds) {
        Map<Long, List<Closing>> out = new HashMap<>();
        electionIds.forEach(id -> out.put(id, new ArrayList<>()));
        if (electionIds.isEmpty()) {
            return out;
        }
        db.read(c -> Jdbc.list(c, "select id, detail, line_hash from audit_log where action = 'election.close'"
                + " and detail like 'election=%' order by id", rs -> {
                    String detail = rs.getString(2);
                    int end = detail.indexOf("; fingerprint=");
                    List<Closing> mine = end < 0 ? null : out.get(parseId(detail.substring("election=".length(), end)));
                    if (mine != null) {
                        mine.add(new Closing(rs.getLong(1), firstField(detail.substring(end + "; fingerprint=".length())),
                                rs.getString(3)));
                    }
                    return null;
                }));
        return out;
    }

    private static Long parseId(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Ballot ballot(ResultSet rs) throws SQLException {
        BallotKind kind = BallotKind.valueOf(rs.getString("kind"));
        if (kind == BallotKind.SPOILED) {
            return Ballot.spoiled(rs.getInt("number"));
        }
        Set<Long> approved = split(rs.getString("approved")).stream().map(Long::valueOf).collect(Collectors.toSet());
        return new Ballot(rs.getInt("number"), kind, approved, Set.copyOf(split(rs.getString("unknown_keys"))));
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(";"));
    }

    private static String join(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(";"));
    }
}
