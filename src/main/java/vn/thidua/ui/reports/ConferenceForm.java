package vn.thidua.ui.reports;

import vn.thidua.ui.common.WritableOnly;
import static vn.thidua.ui.reports.Widgets.button;
import static vn.thidua.ui.reports.Widgets.field;
import static vn.thidua.ui.reports.Widgets.fixed;
import static vn.thidua.ui.reports.Widgets.section;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.thidua.ui.common.Session;

/**
 * Báo cáo's conference part: what every document's heading and signatures print, and the year's
 * long texts (the Căn cứ lines, next year's section), folded away until wanted.
 */
final class ConferenceForm {

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
        Button save = button(session, "saveConference", "action.save", () -> {
            conference.save();
            reports.refreshBlanks();
        });
        WritableOnly.fields(session, day, place, superior, head, members, signer);
        WritableOnly.buttons(session, save);
        Label message = new Label();
        message.setId("conferenceMessage");
        message.textProperty().bind(conference.messageProperty());
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
        javafx.scene.layout.HBox actions = new javafx.scene.layout.HBox(8, save, message);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.add(actions, 1, 6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints wide = new javafx.scene.layout.ColumnConstraints();
        wide.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, wide);
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return new VBox(6, section(session, "reports.conference"), grid, texts());
    }

    /** The legal basis and the next year's section: long texts, folded away until wanted. */
    private Node texts() {
        javafx.scene.control.TextArea basis = area("legalBasisText", conference.legalBasisProperty(),
                "reports.texts.basisHint");
        javafx.scene.control.TextArea plans = area("plansText", conference.plansProperty(), "reports.texts.plansHint");
        javafx.scene.control.TextArea tasks = area("plansTasks", conference.tasksProperty(), "reports.texts.tasksHint");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, fixed(session.t("reports.texts.basis")), basis);
        grid.addRow(1, fixed(session.t("reports.texts.plans")), plans);
        grid.addRow(2, fixed(session.t("reports.texts.tasks")), tasks);
        javafx.scene.layout.ColumnConstraints wide = new javafx.scene.layout.ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(), wide);
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(session.t("reports.texts"), grid);
        pane.setId("yearTexts");
        pane.setExpanded(false);
        return pane;
    }

    private javafx.scene.control.TextArea area(String id, javafx.beans.property.StringProperty text, String hintKey) {
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea();
        area.setId(id);
        area.textProperty().bindBidirectional(text);
        WritableOnly.fields(session, area);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        area.setPromptText(session.t(hintKey));
        return area;
    }
}
