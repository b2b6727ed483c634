package vn.thidua.ui.elections;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.domain.voting.ThresholdLevel;

/** The election form takes a threshold as a fraction of the base ("2/3") as well as a percentage. */
class ThresholdScreenTest extends ElectionsScreenFixture {

    @Test
    void twoThirdsTypedOnTheFormIsStoredAsAFractionAndShownAsWritten() throws Exception {
        ui.press("#electionsTable", KeyCode.INSERT);
        ui.write("Bằng khen hai phần ba");
        ui.press("#excludePutForward", KeyCode.SPACE);
        assertThat(ui.text("#thresholdLevelOf")).isEqualTo("% của");
        ui.fill("#thresholdPercent", "2/3");
        assertThat(ui.text("#thresholdLevelOf")).isEqualTo("của");

        ui.ctrl(KeyCode.S);

        StoredElection created = ui.latestElection();
        assertThat(created.settings().title()).isEqualTo("Bằng khen hai phần ba");
        assertThat(created.settings().level()).isEqualTo(ThresholdLevel.fraction(2, 3));
        assertThat(ui.text("#tallyThreshold")).contains("> 2/3").doesNotContain("%");
        assertThat(ui.text("#tallyRule")).contains("trên 2/3 số phiếu hợp lệ");
    }

    @Test
    void aThresholdNobodyCouldMeetIsRefusedOnTheForm() throws Exception {
        ui.press("#electionsTable", KeyCode.INSERT);
        ui.write("Không ai đạt");
        ui.fill("#thresholdPercent", "100");
        ui.ctrl(KeyCode.S);
        assertThat(ui.text("#electionError")).contains("không ai đạt được");
    }
}
