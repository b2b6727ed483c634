package vn.thidua.ui.main;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.thidua.app.AppException;
import vn.thidua.app.DataLocation;
import vn.thidua.ui.common.Session;

/**
 * "Mở cơ sở dữ liệu trên máy chủ…" (Ctrl+Shift+M, "máy chủ"): server, port, database, user and password,
 * or one of the servers opened lately (remembered without their password). Gives the server and the
 * password typed; the window's owner ({@code Gui}) closes the data open now and opens that one.
 */
final class ServerDialog {

    static final KeyCombination KEY = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final int DEFAULT_PORT = 5432;

    /** The server chosen, and the password typed (null when none was). */
    record Choice(DataLocation.Server server, char[] password) {
    }

    private ServerDialog() {
    }

    static Optional<Choice> ask(Window owner, Session session, List<DataLocation.Server> recent) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(session.t("server.open.title"));
        TextField host = field("serverHost", "localhost");
        TextField port = field("serverPort", String.valueOf(DEFAULT_PORT));
        port.setPrefColumnCount(6);
        TextField database = field("serverDatabase", "thidua");
        TextField user = field("serverUser", "");
        PasswordField password = new PasswordField();
        password.setId("serverPassword");
        Label error = new Label();
        error.setId("serverError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(460);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        if (!recent.isEmpty()) {
            ChoiceBox<DataLocation.Server> recentChoice = new ChoiceBox<>();
            recentChoice.setId("serverRecent");
            recentChoice.getItems().setAll(recent);
            recentChoice.setConverter(new StringConverter<>() {
                @Override
                public String toString(DataLocation.Server s) {
                    return s == null ? "" : Session.where(session.texts(), s);
                }

                @Override
                public DataLocation.Server fromString(String s) {
                    return null;
                }
            });
            recentChoice.valueProperty().addListener((o, a, s) -> fill(s, host, port, database, user));
            recentChoice.setValue(recent.get(0));
            grid.addRow(row++, label(session.t("server.open.recent"), recentChoice), recentChoice);
        }
        grid.addRow(row++, label(session.t("server.open.host"), host), host);
        grid.addRow(row++, label(session.t("server.open.port"), port), port);
        grid.addRow(row++, label(session.t("server.open.database"), database), database);
        grid.addRow(row++, label(session.t("server.open.user"), user), user);
        grid.addRow(row++, label(session.t("server.open.password"), password), password);
        grid.add(new Label(session.t("server.open.hint")), 0, row++, 2, 1);
        grid.add(error, 0, row, 2, 1);
        d.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(session.t("server.open.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(session.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).setId("serverOpen");
        Choice[] made = new Choice[1];
        d.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                made[0] = new Choice(server(host.getText(), port.getText(), database.getText(), user.getText()),
                        password.getText().isEmpty() ? null : password.getText().toCharArray());
            } catch (AppException bad) {
                error.setText(session.t(bad.key(), bad.args().toArray()));
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ok ? made[0] : null);
        // After the dialog has put the keyboard on its default button.
        d.setOnShown(e -> Platform.runLater((recent.isEmpty() ? host : password)::requestFocus));
        return d.showAndWait();
    }

    /** The server the fields name, checked as {@code --db jdbc:postgresql://…} is. */
    static DataLocation.Server server(String host, String port, String database, String user) {
        String h = host.trim();
        String p = port.trim();
        String db = database.trim();
        if (h.isEmpty() || db.isEmpty() || !p.matches("[0-9]{0,5}")) {
            throw new AppException("server.open.error.fields");
        }
        String url = "jdbc:postgresql://" + h + (p.isEmpty() ? "" : ":" + p) + "/" + db;
        DataLocation.Server parsed = (DataLocation.Server) DataLocation.parse(url, k -> null);
        String u = user.trim();
        return new DataLocation.Server(parsed.url(), u.isEmpty() ? null : u, null);
    }

    private static void fill(DataLocation.Server s, TextField host, TextField port, TextField database, TextField user) {
        if (s == null) {
            return;
        }
        Matcher m = DataLocation.POSTGRESQL_URL.matcher(s.url());
        if (m.matches()) {
            host.setText(m.group(1));
            port.setText(m.group(2) == null ? String.valueOf(DEFAULT_PORT) : m.group(2));
            database.setText(m.group(3));
        }
        user.setText(s.user() == null ? "" : s.user());
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(24);
        return f;
    }

    /** A label whose mnemonic (the underlined letter, Alt+letter) takes the keyboard to its field. */
    private static Label label(String text, Node field) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        return l;
    }
}
