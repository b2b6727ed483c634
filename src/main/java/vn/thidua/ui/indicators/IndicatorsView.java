package vn.thidua.ui.indicators;

import vn.thidua.ui.common.WritableOnly;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.ui.common.Buttons;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.ScreenKeys;
import vn.thidua.ui.common.UnitChooser;
import javafx.application.Platform;
import vn.thidua.ui.common.Lazy;
import vn.thidua.ui.common.UnitReturnBar;
import vn.thidua.ui.common.UnitReturnsModel;

/**
 * The indicators screen: a unit's figures typed into a grid (Tab right, Enter down, saved when
 * a row is left; the last row takes a new indicator), and the unit across years. Keys: Alt+V
 * the unit, Insert the new row, Ctrl+Delete delete the row.
 */
public final class IndicatorsView {

    private final IndicatorsViewModel vm;
    private final Session session;
    private final BorderPane root = new BorderPane();
    private final IndicatorGrid grid;

    private IndicatorsView(IndicatorsViewModel vm, UnitReturnsModel returns, Session session) {
        this.vm = vm;
        this.session = session;
        this.grid = new IndicatorGrid(vm, session);
        root.setId("indicatorsScreen");
        root.getStyleClass().add("screen");
        Label title = new Label(session.t("nav.indicators"));
        title.getStyleClass().add("screen-title");
        ComboBox<Unit> chooser = UnitChooser.create("indicatorUnit", vm.units(), vm.unitProperty());
        chooser.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                grid.focusFirst();
            }
        });
        Button copy = Buttons.of(session, "copyIndicatorNames", "indicators.copyNames", vm::copyNamesFromLastYear);
        Button add = Buttons.of(session, "addIndicator", "action.add", grid::focusNewRow);
        add.setTooltip(new Tooltip("Insert"));
        Button delete = Buttons.of(session, "deleteIndicator", "action.delete", vm::deleteCurrent);
        delete.setTooltip(new Tooltip("Ctrl+Delete"));
        WritableOnly.buttons(session, copy, add, delete);
        HBox top = new HBox(8, UnitChooser.label(session.t("indicators.unit"), chooser), chooser, add, delete, copy);
        top.setAlignment(Pos.CENTER_LEFT);
        root.setTop(new VBox(6, title, top, UnitReturnBar.create(returns, session)));
        TabPane tabs = new TabPane(tab("tab-entry", "indicators.tab.entry", grid.node()),
                tab("tab-history", "indicators.tab.history", new HistoryView(vm, session).node()));
        tabs.setId("indicatorTabs");
        ScreenKeys.tabKeys(tabs);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() == 1) {
                vm.refreshHistory();
            }
            // A tab reached from the keyboard takes the keyboard with it.
            Platform.runLater(() -> {
                if (b.intValue() == 0) {
                    grid.focusFirst();
                } else {
                    tabs.getTabs().get(1).getContent().lookup("#historyYears").requestFocus();
                }
            });
        });
        root.setCenter(tabs);
        ScreenKeys.whileShown(root, this::keys);
        vm.refresh();
    }

    /** One model per window; each visit to the screen builds a fresh view over it. */
    public static Supplier<Node> screen(Session session) {
        var vm = Lazy.of(() -> new IndicatorsViewModel(session));
        var returns = Lazy.of(() -> new UnitReturnsModel(session));
        return () -> new IndicatorsView(vm.get(), returns.get(), session).root;
    }

    private Tab tab(String id, String key, Node content) {
        Tab t = new Tab(session.t(key), content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.INSERT) {
            grid.focusNewRow();
        } else if (e.getCode() == KeyCode.DELETE && e.isShortcutDown()) {
            vm.deleteCurrent();
        } else {
            return;
        }
        e.consume();
    }
}
