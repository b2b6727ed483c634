package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.EligibilityRule;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.report.VietnameseFormat;
import vn.thidua.testing.PackFiles;
import vn.thidua.testing.TestData;

/** Issue 15: what the secretary signs, read back from the written files. */
class ReportPackTest {

    private static Season season(Workspace ws) {
        return ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
    }

    private static StoredElection election(Workspace ws, String title) {
        return ws.elections().elections(season(ws)).stream().filter(e -> e.settings().title().equals(title))
                .findFirst().orElseThrow();
    }

    private static Path minutesOnly(Workspace ws, Path folder) {
        ws.reports().write("KTN", 2019, folder, new ReportService.Options(Set.of(ReportService.Document.MINUTES),
                null), ReportService.Progress.NONE);
        return folder.resolve("bien-ban-kiem-phieu-co-thi-dua-chinh-phu-2019.docx");
    }

    /** The sample's papers are typed when it is made, today, not on 11/12/2019: the hours stay blank. */
    @Test
    void minutesAreOfTheConferenceDayNotOfTheDayThePapersWereTyped(@TempDir Path dir) {
        try (Workspace ws = TestData.openSample(dir)) {
            String text = PackFiles.text(minutesOnly(ws, dir.resolve("out")));
            LocalDate typed = ws.elections().times(election(ws, "Cờ thi đua của Chính phủ").id())
                    .firstBallot().toLocalDate();

            assertThat(typed).isNotEqualTo(LocalDate.of(2019, 12, 11));
            assertThat(text).contains("Hôm nay, vào lúc …… giờ …… phút, ngày 11 tháng 12 năm 2019",
                    "Biên bản được thông qua lúc …… giờ …… phút, ngày 11 tháng 12 năm 2019")
                    .doesNotContain(VietnameseFormat.longDate(typed));
        }
    }

    /**
     * Counted on the conference day (a year of today's, since a conference day must lie near its
     * year): the hour of the first paper, and the hour of the close for the approval.
     */
    @Test
    void papersEnteredOnTheConferenceDayGiveTheHours(@TempDir Path dir) {
        try (Workspace ws = TestData.openSample(dir)) {
            var bloc = ws.blocs().requireBloc("KTN");
            int year = LocalDate.now().getYear();
            Season y = ws.blocs().season(bloc.id(), year).orElseGet(() -> ws.blocs().startYear(bloc.id(), year));
            long id = ws.elections().create(y, new ElectionService.Draft("Cờ thi đua của Chính phủ", 1,
                    ThresholdOperator.GT, BigDecimal.valueOf(50), Base.VALID, 3, null,
                    EligibilityRule.all(), false));
            ws.elections().enterBallot(id, "1");
            ws.elections().enterBallot(id, "1");
            ws.elections().enterBallot(id, "2");
            ws.elections().close(id);
            ElectionStore.Times times = ws.elections().times(id);
            LocalDate day = times.firstBallot().toLocalDate();
            ws.blocs().setConferenceDetails(y, ws.blocs().conferenceDetails(y).withHeading(day, "Hải Dương", ""));

            Path out = dir.resolve("out");
            ws.reports().write("KTN", year, out, new ReportService.Options(Set.of(ReportService.Document.MINUTES),
                    null), ReportService.Progress.NONE);
            String text = PackFiles.text(out.resolve("bien-ban-kiem-phieu-co-thi-dua-chinh-phu-" + year + ".docx"));

            assertThat(times.closed().toLocalDate()).as("closed the same day").isEqualTo(day);
            assertThat(text).contains(
                    "Hôm nay, vào lúc " + VietnameseFormat.time(times.firstBallot()) + ", " + VietnameseFormat.longDate(day),
                    "Biên bản được thông qua lúc " + VietnameseFormat.time(times.closed()) + ", "
                            + VietnameseFormat.longDate(day));
        }
    }
}
