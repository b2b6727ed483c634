package vn.thidua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.thidua.ThiDua;
import vn.thidua.app.DataLocation;
import vn.thidua.app.ElectionService;
import vn.thidua.app.Preferences;
import vn.thidua.app.SampleBloc;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.store.DataFileTool;
import vn.thidua.store.H2Recovery;
import vn.thidua.testing.PostgresServer;
import vn.thidua.ui.elections.ElectionsViewModel;
import vn.thidua.ui.main.MainView;

/**
 * The window on a server with roles per bloc (issue 19; docs/decisions/0012-roles-per-bloc.md): before anyone
 * types, a secretary on another bloc and the office are told the bloc is read only, and the screens' editing
 * actions are off; the secretary's own bloc and the owner's every bloc stay writable. One database for the
 * class: the sample's KTN, a bloc VX with an open election, a secretary of each and an office role.
 */
@ExtendWith(ApplicationExtension.class)
class GuiRolesTest {

    private static final String PASSWORD = "mk-xem";
    private static final long PID = ProcessHandle.current().pid();
    private static final String KTN = "gui_thuky_ktn_" + PID;
    private static final String VX = "gui_thuky_vx_" + PID;
    private static final String OFFICE = "gui_vanphong_" + PID;
    private static final String VX_TITLE = "Cờ thi đua của UBND tỉnh";

    @TempDir
    Path dir;
    Gui gui;

    private static String ownerUrl;
    private static String base;
    private static String database;
    private static long vxElection;

    @BeforeAll
    static void setUp() throws Exception {
        ownerUrl = PostgresServer.get().newDatabase("roview");
        base = ownerUrl.substring(0, ownerUrl.indexOf('?'));
        database = base.substring(base.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(ownerUrl); Statement s = c.createStatement()) {
            for (String role : List.of(KTN, VX, OFFICE)) {
                s.execute("drop role if exists " + role);
                s.execute("create role " + role + " login password '" + PASSWORD + "'");
            }
        } catch (SQLException e) {
            Assumptions.abort("the tests' role cannot make roles here: " + e.getMessage());
        }
        try (Workspace ws = ThiDua.open(server(ownerUrl), null)) {
            assertThat(ws.sample().createIfEmpty()).isTrue();
            Bloc vx = ws.blocs().addBloc("VX", "Khối Văn xã");
            Season vx2019 = ws.blocs().startYear(vx.id(), SampleBloc.YEAR);
            long syt = ws.blocs().addUnit(vx2019, new UnitDraft("SYT", "Sở Y tế", null)).id();
            long gd = ws.blocs().addUnit(vx2019, new UnitDraft("GD", "Sở Giáo dục và Đào tạo", null)).id();
            vxElection = ws.elections().create(vx2019, new ElectionService.Draft(VX_TITLE, 1, ThresholdOperator.GT,
                    BigDecimal.valueOf(50), Base.VALID, 5, List.of(syt, gd), null, false));
            ws.serverRoles().grantBloc("KTN", KTN);
            ws.serverRoles().grantBloc("VX", VX);
            ws.serverRoles().grantOffice(OFFICE);
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (ownerUrl == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(ownerUrl.replace("/" + database + "?", "/postgres?"));
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            for (String role : List.of(KTN, VX, OFFICE)) {
                s.execute("drop role if exists " + role);
            }
        }
    }

    @AfterEach
    void close() throws Exception {
        GuiFixture.close(gui);
    }

    private static DataLocation.Server server(String url) {
        return (DataLocation.Server) DataLocation.parse(url, k -> null);
    }

    private static String as(String role) {
        return base + "?user=" + role + "&password=" + PASSWORD;
    }

    /** The window as {@code thidua --db URL} starts it, left off on KTN 2019. */
    private Gui start(String url, FxRobot robot) throws Exception {
        Gui g = open(url, robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#yearChooser").tryQuery()
                .map(n -> ((ComboBox<?>) n).getValue() != null).orElse(false));
        idle(robot);
        return g;
    }

    private Gui open(String url, FxRobot robot) throws Exception {
        Path beside = dir.resolve("nguoi-dung.mv.db");
        Preferences.besideData(beside).put("lastBloc", SampleBloc.BLOC_CODE);
        Preferences.besideData(beside).put("lastYear", String.valueOf(SampleBloc.YEAR));
        FxToolkit.registerPrimaryStage();
        Gui g = new Gui(server(url), ThiDua::open, new H2Recovery(), new DataFileTool(), System.currentTimeMillis());
        g.serverPreferencesBeside(beside);
        FxToolkit.setupFixture(g::start);
        return g;
    }

    /** Every job of the data thread done (the status bar's busy sign off), its result on screen. */
    private static void idle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#statusBar .progress-indicator")
                .queryAs(ProgressIndicator.class).isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static void chooseBloc(FxRobot robot, String code) throws Exception {
        ComboBox<Bloc> chooser = robot.lookup("#blocChooser").queryAs(ComboBox.class);
        Bloc bloc = chooser.getItems().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
        robot.interact(() -> chooser.setValue(bloc));
        idle(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#yearChooser").queryAs(ComboBox.class)
                .getValue() instanceof Season s && s.blocId() == bloc.id());
        idle(robot);
    }

    private static void screen(FxRobot robot, KeyCode digit, String shown) throws Exception {
        robot.press(KeyCode.CONTROL).type(digit).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(shown).tryQuery().isPresent());
        idle(robot);
    }

    private static String hint(FxRobot robot) {
        Label hint = robot.lookup("#readOnlyHint").queryAs(Label.class);
        return hint.isVisible() ? hint.getText() : "";
    }

    private static String officeHint() {
        return "Chỉ xem: tài khoản " + OFFICE + " thuộc văn phòng (Ban Thi đua – Khen thưởng tỉnh), được xem dữ liệu"
                + " mọi khối nhưng không được sửa";
    }

    /** Whether the read-only hint, which wraps, takes no more height than its text on one unbounded line. */
    private static boolean oneLine(FxRobot robot) {
        Label hint = robot.lookup("#readOnlyHint").queryAs(Label.class);
        return hint.getHeight() > 0 && hint.getHeight() <= hint.prefHeight(Double.MAX_VALUE) + 0.5;
    }

    private static boolean scoreEditable(FxRobot robot) {
        return robot.lookup("#bloc-1_1").queryAs(TextField.class).isEditable();
    }

    private static boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    /** Whether the window is marked read only, the mark read-only.css greys the fields by. */
    private static boolean markedReadOnly(FxRobot robot) {
        return robot.lookup("#mainWindow").query().getPseudoClassStates().contains(MainView.READ_ONLY);
    }

    /** The colour a field's text is typed on: the end of its last background fill, as CSS left it. */
    private static Color fieldColour(FxRobot robot, String id) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        var fills = f.getBackground().getFills();
        Paint p = fills.get(fills.size() - 1).getFill();
        return p instanceof LinearGradient g ? g.getStops().get(g.getStops().size() - 1).getColor() : (Color) p;
    }

    /** read-only.css's grey for a field that takes no typing. */
    private static final Color READ_ONLY_FIELD = Color.web("#e9ecef");

    @Test
    void aSecretaryWritesTheirBlocAndIsToldAnotherBlocIsReadOnlyBeforeTypingAPaper(FxRobot robot) throws Exception {
        gui = start(as(KTN), robot);
        screen(robot, KeyCode.DIGIT3, "#bloc-1_1");
        assertThat(hint(robot)).isEmpty();
        assertThat(scoreEditable(robot)).isTrue();
        assertThat(markedReadOnly(robot)).isFalse();
        assertThat(fieldColour(robot, "#bloc-1_1")).isNotEqualTo(READ_ONLY_FIELD);
        // Its one bloc is made already: no bloc left for it to add.
        assertThat(disabled(robot, "#addBloc")).isTrue();

        // A code granted before its bloc is made (decision 0012): now it may add that one, whichever bloc it looks at.
        try (Workspace owner = ThiDua.open(server(ownerUrl), null)) {
            owner.serverRoles().grantBloc("MOI", KTN);
        }
        chooseBloc(robot, "VX");
        assertThat(hint(robot)).isEqualTo("Chỉ xem: tài khoản " + KTN + " không được sửa dữ liệu của khối VX");
        assertThat(markedReadOnly(robot)).isTrue();
        assertThat(disabled(robot, "#addBloc")).isFalse();
        screen(robot, KeyCode.DIGIT1, "#unitsTable");
        assertThat(disabled(robot, "#addUnit")).isTrue();
        assertThat(disabled(robot, "#startYear")).isTrue();

        // The counting screen of VX's open election: the paper field takes nothing; Enter stores no paper.
        screen(robot, KeyCode.DIGIT5, "#electionsTable");
        @SuppressWarnings("unchecked")
        TableView<ElectionsViewModel.ElectionRow> elections = robot.lookup("#electionsTable").queryAs(TableView.class);
        robot.interact(() -> elections.getSelectionModel().select(elections.getItems().stream()
                .filter(e -> e.id() == vxElection).findFirst().orElseThrow()));
        assertThat(disabled(robot, "#addElection")).isTrue();
        robot.clickOn("#openCount");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#ballotInput").tryQuery().isPresent());
        idle(robot);
        Node input = robot.lookup("#ballotInput").query();
        assertThat(input.isDisabled()).isTrue();
        assertThat(disabled(robot, "#closeElection")).isTrue();
        assertThat(disabled(robot, "#undoBallot")).isTrue();
        robot.write("1", 0).type(KeyCode.ENTER);
        idle(robot);
        try (Workspace owner = ThiDua.open(server(ownerUrl), null)) {
            assertThat(owner.elections().ballots(vxElection)).isEmpty();
        }

        // Back on KTN: the hint goes, the scores take typing again and look it.
        chooseBloc(robot, "KTN");
        assertThat(hint(robot)).isEmpty();
        screen(robot, KeyCode.DIGIT3, "#bloc-1_1");
        assertThat(scoreEditable(robot)).isTrue();
        assertThat(markedReadOnly(robot)).isFalse();
        assertThat(fieldColour(robot, "#bloc-1_1")).isNotEqualTo(READ_ONLY_FIELD);
    }

    @Test
    void theOfficeReadsEveryBlocAndWritesNone(FxRobot robot) throws Exception {
        gui = start(as(OFFICE), robot);
        // The office's own words: it reads every bloc by its role, not for want of this bloc's grant.
        assertThat(hint(robot)).isEqualTo(officeHint());
        assertThat(oneLine(robot)).as("the office's hint fits one line of the window").isTrue();
        assertThat(disabled(robot, "#addBloc")).isTrue();
        screen(robot, KeyCode.DIGIT3, "#bloc-1_1");
        assertThat(scoreEditable(robot)).isFalse();
        // The fields that take no typing look so: greyed, their text still dark.
        assertThat(markedReadOnly(robot)).isTrue();
        assertThat(fieldColour(robot, "#bloc-1_1")).isEqualTo(READ_ONLY_FIELD);
        assertThat(((Text) robot.lookup("#bloc-1_1").queryAs(TextField.class).lookup(".text")).getFill())
                .isEqualTo(Color.web("#3d4550"));
        // Enter in a band's field (its save) is refused in the status bar before it reaches the server.
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        idle(robot);
        robot.clickOn("#bandTotal-excellent").type(KeyCode.ENTER);
        idle(robot);
        assertThat(robot.lookup("#statusText").queryAs(Label.class).getText())
                .isEqualTo(officeHint());
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        screen(robot, KeyCode.DIGIT6, "#saveConference");
        assertThat(disabled(robot, "#saveConference")).isTrue();
        assertThat(robot.lookup("#conferencePlace").queryAs(TextField.class).isEditable()).isFalse();

        chooseBloc(robot, "VX");
        assertThat(hint(robot)).isEqualTo(officeHint());
        assertThat(disabled(robot, "#addBloc")).isTrue();
        screen(robot, KeyCode.DIGIT1, "#unitsTable");
        assertThat(disabled(robot, "#addUnit")).isTrue();
        // Nor does the keyboard open the form the button would: Insert says why in the status bar.
        robot.clickOn("#unitsTable").type(KeyCode.INSERT);
        idle(robot);
        // The form is made on first use: not made, or made and hidden, it is not on screen.
        assertThat(robot.lookup("#unitForm").tryQuery().filter(Node::isVisible)).isEmpty();
        assertThat(robot.lookup("#statusText").queryAs(Label.class).getText())
                .isEqualTo(officeHint());
    }

    /** No bloc to choose yet: the window still asks, and the owner may add the first one. */
    @Test
    void onAnEmptyDatabaseTheOwnerMayAddTheFirstBloc(FxRobot robot) throws Exception {
        gui = open(PostgresServer.get().newDatabase("roempty"), robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#addBloc").tryQuery().isPresent());
        idle(robot);
        assertThat(robot.lookup("#blocChooser").queryAs(ComboBox.class).getItems()).isEmpty();
        assertThat(disabled(robot, "#addBloc")).isFalse();
    }

    @Test
    void theOwnerWritesEveryBloc(FxRobot robot) throws Exception {
        gui = start(ownerUrl, robot);
        assertThat(hint(robot)).isEmpty();
        assertThat(disabled(robot, "#addBloc")).isFalse();
        screen(robot, KeyCode.DIGIT3, "#bloc-1_1");
        assertThat(scoreEditable(robot)).isTrue();
        assertThat(markedReadOnly(robot)).isFalse();

        chooseBloc(robot, "VX");
        assertThat(hint(robot)).isEmpty();
        screen(robot, KeyCode.DIGIT1, "#unitsTable");
        assertThat(disabled(robot, "#addUnit")).isFalse();
    }
}
