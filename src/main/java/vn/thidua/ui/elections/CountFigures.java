package vn.thidua.ui.elections;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.thidua.domain.voting.TallyResult;

/** The count's figures over the page: papers issued, returned, valid and invalid. */
public final class CountFigures {

    private final ReadOnlyStringWrapper issued = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper returned = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper valid = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper invalid = new ReadOnlyStringWrapper("");

    void show(TallyResult r) {
        issued.set(String.valueOf(r.issued()));
        returned.set(String.valueOf(r.returned()));
        valid.set(String.valueOf(r.valid()));
        invalid.set(String.valueOf(r.invalid()));
    }

    /** Nothing shown (a forged election's figures are not read). */
    void clear() {
        List.of(issued, returned, valid, invalid).forEach(w -> w.set(""));
    }

    public ReadOnlyStringProperty issuedProperty() {
        return issued.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty returnedProperty() {
        return returned.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty invalidProperty() {
        return invalid.getReadOnlyProperty();
    }
}
