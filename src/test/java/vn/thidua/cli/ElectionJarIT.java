package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.ThiDua;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.domain.scoring.Sample2019Scoring;
import vn.thidua.domain.scoring.ScoringTable;

/** The scoreboard and election commands through the packaged {@code target/thidua.jar}, as a script runs them. */
class ElectionJarIT {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("hoinghi.mv.db").toString();
    }

    private PackagedJar.Run java(String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("--db", db()));
        all.addAll(List.of(args));
        return PackagedJar.run(dir, all.toArray(String[]::new));
    }

    private PackagedJar.Run ok(String... args) throws Exception {
        PackagedJar.Run r = java(args);
        assertThat(r.code()).as("%s%n%s", String.join(" ", args), r.err()).isZero();
        return r;
    }

    @Test
    void theSamplesElectionsReplayedThroughTheJarGiveTheSeedsResult() throws Exception {
        ok("bloc", "add", "--code", "KTN", "--name", SampleBloc.BLOC_NAME);
        ok("year", "add", "--bloc", "KTN", "--year", "2019");
        for (UnitDraft u : SampleBloc.UNITS) {
            ok("unit", "add", "--bloc", "KTN", "--code", u.code(), "--name", u.fullName());
        }
        // Scores have no command yet (the workbook import will carry them): loaded as the sample loads them.
        try (Workspace ws = ThiDua.open(Path.of(db()))) {
            Season y = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            ScoringTable table = ws.scoring().loadTable(y, Sample2019Scoring.table());
            ws.scoring().loadScores(y, Sample2019Scoring.scores().stream()
                    .map(s -> s.toScore(ws.blocs().memberByCode(y, s.unitCode()).orElseThrow().id(), table)).toList());
        }
        PackagedJar.Run scoreboard = ok("scoreboard", "--bloc", "KTN", "--year", "2019", "--format", "csv");
        assertThat(scoreboard.out().lines().filter(l -> l.endsWith(",excellent"))).hasSize(7);
        assertThat(scoreboard.out().lines().filter(l -> l.endsWith(",good"))).containsExactly(
                "8,KHCN,Sở Khoa học và Công nghệ,87.00,good");

        List<List<String>> elected = new ArrayList<>();
        for (String[] e : SampleBloc.ELECTIONS) {
            String id = ok("election", "add", "--bloc", "KTN", "--year", "2019", "--title", e[0], "--seats", e[1],
                    "--threshold", ">:50", "--base", "valid", "--issued", "8", "--eligible", "excellent").lastLine();
            assertThat(id).matches("[0-9]+");
            Path ballots = dir.resolve(e[2]);
            Files.writeString(ballots, SampleBloc.ballotsCsv(e[2]), StandardCharsets.UTF_8);
            ok("ballots", "--election", id, "--import", ballots.toString());
            elected.add(ok("tally", "--election", id, "--format", "csv").out().lines()
                    .filter(l -> l.endsWith(",elected")).map(l -> l.split(",")[0]).toList());
            assertThat(ok("close", "--election", id).lastLine()).matches("[0-9a-f]{64}");
        }
        assertThat(elected).containsExactly(List.of("GTVT"), List.of("CT"), List.of("NNPTNT", "TNMT"));
        PackagedJar.Run verify = java("verify", "--election", "3");
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).contains("Khớp: dữ liệu đã lưu của cuộc bầu “Bằng khen của UBND tỉnh”");
        assertThat(ok("election", "list", "--bloc", "KTN", "--year", "2019", "--format", "csv").out()).isEqualTo("""
                id,title,seats,status
                1,Cờ thi đua của Chính phủ,1,closed
                2,Cờ thi đua của UBND tỉnh,1,closed
                3,Bằng khen của UBND tỉnh,2,closed
                """);
    }

    @Test
    void refusedInputExitsTwoWithAVietnameseMessageAndNoStackTrace() throws Exception {
        ok("sample");
        String id = ok("election", "add", "--bloc", "KTN", "--year", "2019", "--title", "Thử", "--seats", "1",
                "--threshold", ">=:50", "--base", "returned", "--issued", "3", "--candidates", "XD,TTTT").lastLine();
        Path bad = dir.resolve("phieu.csv");
        Files.writeString(bad, "ballot,approve\n1,XD\n1,TTTT\n", StandardCharsets.UTF_8);
        PackagedJar.Run refused = java("ballots", "--election", id, "--import", bad.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("Tệp " + bad + " bị từ chối, không nhập phiếu nào:",
                "Dòng 3: phiếu số 1 lặp lại (đã có ở dòng 2).").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(ok("tally", "--election", id).out()).contains("Phiếu phát ra: 3; thu về: 0;");

        PackagedJar.Run format = java("tally", "--election", id, "--format", "xml");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("Giá trị “xml” không hợp lệ cho --format. Dạng đúng: --format text|csv");
        PackagedJar.Run open = java("verify", "--election", id);
        assertThat(open.code()).isEqualTo(2);
        assertThat(open.err()).contains("chưa kết thúc kiểm phiếu");
    }
}
