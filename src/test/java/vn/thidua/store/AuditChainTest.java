package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.app.AuditLog;
import vn.thidua.app.Workspace;
import vn.thidua.testing.Backend;
import vn.thidua.testing.TestData;

/** The audit log as a hash chain: written by the program, kept across opens, made for old files once. */
class AuditChainTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("test");
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(url(), "thidua", ""); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private long count(String query) throws Exception {
        try (Connection c = DriverManager.getConnection(url(), "thidua", ""); Statement s = c.createStatement();
             var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A file as the program before the chain left it: schema 7, lines without hashes. */
    private void oldFile() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url());
        ds.setUser("thidua");
        ds.setPassword("");
        Flyway.configure().dataSource(ds).locations(Migrations.locations("h2")).target("7").load().migrate();
        sql("insert into audit_log(category, action, detail) values ('bloc', 'bloc.add', 'code=KTN; name=Khối cũ')",
                "insert into audit_log(category, action, detail) values ('election', 'election.close',"
                        + " 'election=7; fingerprint=" + "a".repeat(64) + "')",
                "insert into audit_log(category, action, detail) values ('settings', 'season.conference',"
                        + " 'note=hai dòng\nvà dấu \\\\')");
    }

    /** The worked example of docs/fingerprint.md, "The audit log's chain": the page and the code agree. */
    @Test
    void theDocumentedLineHashesAsDocumented() throws Exception {
        String doc = Files.readString(Path.of("docs", "fingerprint.md"));
        String example = doc.substring(doc.indexOf("Example: the first line"));
        String text = example.substring(example.indexOf("```audit\n") + "```audit\n".length());
        text = text.substring(0, text.indexOf("```"));
        String documented = example.substring(example.indexOf("Line hash: `") + "Line hash: `".length());
        documented = documented.substring(0, documented.indexOf('`'));
        String[] lines = text.split("\n");
        String hash = AuditChain.hash(lines[1], LocalDateTime.parse(lines[2]), lines[3], lines[4], lines[5]);
        assertThat(hash).isEqualTo(documented);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        assertThat(HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8))))
                .as("the text as printed is the text hashed").isEqualTo(documented);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyLineTheProgramWritesCarriesTheHashOfTheLineBefore(Backend backend) throws Exception {
        String where = backend.newLocation(dir, "test");
        try (Workspace ws = Backend.open(where)) {
            ws.sample().createIfEmpty();
            AuditLog.Chain chain = ws.audit().chain();
            assertThat(chain.isIntact()).isTrue();
            assertThat(chain.lines()).isEqualTo(ws.audit().entries(0).size()).isGreaterThan(10);
            assertThat(chain.head()).matches("[0-9a-f]{64}");
        }
        try (Connection c = Backend.connect(where); Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from audit_log where line_hash is null or prev_hash is null")).isZero();
            assertThat(count(s, "select count(*) from audit_log a join audit_log b on b.id = (select min(id) from audit_log"
                    + " where id > a.id) where b.prev_hash <> a.line_hash")).as("each line names the one before").isZero();
        }
    }

    /**
     * The same lines, with the same times to the microsecond, hash the same on both databases: the time read
     * back is the time written (PostgreSQL's timestamp, like H2's, keeps microseconds), so a chain checked on
     * one reads the same on the other.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void theSameLinesGiveTheSameChainOnBothDatabases(Backend backend) throws Exception {
        String where = backend.newLocation(dir, "same");
        Backend.openDatabase(where).close();
        String previous = AuditChain.GENESIS;
        LocalDateTime at = LocalDateTime.parse("2019-12-11T08:30:15.123456");
        try (Connection c = Backend.connect(where); var insert = c.prepareStatement("insert into audit_log(at, category,"
                + " action, detail, prev_hash, line_hash) values (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < 3; i++) {
                LocalDateTime when = at.plusNanos(i * 1_001_000L);
                String detail = "paper=" + i + "; note=dòng\nhai";
                String hash = AuditChain.hash(previous, when, "election", "ballot.enter", detail);
                insert.setObject(1, when);
                insert.setString(2, "election");
                insert.setString(3, "ballot.enter");
                insert.setString(4, detail);
                insert.setString(5, previous);
                insert.setString(6, hash);
                insert.executeUpdate();
                previous = hash;
            }
        }
        try (Database db = Backend.openDatabase(where)) {
            AuditLog.Chain chain = new JdbcAuditLog(db).chain();
            assertThat(chain.isIntact()).isTrue();
            assertThat(chain.lines()).isEqualTo(3);
            assertThat(chain.head()).isEqualTo(previous);
        }
    }

    private static long count(Statement s, String query) throws Exception {
        try (var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anOldFileIsChainedByTheMigrationAndTheChainGoesOnFromIt() throws Exception {
        oldFile();

        try (Workspace ws = TestData.open(dir)) {
            AuditLog.Chain chain = ws.audit().chain();
            assertThat(chain.isIntact()).isTrue();
            assertThat(chain.lines()).isEqualTo(3);
            ws.blocs().addBloc("MOI", "Khối mới");
            AuditLog.Chain after = ws.audit().chain();
            assertThat(after.isIntact()).isTrue();
            assertThat(after.lines()).isEqualTo(4);
        }
        assertThat(count("select count(*) from audit_log where line_hash is null")).isZero();
        try (Workspace ws = TestData.open(dir)) {
            assertThat(ws.audit().chain().isIntact()).as("and opens again intact").isTrue();
        }
    }

    @Test
    void aLineWrittenWithoutItsHashAfterTheMigrationIsNeverChainedLater() throws Exception {
        oldFile();
        TestData.open(dir).close();
        sql("insert into audit_log(category, action, detail) values ('ballot', 'ballot.enter', 'election=7; ballot=9')");
        long slipped = count("select max(id) from audit_log");

        for (int open = 0; open < 2; open++) {
            try (Workspace ws = TestData.open(dir)) {
                AuditLog.Chain chain = ws.audit().chain();
                assertThat(chain.isIntact()).isFalse();
                assertThat(chain.firstBadLine()).isEqualTo(slipped);
                assertThat(chain.problem()).isEqualTo(AuditLog.Break.UNCHAINED);
            }
        }
    }

    @Test
    void anEditedOldLineIsNamedAfterTheMigration() throws Exception {
        oldFile();
        TestData.open(dir).close();
        long first = count("select min(id) from audit_log");
        sql("drop trigger audit_log_append_only", "update audit_log set detail = 'code=KTN; name=Khối khác' where id = " + first);

        try (Workspace ws = TestData.open(dir)) {
            AuditLog.Chain chain = ws.audit().chain();
            assertThat(chain.firstBadLine()).isEqualTo(first);
            assertThat(chain.problem()).isEqualTo(AuditLog.Break.CONTENT);
        }
    }

    @Test
    void theLogStillRefusesEditsAfterTheMigration() throws Exception {
        oldFile();
        TestData.open(dir).close();
        try (Connection c = DriverManager.getConnection(url(), "thidua", ""); Statement s = c.createStatement()) {
            Assertions.assertThatThrownBy(() -> s.execute("delete from audit_log"))
                    .hasMessageContaining("append-only");
        }
        assertThat(List.of(count("select count(*) from audit_log"))).containsExactly(3L);
    }
}
