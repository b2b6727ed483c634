package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.CriterionKind;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.DataSnapshot;
import vn.thidua.testing.TestData;

/** Every text the window or the command line writes is held to its column's length before it reaches the database. */
class TextLengthsTest {

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

    private String refusal(Runnable write) {
        String before = DataSnapshot.of(ws);
        ValidationException e = catchThrowableOfType(ValidationException.class, write::run);
        assertThat(e).as("refused before the database").isNotNull();
        assertThat(DataSnapshot.of(ws)).isEqualTo(before);
        return Texts.vietnamese().all(e.problems());
    }

    @Test
    void scoringTextsOverTheirColumnsAreRefusedNamingTheFieldAndTheLimit() {
        Criterion c = ws.scoring().table(y2019).criterionByCode("1.1").orElseThrow();
        long gtvt = ws.blocs().memberByCode(y2019, "GTVT").orElseThrow().id();

        assertThat(refusal(() -> ws.scoring().saveGroup(y2019, new CriterionGroup("IX", "Nhóm ".repeat(61), 9))))
                .contains("Tên nhóm tiêu chí dài quá 300 ký tự (đang có 304)");
        assertThat(refusal(() -> ws.scoring().saveCriterion(y2019, c.groupCode(), 0, "9.9", "Tiêu chí ".repeat(56), "10",
                CriterionKind.REGULAR, 99))).contains("Tên tiêu chí dài quá 500 ký tự");
        assertThat(refusal(() -> ws.scoring().enterScore(y2019, gtvt, c.id(), "1", "1", "Ghi chú ".repeat(126))))
                .contains("Ghi chú dài quá 1000 ký tự (đang có 1007)");
        assertThat(refusal(() -> ws.scoring().saveIndicator(y2019, 0, gtvt, "Giá trị sản xuất", "tỷ đồng ".repeat(8),
                "1", "1", "1", ""))).contains("Đơn vị tính dài quá 60 ký tự");
    }

    @Test
    void aReasonForCorrectingAPaperOverItsColumnIsRefused() {
        List<Long> ids = List.of(ws.blocs().memberByCode(y2019, "GTVT").orElseThrow().id(),
                ws.blocs().memberByCode(y2019, "CT").orElseThrow().id());
        long id = ws.elections().create(y2019, new ElectionService.Draft("Thử", 1, ThresholdOperator.GT,
                BigDecimal.valueOf(50), Base.VALID, 3, ids, null, false));
        ws.elections().enterBallot(id, "1");

        assertThat(refusal(() -> ws.elections().correctBallot(id, 1, "2", "Đọc nhầm ".repeat(60))))
                .contains("Lý do dài quá 500 ký tự");
    }
}
