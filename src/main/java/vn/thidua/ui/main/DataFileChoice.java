package vn.thidua.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import vn.thidua.app.DataLocation;
import vn.thidua.ui.common.Session;

/**
 * "Mở tệp dữ liệu…" (Cài đặt, or Ctrl+Shift+O, "open"): a ThiDua data file chosen on this computer; the way back
 * from a server's database to a file, and from one file to another.
 */
public final class DataFileChoice {

    static final KeyCombination KEY = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** A test's own chooser (a {@code Supplier<Optional<Path>>} in the window's properties) instead of the system's. */
    public static final String CHOOSER = "thidua.dataFileChooser";

    private DataFileChoice() {
    }

    @SuppressWarnings("unchecked")
    static Optional<Path> ask(Stage stage, Session session) {
        if (stage.getProperties().get(CHOOSER) instanceof Supplier<?> own) {
            return ((Supplier<Optional<Path>>) own).get();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(session.t("file.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ThiDua (*" + DataLocation.H2_SUFFIX + ")",
                "*" + DataLocation.H2_SUFFIX));
        // Where the file open now is; on a server, where the user's own data file is kept.
        File folder = session.documentsBeside().toAbsolutePath().getParent().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return Optional.ofNullable(chooser.showOpenDialog(stage)).map(File::toPath);
    }
}
