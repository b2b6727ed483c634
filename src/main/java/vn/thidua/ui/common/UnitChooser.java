package vn.thidua.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import vn.thidua.domain.bloc.Unit;

/** The member chooser at the top of the entry screens, and the mark of a refused field. */
public final class UnitChooser {

    /** Set on a field whose value was refused (red frame, see app.css). */
    public static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private UnitChooser() {
    }

    public static ComboBox<Unit> create(String id, ObservableList<Unit> units, ObjectProperty<Unit> chosen) {
        ComboBox<Unit> combo = new ComboBox<>(units);
        combo.setId(id);
        combo.setPrefWidth(340);
        combo.setVisibleRowCount(16);
        combo.valueProperty().bindBidirectional(chosen);
        combo.setConverter(DropDowns.showing(Unit::fullName));
        return combo;
    }

    /** The label in front of the chooser; its underlined letter (Alt+letter) moves to it. */
    public static Label label(String text, ComboBox<Unit> chooser) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(chooser);
        return label;
    }
}
