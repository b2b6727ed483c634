package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.domain.voting.Ballot;
import vn.thidua.domain.voting.BallotKind;

class BallotCsvTest {

    private static final Map<String, Long> UNITS = Map.of("GTVT", 1L, "CT", 2L);

    @Test
    void readsMarksBlanksSpoiledAndUnknownCodes() {
        List<Ballot> b = BallotCsv.parse("ballot,approve\n2,CT;gtvt\n1,\n3,SPOILED\n4,ABC\n", UNITS, 1);
        assertThat(b).extracting(Ballot::number).containsExactly(1, 2, 3, 4);
        assertThat(b.get(0).approved()).isEmpty();
        assertThat(b.get(1).approved()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(b.get(2).kind()).isEqualTo(BallotKind.SPOILED);
        assertThat(b.get(3).unknownKeys()).containsExactly("ABC");
    }

    @Test
    void aBadFileIsRefusedWholeNamingEveryLine() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> BallotCsv.parse("ballot,approve\n1,CT\nx,CT\n1,GTVT\n4,CT,GTVT\n5,CT\n", UNITS, 1));
        String text = Texts.vietnamese().all(e.problems());
        assertThat(text).contains("Dòng 3: số phiếu “x”").contains("Dòng 4: phiếu số 1 lặp lại (đã có ở dòng 2)")
                .contains("Dòng 5: cần đúng hai cột").contains("Thiếu phiếu số [2, 3, 4]");
    }

    @Test
    void aMissingHeaderIsRefused() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> BallotCsv.parse("1,CT\n", UNITS, 1));
        assertThat(Texts.vietnamese().all(e.problems())).contains("ballot,approve");
    }
}
