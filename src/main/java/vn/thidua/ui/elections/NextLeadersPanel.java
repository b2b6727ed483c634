package vn.thidua.ui.elections;

import vn.thidua.ui.common.WritableOnly;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.ui.common.DropDowns;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.Session;

/**
 * Next year's head and deputy, recorded as the conference decided. Built anew with each list page
 * over the one long-lived model: it listens to the model only while it is shown.
 */
final class NextLeadersPanel {

    private final VBox box;

    NextLeadersPanel(NextLeadersViewModel l, Session session) {
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(l.headingProperty());
        ComboBox<Unit> head = unitCombo("nextHead", l);
        head.valueProperty().bindBidirectional(l.headProperty());
        ComboBox<Unit> deputy = unitCombo("nextDeputy", l);
        deputy.valueProperty().bindBidirectional(l.deputyProperty());
        Button save = new Button(session.t("elections.leaders.save"));
        save.setId("saveLeaders");
        save.setOnAction(e -> l.save());
        WritableOnly.buttons(session, save);
        Label headLabel = new Label(session.t("units.role.head"));
        headLabel.setLabelFor(head);
        Label deputyLabel = new Label(session.t("units.role.deputy"));
        deputyLabel.setLabelFor(deputy);
        // One row each: the longest member names ("… và Phát triển nông thôn") shown whole.
        GridPane line = new GridPane();
        line.setHgap(8);
        line.setVgap(6);
        line.addRow(0, headLabel, head);
        line.addRow(1, deputyLabel, deputy, save);
        for (ComboBox<Unit> c : List.of(head, deputy)) {
            c.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(c, Priority.ALWAYS);
        }
        Label message = new Label();
        message.setId("leadersMessage");
        message.setWrapText(true);
        message.textProperty().bind(l.messageProperty());
        Listening.whileShown(message, l.errorProperty(), () -> {
            message.getStyleClass().removeAll("error-text");
            if (l.errorProperty().get()) {
                message.getStyleClass().add("error-text");
            }
        });
        box = new VBox(6, heading, line, message);
        box.setId("leadersPanel");
        box.getStyleClass().add("leaders-panel");
        box.setPadding(new Insets(8));
    }

    Node node() {
        return box;
    }

    private static ComboBox<Unit> unitCombo(String id, NextLeadersViewModel l) {
        ComboBox<Unit> c = DropDowns.openOnSpace(new ComboBox<>(l.members()));
        c.setId(id);
        c.setPrefWidth(360);
        c.setConverter(DropDowns.showing(Unit::fullName));
        return c;
    }
}
