package vn.thidua.ui.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.thidua.app.ElectionService;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.testing.TestData;

/** A district bloc of 34 members counted on screen: keys 1–9, then A–Z without H. */
class ManyCandidatesScreenTest extends ElectionsScreenFixture {

    Season year;

    @Override
    Workspace openData(Path folder) {
        Workspace ws = TestData.open(folder);
        Bloc b = ws.blocs().addBloc("HUYEN", "Khối thi đua các huyện");
        year = ws.blocs().startYear(b.id(), 2025);
        for (int i = 1; i <= 34; i++) {
            ws.blocs().addUnit(year, new UnitDraft(String.format("U%02d", i), String.format("Huyện số %02d", i), ""));
        }
        return ws;
    }

    @Override
    String blocCode() {
        return "HUYEN";
    }

    @Override
    int year() {
        return 2025;
    }

    private void startAllMembers(String title) throws Exception {
        ui.press("#electionsTable", KeyCode.INSERT);
        ui.write(title);
        ui.press("#candidateChoice", KeyCode.UP);
        assertThat(ui.comboText("#candidateChoice")).isEqualTo("Tất cả đơn vị thành viên");
        ui.ctrl(KeyCode.S);
    }

    @Test
    void thirtyFourCandidatesAreCountedWithTheirKeysAndTheThirtyFifthIsRefusedOnScreen(FxRobot robot) throws Exception {
        ui.key(KeyCode.F5);
        startAllMembers("Cờ thi đua");
        StoredElection e = ws.elections().elections(year).get(0);
        assertThat(e.settings().candidates()).hasSize(34);
        assertThat(ui.projector("#projectorKey-Z")).isEqualTo("Z");
        assertThat(ui.projector("#projectorName-Z")).isEqualTo(e.settings().candidates().get(33).name());
        assertThat(ui.projectorHas("#projectorKey-H")).isFalse();
        assertThat(ui.projector("#projectorName-G")).isEqualTo(e.settings().candidates().get(15).name());
        assertThat(ui.projector("#projectorName-I")).isEqualTo(e.settings().candidates().get(16).name());

        // The echo before Enter and the count after use the same keys.
        robot.write("Z");
        ui.idle();
        assertThat(ui.text("#ballotEcho")).isEqualTo("Z " + e.settings().candidates().get(33).name());
        ui.key(KeyCode.ENTER);
        ui.ballot("G");
        ui.ballot("I");
        ui.ballot("GI");
        ui.ballot("H");
        assertThat(ui.projector("#projectorVotes-Z")).isEqualTo("1");
        assertThat(ui.projector("#projectorVotes-G")).isEqualTo("1");
        assertThat(ui.projector("#projectorVotes-I")).isEqualTo("1");
        assertThat(ui.text("#countInvalid")).isEqualTo("2"); // GI: two marks for one seat; H: spoiled
        var s = e.settings();
        assertThat(ws.elections().ballots(e.id())).extracting(b -> ElectionService.describe(s, b))
                .containsExactly("Z", "G", "I", "GI", "H");

        // A 35th member: the list no longer fits the keys, refused before anything is created.
        ws.blocs().addUnit(year, new UnitDraft("U35", "Huyện số 35", ""));
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        ui.idle();
        startAllMembers("Bằng khen");
        assertThat(ui.text("#electionError")).startsWith("Danh sách có 35 đơn vị; kiểm phiếu trên màn hình được nhiều nhất 34");
        assertThat(ws.elections().elections(year)).hasSize(1);
    }
}
