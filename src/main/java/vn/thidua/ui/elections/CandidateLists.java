package vn.thidua.ui.elections;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.elections.ElectionSetupViewModel.Choice;
import vn.thidua.ui.elections.ElectionSetupViewModel.MemberChoice;

/** The set-up form's two lists: the members to tick by hand, and the candidates as the room will see them. */
final class CandidateLists {

    private CandidateLists() {
    }

    /** The list the rule gives (numbered as in the room), or the members ticked by hand. */
    static Node preview(ElectionSetupViewModel vm, Session session) {
        Label heading = new Label(session.t("elections.setup.candidatesHeading"));
        heading.getStyleClass().add("section-title");
        ListView<String> preview = new ListView<>(vm.candidates());
        preview.setId("candidatePreview");
        preview.setFocusTraversable(false);
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label note = ElectionSetupView.wrapped(new Label(), "candidatesNote");
        note.textProperty().bind(vm.candidatesNoteProperty());
        VBox box = new VBox(8, heading, note, preview);
        box.setPrefWidth(420);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** The members to tick by hand (Space), under their heading in full; shown only when chosen by hand. */
    static Node checklist(ElectionSetupViewModel vm, Session session) {
        ListView<MemberChoice> checklist = new ListView<>(vm.members());
        checklist.setId("memberChecklist");
        checklist.setCellFactory(CheckBoxListCell.forListView(MemberChoice::chosenProperty));
        checklist.setPrefHeight(200);
        checklist.setOnKeyPressed(e -> {
            var item = checklist.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && item != null) {
                item.chosenProperty().set(!item.chosenProperty().get());
                e.consume();
            }
        });
        Label title = ElectionSetupView.wrapped(new Label(session.t("elections.setup.byHandHeading")), "byHandHeading");
        VBox box = new VBox(6, title, checklist);
        box.setMaxWidth(440);
        var byHand = vm.choiceProperty().isEqualTo(Choice.BY_HAND);
        box.visibleProperty().bind(byHand);
        box.managedProperty().bind(byHand);
        return box;
    }
}
