package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Workspace;
import vn.thidua.testing.Backend;
import vn.thidua.testing.ChildJvm;

/**
 * Many secretaries at once on one PostgreSQL server (issue 19): four programs, each in its own process,
 * enter 25 papers each at the same moment into three elections of two blocs, one of them with fewer
 * ballots issued than papers aimed at it. Every paper a program confirmed is stored once, under its
 * number; the numbers of each election run 1..n without a gap or a repeat; the count is the papers
 * confirmed, never past the issued count; the audit log's chain still verifies. Skipped, with the
 * notice, where no PostgreSQL server starts (one data file cannot be opened by two programs at once).
 */
class ConcurrentPapersTest {

    private static final int PROCESSES = 4;
    private static final int PAPERS = 25;

    @TempDir
    Path dir;

    private String where;

    private CliRunner.Result ok(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", where));
        all.addAll(Arrays.asList(args));
        CliRunner.Result r = CliRunner.run(all.toArray(String[]::new));
        assertThat(r.code()).as("%s%n%s", String.join(" ", args), r.err()).isZero();
        return r;
    }

    private long election(String bloc, String title, int issued, String candidates) {
        return Long.parseLong(ok("election", "add", "--bloc", bloc, "--year", "2019", "--title", title, "--seats", "2",
                "--threshold", ">:50", "--base", "valid", "--issued", Integer.toString(issued),
                "--candidates", candidates).lastLine());
    }

    @Test
    void papersEnteredByFourProgramsAtOnceAreEachStoredOnceAndNumberedWithoutGaps() throws Exception {
        where = Backend.POSTGRESQL.newLocation(dir, "concurrent");
        ok("sample");
        ok("bloc", "add", "--code", "VX", "--name", "Khối Văn xã");
        ok("year", "add", "--bloc", "VX", "--year", "2019");
        ok("unit", "add", "--bloc", "VX", "--code", "SYT", "--name", "Sở Y tế");
        ok("unit", "add", "--bloc", "VX", "--code", "GD", "--name", "Sở Giáo dục và Đào tạo");
        long[] ids = {
                election("KTN", "Bằng khen thử A", 100, "XD,TTTT"),
                election("KTN", "Bằng khen thử B", 30, "CT,GTVT"),
                election("VX", "Bằng khen khối Văn xã", 100, "SYT,GD")};
        Map<Long, List<String>> candidates = Map.of(ids[0], List.of("XD", "TTTT"), ids[1], List.of("CT", "GTVT"),
                ids[2], List.of("SYT", "GD"));
        Map<Long, Integer> aimed = new HashMap<>();
        for (int p = 0; p < PROCESSES; p++) {
            for (int i = 0; i < PAPERS; i++) {
                aimed.merge(ids[PaperWriter.target(p, i, ids.length)], 1, Integer::sum);
            }
        }
        assertThat(aimed.get(ids[1])).as("more papers aimed at B than it has ballots issued").isGreaterThan(30);

        Path start = dir.resolve("start");
        List<ChildJvm> children = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        try {
            for (int p = 0; p < PROCESSES; p++) {
                List<String> args = new ArrayList<>(List.of(where, start.toString(), Integer.toString(p),
                        Integer.toString(PAPERS)));
                for (long id : ids) {
                    args.add(Long.toString(id));
                }
                children.add(ChildJvm.start(PaperWriter.class, args.toArray(String[]::new)));
            }
            for (ChildJvm child : children) {
                assertThat(child.awaitLine("ready")).as("a program opened the server's database").isNotNull();
            }
            Files.createFile(start);
            for (ChildJvm child : children) {
                List<String> out = new ArrayList<>();
                for (String line; (line = child.readLine()) != null; ) {
                    out.add(line);
                }
                assertThat(out).as("a program ended its papers").endsWith("done");
                lines.add(out);
            }
        } finally {
            for (ChildJvm child : children) {
                child.close();
            }
        }

        Map<Long, List<Integer>> confirmed = new TreeMap<>();
        Map<Long, Map<String, Integer>> votes = new HashMap<>();
        Map<Long, Integer> refused = new HashMap<>();
        for (List<String> out : lines) {
            for (String line : out) {
                String[] f = line.split(" ");
                if (f[0].equals("ok")) {
                    long id = Long.parseLong(f[1]);
                    confirmed.computeIfAbsent(id, k -> new ArrayList<>()).add(Integer.parseInt(f[2]));
                    Map<String, Integer> v = votes.computeIfAbsent(id, k -> new HashMap<>());
                    for (int k = 0; k < 2; k++) {
                        if (f[3].contains(Integer.toString(k + 1))) {
                            v.merge(candidates.get(id).get(k), 1, Integer::sum);
                        }
                    }
                } else if (f[0].equals("refused")) {
                    assertThat(f[2]).as(line).isEqualTo("voting.error.allBallotsEntered");
                    refused.merge(Long.parseLong(f[1]), 1, Integer::sum);
                }
            }
        }
        assertThat(confirmed.values().stream().mapToInt(List::size).sum() + refused.values().stream()
                .mapToInt(Integer::intValue).sum()).as("every paper confirmed or refused").isEqualTo(PROCESSES * PAPERS);
        assertThat(confirmed.get(ids[1])).as("B: exactly its issued ballots, never more").hasSize(30);
        assertThat(refused.get(ids[1])).isEqualTo(aimed.get(ids[1]) - 30);
        assertThat(refused).containsOnlyKeys(ids[1]);

        try (Connection c = Backend.connect(where)) {
            for (long id : ids) {
                List<Integer> mine = confirmed.get(id).stream().sorted().toList();
                assertThat(mine).as("numbers confirmed in election %d: 1..n, none twice", id)
                        .isEqualTo(IntStream.rangeClosed(1, mine.size()).boxed().toList());
                assertThat(stored(c, id)).as("papers stored in election %d", id).isEqualTo(mine);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select count(*) from audit_log where action = 'ballot.enter'"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("one audit line per paper").isEqualTo(
                        confirmed.values().stream().mapToInt(List::size).sum());
            }
        }
        for (long id : ids) {
            Map<String, Integer> counted = new HashMap<>();
            ok("tally", "--election", Long.toString(id), "--format", "csv").out().lines().skip(1)
                    .map(l -> l.split(",")).forEach(f -> counted.put(f[0], Integer.parseInt(f[2])));
            Map<String, Integer> expected = new HashMap<>();
            for (String code : candidates.get(id)) {
                expected.put(code, votes.get(id).getOrDefault(code, 0));
            }
            assertThat(counted).as("tally of election %d", id).isEqualTo(expected);
        }
        assertThat(ok("verify").out()).as("the audit log's chain is whole").contains("Khớp");
    }

    /**
     * A paper of one bloc does not wait for another bloc's election: while a transaction holds bloc KTN's
     * election row (as a program entering a paper there does), a program enters a paper into bloc VX's
     * election. The program's connection gives up on any lock it would wait for longer than three seconds
     * ({@code lock_timeout}), so a wait shows as a refusal, not as slowness; the same program's paper into the
     * held KTN election shows that it would.
     */
    @Test
    void aPaperOfOneBlocDoesNotWaitForAnotherBlocsElection() throws Exception {
        where = Backend.POSTGRESQL.newLocation(dir, "noWait");
        ok("sample");
        ok("bloc", "add", "--code", "VX", "--name", "Khối Văn xã");
        ok("year", "add", "--bloc", "VX", "--year", "2019");
        ok("unit", "add", "--bloc", "VX", "--code", "SYT", "--name", "Sở Y tế");
        ok("unit", "add", "--bloc", "VX", "--code", "GD", "--name", "Sở Giáo dục và Đào tạo");
        long ktn = election("KTN", "Bằng khen thử A", 10, "XD,TTTT");
        long vx = election("VX", "Bằng khen khối Văn xã", 10, "SYT,GD");
        String impatient = where + (where.contains("?") ? "&" : "?") + "options=-c%20lock_timeout%3D3000";
        try (Connection holder = Backend.connect(where);
             Workspace other = Backend.open(impatient)) {
            holder.setAutoCommit(false);
            try (PreparedStatement ps = holder.prepareStatement("select id from election where id = ? for update")) {
                ps.setLong(1, ktn);
                ps.executeQuery().close();
            }
            assertThat(other.elections().enterBallot(vx, "1").number()).as("VX's paper, KTN's election held").isEqualTo(1);
            Throwable waited = Assertions.catchThrowable(() -> other.elections().enterBallot(ktn, "1"));
            assertThat(waited).as("KTN's own paper waits for its held election, and gives up")
                    .hasStackTraceContaining("lock timeout");
            holder.rollback();
            assertThat(other.elections().enterBallot(ktn, "1").number()).isEqualTo(1);
        }
    }

    private static List<Integer> stored(Connection c, long id) throws Exception {
        List<Integer> numbers = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select number from ballot where election_id = ? order by number")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    numbers.add(rs.getInt(1));
                }
            }
        }
        return numbers;
    }
}
