package vn.thidua.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;

/**
 * The button "Nhập tệp của đơn vị…" (Alt+N) and the line of returns received, on Chỉ tiêu and Chấm điểm.
 * The file is chosen in the system's dialog; a test puts its own chooser in the button's properties
 * under {@link #CHOOSER} (a {@code Supplier<Optional<Path>>}), the one step a robot cannot drive.
 */
public final class UnitReturnBar {

    public static final String CHOOSER = "unitReturnChooser";

    private UnitReturnBar() {
    }

    public static Node create(UnitReturnsModel vm, Session session) {
        Button button = new Button(session.t("returns.button"));
        button.setId("importReturn");
        WritableOnly.buttons(session, button);
        button.setMnemonicParsing(true);
        button.setMinWidth(Button.USE_PREF_SIZE);
        // Reached by Alt+N; out of the Tab order so that a screen's first focus stays on its unit chooser.
        button.setFocusTraversable(false);
        button.setOnAction(e -> choose(button, session).ifPresent(vm::importFile));
        Label received = new Label();
        received.setId("returnsReceived");
        received.getStyleClass().add("hint");
        received.setWrapText(true);
        received.setMaxWidth(Double.MAX_VALUE);
        received.textProperty().bind(vm.receivedProperty());
        HBox.setHgrow(received, Priority.ALWAYS);
        HBox bar = new HBox(8, button, received);
        bar.setAlignment(Pos.CENTER_LEFT);
        vm.refresh();
        return bar;
    }

    @SuppressWarnings("unchecked")
    private static Optional<Path> choose(Button button, Session session) {
        Object own = button.getProperties().get(CHOOSER);
        if (own instanceof Supplier<?> s) {
            return ((Supplier<Optional<Path>>) s).get();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(session.t("returns.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        File f = chooser.showOpenDialog(button.getScene() == null ? null : button.getScene().getWindow());
        return Optional.ofNullable(f).map(File::toPath);
    }
}
