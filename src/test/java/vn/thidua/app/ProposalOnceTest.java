package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.ReportService.Document;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.PackFiles;
import vn.thidua.testing.TestData;

/** A title voted twice in a year (confirmed on purpose): the proposal still puts each unit forward once. */
class ProposalOnceTest {

    @TempDir
    Path dir;
    Workspace ws;
    Season y2019;

    @BeforeEach
    void open() {
        ws = TestData.openSample(dir);
        y2019 = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aSecondElectionForTheSameTitleIsRefusedUnlessMeantAndItsUnitIsProposedOnce() {
        String title = SampleBloc.ELECTIONS.get(0)[0];
        List<Long> ids = List.of("GTVT", "CT").stream()
                .map(c -> ws.blocs().memberByCode(y2019, c).orElseThrow().id()).toList();
        ElectionService.Draft draft = new ElectionService.Draft(" " + title.toUpperCase(new Locale("vi")) + " ",
                1, ThresholdOperator.GT, BigDecimal.valueOf(50), Base.VALID, 2, ids, null, false);
        ValidationException refused = Assertions.catchThrowableOfType(ValidationException.class,
                () -> ws.elections().create(y2019, draft));
        assertThat(Texts.vietnamese().all(refused.problems())).isEqualTo("Năm 2019 đã có cuộc bầu “" + title + "”.");

        long again = ws.elections().create(y2019, draft, true);
        ws.elections().enterBallot(again, "1");
        ws.elections().enterBallot(again, "1");
        ws.elections().close(again);
        assertThat(ws.elections().finalOutcome(again).elected())
                .containsExactly(ws.blocs().memberByCode(y2019, "GTVT").orElseThrow().id());

        ws.reports().write("KTN", 2019, dir.resolve("out"), new ReportService.Options(Set.of(Document.PROPOSAL), null),
                ReportService.Progress.NONE);
        List<List<String>> rows = PackFiles.rows(dir.resolve("out/to-trinh-khen-thuong-2019.docx"), "Tên đơn vị");
        assertThat(rows.stream().filter(r -> r.contains("Sở Giao thông Vận tải")).count()).isEqualTo(1);
        assertThat(PackFiles.text(dir.resolve("out/to-trinh-khen-thuong-2019.docx")).split(title, -1).length - 1)
                .as("the title named once").isEqualTo(1);
    }
}
