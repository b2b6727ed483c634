package vn.thidua.ui.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import vn.thidua.app.ScoringService.ScoreboardData;
import vn.thidua.app.Texts;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.scoring.ClassificationBands;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.Sample2019Scoring;
import vn.thidua.domain.scoring.Score;
import vn.thidua.domain.scoring.Scoreboard;
import vn.thidua.domain.scoring.ScoringTable;
import vn.thidua.domain.scoring.UnitRef;
import vn.thidua.ui.print.Snapshots;

/** The projected scoreboard fits the projector's screen, in type the back of the room can read. */
@ExtendWith(ApplicationExtension.class)
class ScoreboardProjectionTest {

    private static final List<String> NAMES = List.of("Sở Giao thông Vận tải", "Sở Công Thương",
            "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường", "Sở Xây dựng",
            "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông", "Ban Quản lý các khu công nghiệp",
            "Sở Lao động – Thương binh và Xã hội", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Cục Thuế tỉnh",
            "Sở Văn hóa, Thể thao và Du lịch", "Kho bạc Nhà nước tỉnh", "Ngân hàng Nhà nước – Chi nhánh tỉnh");

    static ScoreboardData board(int units) {
        ScoringTable table = Sample2019Scoring.table();
        List<UnitRef> refs = new ArrayList<>();
        List<Unit> members = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            refs.add(new UnitRef(i + 1, NAMES.get(i)));
            members.add(new Unit(i + 1, 1, "U" + i, NAMES.get(i), "", true));
            for (Criterion c : table.criteria()) {
                BigDecimal share = c.isRegular() ? new BigDecimal("0.8").add(new BigDecimal(i % 5).multiply(new BigDecimal("0.05")))
                        : BigDecimal.ZERO;
                scores.add(new Score(i + 1, c.id(), null, c.max().multiply(share), ""));
            }
        }
        return new ScoreboardData(new Season(1, 1, 2019, null, null), table, ClassificationBands.defaults(), members,
                Scoreboard.compute(table, refs, scores, ClassificationBands.defaults()));
    }

    private static List<String> texts(ScoreboardProjection projection, String selector) {
        return projection.node().lookupAll(selector).stream().map(n -> ((Label) n).getText()).toList();
    }

    @ParameterizedTest
    @CsvSource({"1024, 768, 8", "1024, 768, 15", "1920, 1080, 8", "1920, 1080, 15"})
    void theBoardFitsTheScreenInLargeType(int width, int height, int units, FxRobot robot) {
        robot.interact(() -> {
            ScoreboardData data = board(units);
            ScoreboardProjection projection = new ScoreboardProjection(data, Texts.vietnamese());
            StackPane screen = new StackPane(projection.node());
            new Scene(screen, width, height);
            screen.applyCss();
            screen.layout();
            Node board = projection.node().lookup(".projection-board");
            Bounds onScreen = board.localToScene(board.getLayoutBounds());
            assertThat(onScreen.getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(onScreen.getMinY()).isGreaterThanOrEqualTo(0);
            assertThat(onScreen.getMaxX()).isLessThanOrEqualTo(width);
            assertThat(onScreen.getMaxY()).isLessThanOrEqualTo(height);
            assertThat(projection.node().lookupAll(".projection-unit")).hasSize(units);
            // A unit's name stands at least 2.7 % of the screen's height: about 20 px on 768 lines.
            Label unit = (Label) projection.node().lookup(".projection-unit");
            Bounds name = unit.localToScene(unit.getLayoutBounds());
            assertThat(name.getHeight()).isGreaterThan(height * 0.027);
            Snapshots.save(screen, "projection-" + width + "x" + height + "-" + units);

            // What the room reads: the year's title, every unit in the scoreboard's order, totals never rising.
            assertThat(texts(projection, ".projection-title")).containsExactly("BẢNG ĐIỂM THI ĐUA NĂM 2019");
            List<String> shown = texts(projection, ".projection-unit");
            assertThat(shown).containsExactlyElementsOf(data.rows().stream().map(r -> r.unitName()).toList());
            // Unit i scores 80 % + 5 % × (i mod 5) of each criterion: the fifth, tenth, fifteenth lead.
            assertThat(shown.get(0)).isIn(NAMES.get(4), NAMES.get(9), NAMES.get(14));
            assertThat(texts(projection, ".projection-rank")).first().isEqualTo("1");
            List<BigDecimal> totals = texts(projection, ".projection-total").stream()
                    .map(t -> new BigDecimal(t.replace(" *", "").replace(".", "").replace(',', '.'))).toList();
            assertThat(totals).hasSize(units).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(texts(projection, ".projection-class")).hasSize(units).allSatisfy(c -> assertThat(c).isNotBlank());
        });
    }
}
