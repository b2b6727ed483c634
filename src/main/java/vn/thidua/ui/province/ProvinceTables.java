package vn.thidua.ui.province;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.province.ProvinceViewModel.BlocLine;
import vn.thidua.ui.province.ProvinceViewModel.TitleLine;

/** The two tables of "Toàn tỉnh", their columns (ids {@code col-…}) and widths: the blocs, and the titles put forward. */
final class ProvinceTables {

    private static final PseudoClass NOT_CLOSED = PseudoClass.getPseudoClass("not-closed");
    private final ProvinceViewModel vm;
    private final Session session;

    ProvinceTables(ProvinceViewModel vm, Session session) {
        this.vm = vm;
        this.session = session;
    }

    TableView<BlocLine> blocs() {
        TableView<BlocLine> t = new TableView<>(vm.blocs());
        t.setId("provinceBlocs");
        t.setPlaceholder(placeholder("office.noBlocs"));
        t.getColumns().add(column("office.col.bloc", "bloc", BlocLine::code, 80));
        t.getColumns().add(column("office.col.blocName", "blocName", BlocLine::name, 320));
        t.getColumns().add(number("office.col.members", "members", BlocLine::members, 100));
        t.getColumns().add(number("office.col.excellent", "excellent", BlocLine::excellent, 90));
        t.getColumns().add(number("office.col.good", "good", BlocLine::good, 60));
        t.getColumns().add(number("office.col.completed", "completed", BlocLine::completed, 115));
        t.getColumns().add(number("office.col.notCompleted", "notCompleted", BlocLine::notCompleted, 160));
        t.getColumns().add(column("office.col.elections", "elections", BlocLine::elections, 170));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(BlocLine line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(NOT_CLOSED, !empty && line != null && !line.closed());
            }
        });
        t.setPrefHeight(200);
        return t;
    }

    TableView<TitleLine> titles() {
        TableView<TitleLine> t = new TableView<>(vm.titles());
        t.setId("provinceTitles");
        t.setPlaceholder(placeholder("office.noTitles"));
        t.getColumns().add(column("office.col.bloc", "titleBloc", TitleLine::bloc, 80));
        t.getColumns().add(column("office.col.title", "title", TitleLine::title, 230));
        t.getColumns().add(column("office.col.unit", "unit", TitleLine::unit, 420));
        TableColumn<TitleLine, String> votes = column("office.col.votes", "votes", TitleLine::votes, 80);
        votes.getStyleClass().add("align-center");
        t.getColumns().add(votes);
        TableColumn<TitleLine, String> percent = column("office.col.percent", "percent", TitleLine::percent, 90);
        percent.getStyleClass().add("align-center");
        t.getColumns().add(percent);
        t.getColumns().add(column("office.col.state", "state", TitleLine::state, 230));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    /** Said once the year is read, not while it is being read. */
    private Label placeholder(String key) {
        Label l = new Label(session.t(key));
        Listening.whileShown(l, vm.dataProperty(), () -> l.setVisible(vm.dataProperty().get() != null));
        return l;
    }

    private <T, V> TableColumn<T, V> column(String key, String id, Function<T, V> value, double width) {
        TableColumn<T, V> c = new TableColumn<>(session.t(key));
        c.setId("col-" + id);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private <T> TableColumn<T, Integer> number(String key, String id, Function<T, Integer> value, double width) {
        TableColumn<T, Integer> c = column(key, id, value, width);
        c.setMinWidth(width);
        c.getStyleClass().add("align-center");
        return c;
    }
}
