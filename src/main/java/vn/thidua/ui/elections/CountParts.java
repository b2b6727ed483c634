package vn.thidua.ui.elections;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.elections.CountingViewModel.BallotRow;

/** Two parts of the count page: its header with the count's figures, and the list of entered papers. */
final class CountParts {

    private CountParts() {
    }

    static Node header(CountingViewModel vm, Session session, Runnable back) {
        Button backButton = new Button(session.t("elections.backToList"));
        backButton.setId("backToList");
        backButton.setOnAction(e -> back.run());
        Label heading = new Label();
        heading.setId("countHeading");
        heading.getStyleClass().add("screen-title");
        heading.textProperty().bind(vm.headingProperty());
        HBox first = new HBox(12, backButton, heading);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox counts = new HBox(18,
                count(session, "countIssued", "elections.count.issued", vm.figures().issuedProperty()),
                count(session, "countReturned", "elections.count.returned", vm.figures().returnedProperty()),
                count(session, "countValid", "elections.count.valid", vm.figures().validProperty()),
                count(session, "countInvalid", "elections.count.invalid", vm.figures().invalidProperty()));
        counts.setId("countsBar");
        counts.getStyleClass().add("counts-bar");
        return new VBox(6, first, counts);
    }

    private static Node count(Session session, String id, String key, ObservableStringValue value) {
        Label name = new Label(session.t(key));
        Label figure = new Label();
        figure.setId(id);
        figure.getStyleClass().add("count-figure");
        figure.textProperty().bind(value);
        HBox box = new HBox(6, name, figure);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    /** The entered papers, newest first; F2 or Enter on one corrects it. */
    static void ballotList(ListView<BallotRow> list, CountingViewModel vm, Session session, Runnable startCorrect) {
        list.setId("ballotList");
        list.setItems(vm.ballots());
        list.setCellFactory(lv -> new ListCell<>() {
            {
                // A 2-seat paper names two units: wrapped to the list's width, never cut.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(BallotRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                String what = r.names().isEmpty() ? r.keys() : r.names();
                setText(r.validity().isEmpty() ? session.t("elections.ballotRow", r.number(), what)
                        : session.t("elections.ballotRowInvalid", r.number(), what, r.validity()));
            }
        });
        list.setPlaceholder(new Label(session.t("elections.ballots.none")));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                startCorrect.run();
                e.consume();
            }
        });
    }
}
