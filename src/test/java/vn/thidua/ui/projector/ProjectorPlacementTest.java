package vn.thidua.ui.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Where the projector window goes, for the screens a laptop may report. */
class ProjectorPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1366, 0, 1024, 768);
    private static final Rectangle2D TV = new Rectangle2D(-1920, 0, 1920, 1080);

    @Test
    void aSecondScreenGetsTheProjectorFullScreen() {
        ProjectorPlacement p = ProjectorPlacement.choose(List.of(LAPTOP, PROJECTOR), LAPTOP, Optional.empty());
        assertThat(p.fullScreen()).isTrue();
        assertThat(p.bounds()).isEqualTo(PROJECTOR);
        assertThat(p.screenIndex()).isEqualTo(2);
        assertThat(p.key()).isEqualTo("1366,0,1024,768");
    }

    @Test
    void aloneTheLaptopShowsTheProjectorAsAWindowInsideItsScreen() {
        ProjectorPlacement p = ProjectorPlacement.choose(List.of(LAPTOP), LAPTOP, Optional.of("1366,0,1024,768"));
        assertThat(p.fullScreen()).isFalse();
        assertThat(LAPTOP.contains(p.bounds())).isTrue();
        assertThat(p.bounds().getWidth() / p.bounds().getHeight()).isCloseTo(4.0 / 3, Offset.offset(0.01));
        assertThat(p.key()).isEmpty();
    }

    @Test
    void theRememberedScreenWinsAndIsFoundAgainAtAnotherResolution() {
        List<Rectangle2D> three = List.of(LAPTOP, PROJECTOR, TV);
        assertThat(ProjectorPlacement.choose(three, LAPTOP, Optional.of("-1920,0,1920,1080")).bounds()).isEqualTo(TV);
        Rectangle2D projectorAt1280 = new Rectangle2D(1366, 0, 1280, 1024);
        assertThat(ProjectorPlacement.choose(List.of(LAPTOP, projectorAt1280), LAPTOP, Optional.of("1366,0,1024,768"))
                .bounds()).isEqualTo(projectorAt1280);
        assertThat(ProjectorPlacement.choose(three, LAPTOP, Optional.of("garbage")).bounds()).isEqualTo(PROJECTOR);
    }

    @Test
    void theNextScreenGoesRoundTheSecondScreensOnly() {
        List<Rectangle2D> three = List.of(LAPTOP, PROJECTOR, TV);
        assertThat(ProjectorPlacement.nextScreenKey(three, LAPTOP, Optional.of("1366,0,1024,768"))).contains("-1920,0,1920,1080");
        assertThat(ProjectorPlacement.nextScreenKey(three, LAPTOP, Optional.of("-1920,0,1920,1080"))).contains("1366,0,1024,768");
        assertThat(ProjectorPlacement.nextScreenKey(List.of(LAPTOP), LAPTOP, Optional.empty())).isEmpty();
    }

    @Test
    void theLaptopIsNeverTheProjectorEvenWhenListedSecond() {
        ProjectorPlacement p = ProjectorPlacement.choose(List.of(PROJECTOR, LAPTOP), LAPTOP, Optional.empty());
        assertThat(p.bounds()).isEqualTo(PROJECTOR);
        assertThat(p.screenIndex()).isEqualTo(1);
    }

    @Test
    void aloneTheLaptopShowsASmallWindowInTheChosenCornerFirstBottomLeft() {
        Set<Rectangle2D> seen = new HashSet<>();
        ProjectorPlacement.Corner c = ProjectorPlacement.Corner.BOTTOM_LEFT;
        for (int i = 0; i < 4; i++, c = c.next()) {
            Rectangle2D b = ProjectorPlacement.choose(List.of(LAPTOP), LAPTOP, Optional.empty(), c).bounds();
            assertThat(LAPTOP.contains(b)).as(c.name()).isTrue();
            assertThat(b.getWidth()).isLessThanOrEqualTo(LAPTOP.getWidth() / 4);
            seen.add(b);
        }
        assertThat(seen).hasSize(4);
        assertThat(c).isEqualTo(ProjectorPlacement.Corner.BOTTOM_LEFT);
        Rectangle2D first = ProjectorPlacement.choose(List.of(LAPTOP), LAPTOP, Optional.empty()).bounds();
        assertThat(first.getMinX()).isLessThan(LAPTOP.getWidth() / 2);
        assertThat(first.getMinY()).isGreaterThan(LAPTOP.getHeight() / 2);
        assertThat(ProjectorPlacement.Corner.parse("nonsense")).isEqualTo(ProjectorPlacement.Corner.BOTTOM_LEFT);
    }
}
