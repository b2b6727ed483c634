package vn.thidua.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.AppException;
import vn.thidua.app.BallotCsv;
import vn.thidua.app.ElectionService;
import vn.thidua.app.Texts;
import vn.thidua.app.ValidationException;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.text.ParseResult;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.domain.voting.BallotCheck;
import vn.thidua.domain.voting.BallotKeys;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.TestData;

/**
 * A corpus of bad inputs (src/test/resources/reliability/bad-inputs.tsv), each with the words its
 * message must contain: numbers, scores, ballots typed, ballots files, damaged data files.
 */
class BadInputCorpusTest {

    private static final Texts VI = Texts.vietnamese();

    @TempDir
    static Path dir;
    static Workspace ws;
    static Season y2019;
    static long election;

    @BeforeAll
    static void open() {
        ws = TestData.openSample(dir.resolve("sample"));
        y2019 = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        List<Long> three = ws.blocs().members(y2019).stream().map(u -> u.id()).limit(3).toList();
        election = ws.elections().create(y2019, new ElectionService.Draft("Thử", 1, ThresholdOperator.GT,
                BigDecimal.valueOf(50), Base.VALID, 3, three, null, false));
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    record Case(String kind, String input, String expected) {
    }

    private static List<Case> corpus() throws Exception {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/reliability/bad-inputs.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                cases.add(new Case(f[0], f[1].replace("\\n", "\n"), f[2]));
            }
        }
        return cases;
    }

    @Test
    void everyBadInputGetsItsMessage() throws Exception {
        List<Case> cases = corpus();
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            String message = messageFor(c);
            if (message.contains(c.expected())) {
                checked++;
            } else {
                wrong.add(c + " → " + message);
            }
        }
        System.out.println("bad-inputs: tried=" + cases.size() + " messagesChecked=" + checked);
        assertThat(wrong).isEmpty();
        assertThat(checked).isEqualTo(cases.size()).isGreaterThan(30);
    }

    private String messageFor(Case c) throws Exception {
        return switch (c.kind()) {
            case "number" -> VnFormat.parseNumber(c.input()) instanceof ParseResult.Refused r
                    ? VI.t(r.key(), r.args().toArray()) : "(accepted)";
            case "score" -> {
                var criterion = ws.scoring().table(y2019).criterionByCode("1.1").orElseThrow();
                long unit = ws.blocs().members(y2019).get(0).id();
                ValidationException e = catchThrowableOfType(ValidationException.class,
                        () -> ws.scoring().enterScore(y2019, unit, criterion.id(), "", c.input(), ""));
                yield e == null ? "(accepted)" : VI.all(e.problems());
            }
            case "ballot" -> {
                var settings = ws.elections().election(election).settings();
                var v = BallotCheck.validity(BallotKeys.parse(c.input(), settings.candidates()).toBallot(1), settings);
                yield v.isValid() ? "(valid)" : v.key();
            }
            case "ballots-csv" -> {
                Map<String, Long> ids = new HashMap<>();
                ws.blocs().members(y2019).forEach(u -> ids.put(u.code(), u.id()));
                try {
                    ws.elections().importBallots(election, BallotCsv.parse(c.input(), ids, 1));
                    yield "(imported)";
                } catch (ValidationException e) {
                    yield VI.all(e.problems());
                }
            }
            case "dbfile" -> damagedFileMessage(c.input());
            default -> throw new IllegalArgumentException(c.kind());
        };
    }

    private static String damagedFileMessage(String how) throws Exception {
        Path folder = Files.createTempDirectory(dir, how);
        Path file = folder.resolve("test.mv.db");
        switch (how) {
            case "empty" -> Files.write(file, new byte[0]);
            case "random" -> {
                byte[] junk = new byte[8192];
                new Random(how.hashCode()).nextBytes(junk);
                Files.write(file, junk);
            }
            case "text" -> Files.writeString(file, "Đây là một tệp văn bản, không phải dữ liệu.");
            case "truncated" -> {
                TestData.openSample(folder).close();
                byte[] all = Files.readAllBytes(file);
                Files.write(file, Arrays.copyOf(all, all.length / 3));
            }
            case "older-copy" -> {
                TestData.open(folder).close();
                Path copy = folder.resolve("copy.bin");
                Files.copy(file, copy);
                try (Workspace w = TestData.open(folder)) {
                    w.blocs().addBloc("VX", "Khối Văn xã");
                }
                Files.copy(copy, file, StandardCopyOption.REPLACE_EXISTING);
            }
            case "foreign" -> {
                try (var c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("test"), "sa", "")) {
                    c.createStatement().execute("create table t(x int)");
                }
            }
            default -> throw new IllegalArgumentException(how);
        }
        AppException e = catchThrowableOfType(AppException.class, () -> TestData.open(folder));
        return e == null ? "(opened)" : VI.t(e);
    }
}
