package vn.thidua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.ThiDua;
import vn.thidua.app.DataLocation;
import vn.thidua.app.Preferences;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.Score;
import vn.thidua.store.DataFileTool;
import vn.thidua.store.H2Recovery;
import vn.thidua.testing.PostgresServer;
import vn.thidua.ui.main.DataFileChoice;

/**
 * The window over a database on a real PostgreSQL server (issue 19): the sample's 2019 scoreboard, a
 * score typed in and found on the server, the password asked for when the server wants one, and the
 * data file's own actions (backup, restore, rehearsal) saying they are a file's, making nothing.
 */
@ExtendWith(ApplicationExtension.class)
class GuiServerTest {

    @TempDir
    Path dir;
    Gui gui;

    @AfterEach
    void close() throws Exception {
        GuiFixture.close(gui);
    }

    /** A new database on the test server holding the sample, made as {@code thidua sample} makes it. */
    private DataLocation.Server sampleOnServer(String url) {
        DataLocation.Server server = (DataLocation.Server) DataLocation.parse(url, k -> null);
        try (Workspace ws = ThiDua.open(server, null)) {
            assertThat(ws.sample().createIfEmpty()).isTrue();
        }
        return server;
    }

    /** The window as {@code thidua --db URL} starts it, its preferences (left off on KTN 2019) in the test's folder. */
    private Gui start(DataLocation.Server server) throws Exception {
        Path beside = dir.resolve("nguoi-dung.mv.db");
        Preferences.besideData(beside).put("lastBloc", SampleBloc.BLOC_CODE);
        Preferences.besideData(beside).put("lastYear", String.valueOf(SampleBloc.YEAR));
        FxToolkit.registerPrimaryStage();
        Gui g = new Gui(server, ThiDua::open, new H2Recovery(), new DataFileTool(), System.currentTimeMillis());
        g.serverPreferencesBeside(beside);
        FxToolkit.setupFixture(g::start);
        return g;
    }

    private static String databaseOf(String url) {
        String path = url.substring(0, url.indexOf('?'));
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Test
    void theWindowOpensOnTheServerShowsThe2019ScoreboardAndSavesAScoreThere(FxRobot robot) throws Exception {
        String url = PostgresServer.get().newDatabase("window");
        DataLocation.Server server = sampleOnServer(url);
        gui = start(server);
        GuiFixture.waitForTheYear(robot);

        assertThat(GuiFixture.chosenYear(robot))
                .isEqualTo(SampleBloc.YEAR);
        String db = databaseOf(url);
        // Where the data is: the server and its database, in the title bar and the status bar, no file path.
        Stage stage = (Stage) robot.lookup("#mainWindow").query().getScene().getWindow();
        assertThat(stage.getTitle()).contains("máy chủ 127.0.0.1:").contains("cơ sở dữ liệu " + db);
        assertThat(robot.lookup("#statusFile").queryAs(Label.class).getText())
                .startsWith("Dữ liệu trên máy chủ 127.0.0.1:").contains(db).doesNotContain("Tệp dữ liệu");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#scoreboardTable").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 8).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#scoreboardSummary").queryAs(Label.class).getText())
                .contains("7 Hoàn thành xuất sắc nhiệm vụ").contains("1 Hoàn thành tốt nhiệm vụ");

        // Ctrl+3, Alt+V, Down: the scores of Sở Công Thương; 16 typed as the bloc score of 1.1.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#bloc-1_1").tryQuery().isPresent());
        robot.press(KeyCode.ALT).type(KeyCode.V).release(KeyCode.ALT).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#scoreUnit").tryQuery()
                .map(n -> ((ComboBox<?>) n).getValue() instanceof Unit u && u.code().equals("CT")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#bloc-1_1").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("16", 0)
                .type(KeyCode.ENTER);

        // Read back by a second program's connection to the same database.
        try (Workspace other = ThiDua.open(server, null)) {
            Season y2019 = other.blocs().requireSeason(other.blocs().requireBloc(SampleBloc.BLOC_CODE), SampleBloc.YEAR);
            Unit ct = other.blocs().memberByCode(y2019, "CT").orElseThrow();
            Criterion c11 = other.scoring().table(y2019).criterionByCode("1.1").orElseThrow();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> other.scoring().scores(y2019).stream()
                    .filter(s -> s.unitId() == ct.id() && s.criterionId() == c11.id())
                    .map(Score::bloc).anyMatch(b -> b != null && b.compareTo(new BigDecimal("16")) == 0));
        }
        // Nothing of a data file was made: no data file, no backups folder, only the preferences.
        assertThat(filesIn(dir)).allMatch(name -> name.startsWith("thidua-preferences"));
    }

    @Test
    void aDataFilesActionsOnAServerSayTheyAreAFilesAndMakeNothing(FxRobot robot) throws Exception {
        DataLocation.Server server = sampleOnServer(PostgresServer.get().newDatabase("fileonly"));
        gui = start(server);
        GuiFixture.waitForTheYear(robot);

        robot.clickOn("#settingsButton");
        robot.clickOn("#backupNow");
        assertFileOnlyNoticeThenClose(robot);

        robot.clickOn("#settingsButton");
        assertThat(robot.lookup("#restoreBackup").queryButton().isDisabled()).isFalse();
        robot.clickOn("#restoreBackup");
        assertFileOnlyNoticeThenClose(robot);

        robot.clickOn("#settingsButton");
        robot.clickOn("#changePassword");
        assertFileOnlyNoticeThenClose(robot);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertFileOnlyNoticeThenClose(robot);

        assertThat(robot.lookup("#rehearsalBand").queryAs(Label.class).isVisible()).isFalse();
        assertThat(gui.openWorkspace().backups().automaticIfDue()).as("no automatic backup on a server").isFalse();
        assertThat(filesIn(dir)).allMatch(name -> name.startsWith("thidua-preferences"));
    }

    private static void assertFileOnlyNoticeThenClose(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-information").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#dialog-information").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).contains("chỉ dùng cho tệp dữ liệu").contains("pg_dump");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-information").tryQuery().isEmpty());
    }

    /**
     * On a server that wants a password (a role of its own with scram-sha-256 in pg_hba.conf) and none
     * given, the window asks; a wrong one is said and asked again; the right one opens the bloc.
     */
    @Test
    void theWindowAsksForTheServersPasswordAgainAfterAWrongOne(FxRobot robot) throws Exception {
        PostgresServer pg = PostgresServer.get();
        String role = "thuky_" + ProcessHandle.current().pid();
        String url = pg.newDatabase("password");
        String db = databaseOf(url);
        try (Connection admin = DriverManager.getConnection(pg.urlOf("postgres"));
             Statement s = admin.createStatement()) {
            s.execute("drop role if exists " + role);
            s.execute("create role " + role + " login password 'mat-khau-dung'");
            s.execute("alter database " + db + " owner to " + role);
            Path hba;
            try (ResultSet r = s.executeQuery("show hba_file")) {
                r.next();
                hba = Path.of(r.getString(1));
            }
            Assumptions.assumeTrue(Files.isWritable(hba),
                    "the test server's pg_hba.conf cannot be changed here: " + hba);
            String rule = "host all " + role + " 127.0.0.1/32 scram-sha-256\n";
            Files.writeString(hba, rule + Files.readString(hba));
            try (ResultSet r = s.executeQuery("select pg_reload_conf()")) {
                r.next();
            }
        }
        String base = url.substring(0, url.indexOf('?'));
        sampleOnServer(base + "?user=" + role + "&password=mat-khau-dung");
        DataLocation.Server server = (DataLocation.Server) DataLocation.parse(base + "?user=" + role, k -> null);
        assertThat(server.password()).isNull();

        gui = start(server);
        DialogPane ask = waitForPasswordDialog(robot);
        assertThat(labels(ask)).anyMatch(t -> t.contains("cần mật khẩu của người dùng " + role));
        assertThat(((Stage) ask.getScene().getWindow()).getTitle()).isEqualTo("Mật khẩu tài khoản máy chủ");
        robot.clickOn(field(ask)).write("sai-roi", 0);
        robot.clickOn(ask.lookup("#passwordOk"));

        // A new dialog (the first one closed), saying the password was not accepted.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#passwordField").queryAll().stream()
                .map(GuiServerTest::paneOf).anyMatch(p -> p != ask && p.getScene().getWindow().isShowing()
                        && labels(p).stream().anyMatch(t -> t.contains("không nhận mật khẩu"))));
        DialogPane again = robot.lookup("#passwordField").queryAll().stream().map(GuiServerTest::paneOf)
                .filter(p -> p != ask && p.getScene().getWindow().isShowing()).findFirst().orElseThrow();
        robot.clickOn(field(again)).write("mat-khau-dung", 0);
        robot.clickOn(again.lookup("#passwordOk"));

        GuiFixture.waitForTheYear(robot);
        assertThat(GuiFixture.chosenYear(robot))
                .isEqualTo(SampleBloc.YEAR);
        assertThat(gui.openWorkspace().location()).isInstanceOf(DataLocation.Server.class);
        // The password was never written down: not in the preferences beside the user's data.
        for (String name : filesIn(dir)) {
            assertThat(Files.readString(dir.resolve(name))).doesNotContain("mat-khau-dung").doesNotContain("sai-roi");
        }
    }

    /**
     * From a data file's window, Ctrl+Shift+M and the keyboard alone: the server's fields, Enter; the same
     * window is then on the server, which the recent list keeps (without the password) for the next time.
     * A server that cannot be reached is said, and the file is opened again.
     */
    @Test
    void aServerIsOpenedFromTheWindowByKeyboardAndRemembered(FxRobot robot) throws Exception {
        String url = PostgresServer.get().newDatabase("chosen");
        sampleOnServer(url);
        String db = databaseOf(url);
        Matcher m = DataLocation.POSTGRESQL_URL.matcher(url);
        assertThat(m.matches()).isTrue();
        String user = url.substring(url.indexOf("user=") + 5).split("&")[0];
        Path file = GuiFixture.sampleLeftOnItsConferenceYear(dir);
        gui = GuiFixture.start(file);
        GuiFixture.waitForTheYear(robot);

        // First a port where no server listens: said, and the file comes back.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#serverHost").tryQuery().isPresent());
        retype(robot, "#serverHost", m.group(1));
        retype(robot, "#serverPort", "1");
        retype(robot, "#serverDatabase", db);
        retype(robot, "#serverUser", user);
        robot.clickOn("#serverPassword").write("khong-can", 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#dialog-error").tryQuery().isPresent());
        assertThat(robot.lookup("#dialog-error").queryAs(DialogPane.class).getContentText())
                .contains("Không kết nối được máy chủ PostgreSQL");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> gui.openWorkspace() != null
                && gui.openWorkspace().location() instanceof DataLocation.File);
        GuiFixture.waitForTheYear(robot);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#serverHost").tryQuery().isPresent());
        retype(robot, "#serverHost", m.group(1));
        retype(robot, "#serverPort", m.group(2));
        retype(robot, "#serverDatabase", db);
        retype(robot, "#serverUser", user);
        robot.clickOn("#serverPassword").write("khong-can", 0).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> gui.openWorkspace() != null
                && gui.openWorkspace().location() instanceof DataLocation.Server);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#statusFile").tryQuery()
                .map(n -> ((Label) n).getText().contains("cơ sở dữ liệu " + db)).orElse(false));
        GuiFixture.waitForTheYear(robot);
        assertThat(GuiFixture.chosenYear(robot))
                .isEqualTo(SampleBloc.YEAR);

        Preferences prefs = Preferences.besideData(file);
        assertThat(prefs.recentServers()).hasSize(1);
        assertThat(prefs.recentServers().get(0).url()).endsWith("/" + db);
        assertThat(prefs.recentServers().get(0).user()).isEqualTo(user);
        assertThat(Files.readString(file.resolveSibling("thidua-preferences.properties"))).doesNotContain("khong-can");

        // The next time the dialog opens on the recent server, the keyboard in the password.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#serverRecent").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#serverDatabase").queryAs(TextField.class).getText()).isEqualTo(db);
        assertThat(robot.lookup("#serverPassword").query().isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    /**
     * From a server's window back to a file: "Toàn tỉnh" (Ctrl+7) shows the server's one bloc; Cài đặt → "Mở tệp
     * dữ liệu…" with a file that does not open says so and stays on the server; Ctrl+Shift+O with the secretary's
     * file opens it in the same window, the status bar showing the file again and "Toàn tỉnh" its two blocs.
     */
    @Test
    void fromAServerTheWindowGoesBackToADataFile(FxRobot robot) throws Exception {
        DataLocation.Server server = sampleOnServer(PostgresServer.get().newDatabase("back"));
        Path fileDir = Files.createDirectories(dir.resolve("tep"));
        Path file = GuiFixture.sampleLeftOnItsConferenceYear(fileDir);
        try (Workspace ws = ThiDua.open(file)) {
            Bloc vx = ws.blocs().addBloc("VX", "Khối Văn xã");
            ws.blocs().startYear(vx.id(), SampleBloc.YEAR);
        }
        Path broken = Files.writeString(fileDir.resolve("hong.mv.db"), "không phải tệp dữ liệu ThiDua");
        gui = start(server);
        GuiFixture.waitForTheYear(robot);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#provinceBlocs").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 1).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#provinceSummary").queryAs(Label.class).getText())
                .isEqualTo("Năm 2019 · 1 khối · 8 đơn vị · 4 lượt đơn vị được suy tôn");

        Stage stage = (Stage) robot.lookup("#mainWindow").query().getScene().getWindow();
        Supplier<Optional<Path>> brokenChosen = () -> Optional.of(broken);
        robot.interact(() -> stage.getProperties().put(DataFileChoice.CHOOSER, brokenChosen));
        robot.clickOn("#settingsButton");
        robot.clickOn("#openDataFile");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#dialog-error").tryQuery().isPresent());
        assertThat(robot.lookup("#dialog-error").queryAs(DialogPane.class).getContentText()).contains("hong.mv.db");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> gui.openWorkspace() != null
                && gui.openWorkspace().location() instanceof DataLocation.Server);
        GuiFixture.waitForTheYear(robot);

        // The secretary's window size (chosen by hand) is kept through the switch.
        robot.interact(() -> {
            stage.setWidth(1100);
            stage.setHeight(660);
        });
        Supplier<Optional<Path>> fileChosen = () -> Optional.of(file);
        robot.interact(() -> stage.getProperties().put(DataFileChoice.CHOOSER, fileChosen));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> gui.openWorkspace() != null
                && gui.openWorkspace().location() instanceof DataLocation.File);
        GuiFixture.waitForTheYear(robot);
        assertThat(robot.lookup("#statusFile").queryAs(Label.class).getText())
                .isEqualTo("Tệp dữ liệu: " + file.toAbsolutePath());
        Stage now = (Stage) robot.lookup("#mainWindow").query().getScene().getWindow();
        assertThat(now.getTitle()).doesNotContain("máy chủ");
        assertThat(now.getWidth()).isEqualTo(1100);
        assertThat(now.getHeight()).isEqualTo(660);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT7).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#provinceBlocs").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 2).orElse(false));
        assertThat(gui.openWorkspace().location()).isEqualTo(new DataLocation.File(file.toAbsolutePath()));
    }

    private static void retype(FxRobot robot, String id, String text) {
        robot.clickOn(id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text, 0);
    }

    private static DialogPane waitForPasswordDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#passwordField").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return paneOf(robot.lookup("#passwordField").query());
    }

    private static Node field(DialogPane pane) {
        return pane.lookup("#passwordField");
    }

    private static DialogPane paneOf(Node n) {
        Node at = n;
        while (!(at instanceof DialogPane)) {
            at = at.getParent();
        }
        return (DialogPane) at;
    }

    private static List<String> labels(DialogPane pane) {
        return pane.lookupAll(".label").stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText())
                .filter(t -> t != null).toList();
    }

    private static List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).toList();
        }
    }
}
