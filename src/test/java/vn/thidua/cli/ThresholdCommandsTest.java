package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Workspace;
import vn.thidua.domain.voting.ThresholdLevel;
import vn.thidua.testing.PackFiles;
import vn.thidua.testing.Backend;

/** --threshold as written: every decimal (with a dot), fractions, and rules nobody could meet refused. */
class ThresholdCommandsTest {

    @TempDir
    Path dir;

    /** The data file, or the PostgreSQL database: every case runs on both. */
    private String where;

    private String db() {
        return where;
    }

    private CliRunner.Result cli(String... args) {
        String[] all = Stream.concat(Stream.of("--db", db()), Stream.of(args)).toArray(String[]::new);
        return CliRunner.run(all);
    }

    /** An election among GTVT and CT for one seat, 3 papers issued. */
    private String add(String title, String threshold) {
        CliRunner.Result r = cli("election", "add", "--bloc", "KTN", "--year", "2019", "--title", title, "--seats", "1",
                "--threshold", threshold, "--base", "valid", "--issued", "3", "--candidates", "GTVT,CT");
        assertThat(r.code()).as(r.err()).isZero();
        return r.lastLine();
    }

    /** GTVT on 2 papers of 3: 66,666…%. */
    private void twoOfThreeForGtvt(String id) throws Exception {
        Path csv = dir.resolve("phieu-" + id + ".csv");
        Files.writeString(csv, "ballot,approve\n1,GTVT\n2,GTVT\n3,CT\n", StandardCharsets.UTF_8);
        CliRunner.Result r = cli("ballots", "--election", id, "--import", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    private ThresholdLevel stored(String id) {
        try (Workspace ws = Backend.open(where)) {
            return ws.elections().election(Long.parseLong(id)).settings().level();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aPercentageWithManyDecimalsIsStoredAndJudgedExactly(Backend backend) throws Exception {
        where = backend.newLocation(dir, "test");
        cli("sample");
        String id = add("Bằng khen thử", ">:66.666666");
        assertThat(stored(id).written()).isEqualTo("66.666666");

        twoOfThreeForGtvt(id);
        // 2/3 is above 66.666666 % (though not above the 66,67 % it would round to)
        assertThat(cli("tally", "--election", id, "--format", "csv").out()).contains("GTVT,Sở Giao thông Vận tải,2,66.67,elected");
        assertThat(cli("tally", "--election", id).out()).contains("trên 66,666666%");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDecimalOnTheCommandLineIsWrittenWithADot(Backend backend) {
        where = backend.newLocation(dir, "test");
        cli("sample");
        String id = add("Bằng khen thử", ">=:50.555");
        assertThat(stored(id).written()).isEqualTo("50.555");
        assertThat(cli("election", "add", "--help").out()).contains("dấu chấm").contains("'>:50.555' là 50,555%");
        CliRunner.Result comma = cli("election", "add", "--bloc", "KTN", "--year", "2019", "--title", "Phẩy",
                "--seats", "1", "--threshold", ">:50,5", "--base", "valid", "--issued", "3", "--candidates", "GTVT,CT");
        assertThat(comma.code()).isEqualTo(2);
        assertThat(comma.err()).contains(">:50,5");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void moreThanTwoThirdsIsAFractionJudgedExactlyAndPrintedInWords(Backend backend) throws Exception {
        where = backend.newLocation(dir, "test");
        cli("sample");
        String id = add("Bằng khen thử", ">:2/3");
        assertThat(stored(id)).isEqualTo(ThresholdLevel.fraction(2, 3));

        twoOfThreeForGtvt(id);
        CliRunner.Result tally = cli("tally", "--election", id);
        assertThat(tally.out()).contains("cần trên 2/3 số phiếu hợp lệ").doesNotContain("2/3%");
        assertThat(cli("tally", "--election", id, "--format", "csv").out()).contains("GTVT,Sở Giao thông Vận tải,2,66.67,not_elected");
        CliRunner.Result close = cli("close", "--election", id);
        assertThat(close.code()).as(close.err()).isZero();
        assertThat(cli("verify", "--election", id).code()).isZero();

        Path out = dir.resolve("bao-cao");
        CliRunner.Result report = cli("report", "--bloc", "KTN", "--year", "2019", "--out", out.toString());
        assertThat(report.code()).as(report.err()).isZero();
        List<String> minutes;
        try (Stream<Path> files = Files.list(out)) {
            minutes = files.filter(f -> f.getFileName().toString().startsWith("bien-ban-kiem-phieu-"))
                    .map(PackFiles::text).filter(t -> t.contains("Bằng khen thử")).toList();
        }
        assertThat(minutes).singleElement().asString().contains("trên hai phần ba số phiếu hợp lệ")
                .contains("Không đạt tỷ lệ trên hai phần ba");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aThresholdNobodyCouldEverMeetIsRefused(Backend backend) {
        where = backend.newLocation(dir, "test");
        cli("sample");
        CliRunner.Result hundred = cli("election", "add", "--bloc", "KTN", "--year", "2019", "--title", "Không thể",
                "--seats", "1", "--threshold", ">:100", "--base", "valid", "--issued", "3", "--candidates", "GTVT,CT");
        assertThat(hundred.code()).isEqualTo(2);
        assertThat(hundred.err()).contains("“> 100%” không ai đạt được");
        CliRunner.Result fourThirds = cli("election", "add", "--bloc", "KTN", "--year", "2019", "--title", "Không thể",
                "--seats", "1", "--threshold", ">=:4/3", "--base", "valid", "--issued", "3", "--candidates", "GTVT,CT");
        assertThat(fourThirds.code()).isEqualTo(2);
        assertThat(fourThirds.err()).contains("không ai đạt được");
        add("Tất cả phiếu", ">=:100");
    }
}
