package vn.thidua.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.app.Workspace;
import vn.thidua.testing.FxHarness;
import vn.thidua.testing.TestData;
import vn.thidua.ui.common.Session;

/**
 * The main window takes over the start-up scene (one window-sized buffer, one CSS set-up) and
 * gets a scene of its own when it is built again, as after a change of password.
 */
@ExtendWith(ApplicationExtension.class)
class StartSceneTest {

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
    }

    @Test
    void theFirstMainWindowTakesOverTheStartSceneAndALaterOneGetsItsOwn() throws Exception {
        try (Workspace ws = TestData.openSample(dir)) {
            Stage stage = FxToolkit.registerPrimaryStage();
            AtomicReference<Scene> start = new AtomicReference<>();
            AtomicReference<Scene> first = new AtomicReference<>();
            AtomicReference<Scene> second = new AtomicReference<>();
            AtomicReference<Session> session = new AtomicReference<>();
            FxToolkit.setupFixture(() -> {
                start.set(MainWindow.startScene(new StackPane(new Label("Đang mở dữ liệu …"))));
                stage.setScene(start.get());
                stage.show();
                session.set(FxHarness.session(ws, dir.resolve("prefs.properties"), stage));
                new MainWindow(stage, session.get());
                first.set(stage.getScene());
            });
            FxHarness.waitIdle(session.get());
            assertThat(first.get()).isSameAs(start.get());
            assertThat(first.get().lookup("#mainWindow")).isNotNull();
            assertThat(first.get().getStylesheets()).hasSize(1);

            FxToolkit.setupFixture(() -> {
                new MainWindow(stage, session.get());
                second.set(stage.getScene());
            });
            FxHarness.waitIdle(session.get());
            assertThat(second.get()).isNotSameAs(first.get());
            assertThat(second.get().lookup("#mainWindow")).isNotNull();
            assertThat(second.get().getStylesheets()).hasSize(1);
        }
    }

    @Test
    void theFirstMainWindowComesIntoTheSceneWithTheYearsRowsAndTheKeyboardInItsScreen() throws Exception {
        try (Workspace ws = TestData.openSample(dir)) {
            Stage stage = FxToolkit.registerPrimaryStage();
            AtomicReference<Session> session = new AtomicReference<>();
            AtomicReference<Integer> rowsWhenShown = new AtomicReference<>();
            AtomicReference<Scene> scene = new AtomicReference<>();
            FxToolkit.setupFixture(() -> {
                scene.set(MainWindow.startScene(new StackPane(new Label("Đang mở dữ liệu …"))));
                scene.get().rootProperty().addListener((o, a, b) -> {
                    if (rowsWhenShown.get() == null && b.lookup("#unitsTable") instanceof TableView<?> t) {
                        rowsWhenShown.set(t.getItems().size());
                    }
                });
                stage.setScene(scene.get());
                stage.show();
                session.set(FxHarness.session(ws, dir.resolve("prefs.properties"), stage));
                new MainWindow(stage, session.get());
            });
            FxHarness.waitIdle(session.get());
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> table = (TableView<?>) scene.get().lookup("#unitsTable");
            assertThat(table.getItems()).isNotEmpty();
            assertThat(rowsWhenShown.get()).as("rows in the units table when the main window came in")
                    .isEqualTo(table.getItems().size());
            Node focus = scene.get().getFocusOwner();
            assertThat(focus).isNotNull();
            assertThat(isInside(focus, scene.get().lookup("#unitsScreen"))).as("focus %s", focus).isTrue();
            // The units screen's side forms are not in the first frame: they are made when first asked for.
            assertThat(scene.get().lookup("#unitForm")).isNull();
            assertThat(scene.get().lookup("#reorgForm")).isNull();
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
