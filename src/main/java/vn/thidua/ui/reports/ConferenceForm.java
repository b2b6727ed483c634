package vn.thidua.ui.reports;

import static vn.thidua.ui.reports.Widgets.button;
import static vn.thidua.ui.reports.Widgets.field;
import static vn.thidua.ui.reports.Widgets.fixed;
import static vn.thidua.ui.reports.Widgets.section;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.StaleReload;
import vn.thidua.ui.common.WritableOnly;

/**
 * Báo cáo's conference part: what every document's heading and signatures print, and the year's
 * long texts (the Căn cứ lines, next year's section), folded away until wanted.
 */
final class ConferenceForm {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private final ConferenceViewModel conference;
    private final ReportsViewModel reports;
    private final Session session;

    ConferenceForm(ConferenceViewModel conference, ReportsViewModel reports, Session session) {
        this.conference = conference;
        this.reports = reports;
        this.session = session;
    }

    /**
     * Day, place and superior body of the conference (every document's heading), the counting
     * committee (the minutes) and who signs for the bloc (the proposal and the year report).
     */
    Node node() {
        TextField day = field("conferenceDate", conference.dateProperty());
        day.setPromptText("11/12/2019");
        day.setPrefColumnCount(10);
        day.setMinWidth(110);
        day.setMaxWidth(140);
        TextField place = field("conferencePlace", conference.placeProperty());
        place.setPromptText(session.t("reports.conference.placeHint"));
        TextField superior = field("conferenceSuperior", conference.superiorProperty());
        superior.setPromptText(session.t("reports.conference.superiorHint"));
        TextField head = field("conferenceCountingHead", conference.countingHeadProperty());
        head.setPromptText(session.t("reports.conference.nameHint"));
        TextField members = field("conferenceCountingMembers", conference.countingMembersProperty());
        members.setPromptText(session.t("reports.conference.membersHint"));
        TextField signer = field("conferenceSigner", conference.signerProperty());
        signer.setPromptText(session.t("reports.conference.nameHint"));
        // The data thread runs jobs in order: the blanks are read after the save.
        Runnable saveAll = () -> {
            if (session.refusedReadOnly()) {
                return;
            }
            conference.save();
            reports.refreshBlanks();
        };
        Button save = button(session, "saveConference", "action.save", saveAll);
        WritableOnly.fields(session, day, place, superior, head, members, signer);
        WritableOnly.buttons(session, save);
        Label message = new Label();
        message.setId("conferenceMessage");
        message.textProperty().bind(conference.messageProperty());
        message.setWrapText(true);
        message.setMinWidth(0);
        Listening.whileShown(message, conference.refusalProperty(), () -> {
            message.getStyleClass().remove("error-text");
            if (conference.refusalProperty().get()) {
                message.getStyleClass().add("error-text");
            }
        });
        // Read again after a save refused as changed elsewhere; the blanks follow what is now stored.
        Button reload = StaleReload.button(session, "reloadConference", conference.stale(), () -> {
            conference.reload();
            reports.refreshBlanks();
        }, day);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        // One field a row: in the screen's left column two pairs side by side left each field too
        // narrow for its hint (seen at 1366 × 768).
        grid.addRow(0, fixed(session.t("reports.conference.date")), day);
        grid.addRow(1, fixed(session.t("reports.conference.place")), place);
        grid.addRow(2, fixed(session.t("reports.conference.superior")), superior);
        grid.addRow(3, fixed(session.t("reports.conference.countingHead")), head);
        grid.addRow(4, fixed(session.t("reports.conference.countingMembers")), members);
        grid.addRow(5, fixed(session.t("reports.conference.signer")), signer);
        HBox actions = StaleReload.line(message, reload);
        actions.getChildren().add(0, save);
        actions.setAlignment(Pos.CENTER_LEFT);
        grid.add(actions, 1, 6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, wide);
        save.setMinWidth(Region.USE_PREF_SIZE);
        VBox form = new VBox(6, section(session, "reports.conference"), grid, texts());
        // Ctrl+S saves, as on the other forms. Enter stays the screen's Tạo văn bản, which saves what was typed
        // here first.
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                saveAll.run();
                e.consume();
            }
        });
        return form;
    }

    /** The legal basis and the next year's section: long texts, folded away until wanted. */
    private Node texts() {
        TextArea basis = area("legalBasisText", conference.legalBasisProperty(),
                "reports.texts.basisHint");
        TextArea plans = area("plansText", conference.plansProperty(), "reports.texts.plansHint");
        TextArea tasks = area("plansTasks", conference.tasksProperty(), "reports.texts.tasksHint");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, fixed(session.t("reports.texts.basis")), basis);
        grid.addRow(1, fixed(session.t("reports.texts.plans")), plans);
        grid.addRow(2, fixed(session.t("reports.texts.tasks")), tasks);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), wide);
        TitledPane pane = new TitledPane(session.t("reports.texts"), grid);
        pane.setId("yearTexts");
        pane.setExpanded(false);
        return pane;
    }

    private TextArea area(String id, StringProperty text, String hintKey) {
        TextArea area = new TextArea();
        area.setId(id);
        area.textProperty().bindBidirectional(text);
        WritableOnly.fields(session, area);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        area.setPromptText(session.t(hintKey));
        return area;
    }
}
