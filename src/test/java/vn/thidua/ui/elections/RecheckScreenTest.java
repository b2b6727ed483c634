package vn.thidua.ui.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.SampleBloc;
import vn.thidua.domain.voting.TallyResult;
import vn.thidua.ui.elections.ElectionsUi.Paper;

/**
 * Blind double entry from the keyboard: a second operator re-types the sample's papers without
 * seeing the first entry, one of them wrong, and the comparison names that paper by its number.
 */
class RecheckScreenTest extends ElectionsScreenFixture {

    @Test
    void theSecondOperatorRetypesThePapersBlindAndTheOneMisreadIsNamedByNumber(FxRobot robot) throws Exception {
        StoredElection flag = ws.elections().elections(ui.year2019()).get(0);
        TallyResult before = ws.elections().tally(flag.id());
        List<Paper> papers = ElectionsUi.papers(SampleBloc.ELECTIONS.get(0)[2]);
        Map<String, String> keys = ElectionsUi.keysByCode(flag);

        // Ctrl+5 then Ctrl+D: the first election of the year is selected as soon as the list is in.
        ui.ctrl(KeyCode.D);
        assertThat(ui.text("#recheckHeading")).isEqualTo("Nhập lần 2 (đối chiếu) – " + flag.settings().title());
        assertThat(robot.lookup("#recheckKeys").query().isFocused()).isTrue();
        assertThat(robot.lookup("#recheckNumber").queryTextInputControl().getText()).isEqualTo("1");
        // Blind: nothing of the first entry is on the page.
        assertThat(robot.lookup("#recheckList").queryAs(ListView.class).getItems()).isEmpty();
        assertThat(robot.lookup("#recheckDifferences").queryAs(TableView.class).getItems()).isEmpty();

        int misread = 4;
        String wrong = null;
        for (int i = 0; i < papers.size(); i++) {
            String typed = ElectionsUi.keysFor(papers.get(i), keys);
            if (i + 1 == misread) {
                wrong = typed.equals("2") ? "3" : "2";
                typed = wrong;
            }
            ui.write(typed);
            ui.key(KeyCode.ENTER);
            assertThat(robot.lookup("#recheckNumber").queryTextInputControl().getText())
                    .as("the number moves on by itself").isEqualTo(String.valueOf(i + 2));
        }
        assertThat(robot.lookup("#recheckList").queryAs(ListView.class).getItems()).hasSize(papers.size());

        ui.ctrl(KeyCode.D);

        @SuppressWarnings("unchecked")
        TableView<RecheckViewModel.DifferenceRow> diffs = robot.lookup("#recheckDifferences").queryAs(TableView.class);
        assertThat(diffs.getItems()).extracting(RecheckViewModel.DifferenceRow::number).containsExactly(misread);
        assertThat(diffs.getItems().get(0).second()).startsWith(wrong + " ");
        assertThat(ui.text("#recheckSummary")).isEqualTo("1 phiếu khác nhau giữa hai lần nhập (khớp: "
                + (papers.size() - 1) + " phiếu). Hãy đọc lại các phiếu dưới đây; sửa lần nhập thứ nhất ở màn Kiểm phiếu"
                + " (Ctrl+R) nếu sai.");

        // The paper read again: its second entry typed anew under its number, and the entries agree.
        ui.fill("#recheckNumber", String.valueOf(misread));
        ui.key(KeyCode.TAB);
        ui.write(ElectionsUi.keysFor(papers.get(misread - 1), keys));
        ui.key(KeyCode.ENTER);
        assertThat(diffs.getItems()).as("compared again after each paper once compared").isEmpty();
        assertThat(ui.text("#recheckSummary")).isEqualTo("Các phiếu đã nhập lần 2 khớp với lần 1: " + papers.size()
                + " phiếu.");

        assertThat(ws.elections().tally(flag.id())).as("the count is untouched").isEqualTo(before);
        assertThat(ws.elections().verify(flag.id())).isTrue();

        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        ui.idle();
        assertThat(robot.lookup("#electionsTable").tryQuery()).as("Alt+Left: back to the list").isPresent();
    }
}
