package vn.thidua.ui.indicators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.thidua.ui.common.Listening;
import vn.thidua.ui.common.Session;

/** The chosen unit across the bloc's years: totals, ranks, classifications, a chart, and indicators. */
final class HistoryView {

    private final IndicatorsViewModel vm;
    private final Session session;
    private final VBox root = new VBox(8);
    private final TableView<HistoryIndicator> indicators = new TableView<>();
    private LineChart<String, Number> chart;

    HistoryView(IndicatorsViewModel vm, Session session) {
        this.vm = vm;
        this.session = session;
        root.setId("indicatorHistory");
        root.getStyleClass().add("tab-body");
        TableView<HistoryYear> years = new TableView<>(vm.years());
        years.setId("historyYears");
        years.getColumns().add(column("history.col.year", y -> String.valueOf(y.year()), 64));
        TableColumn<HistoryYear, String> unitColumn = column("history.col.unit", HistoryYear::unit, 230);
        unitColumn.setId("historyUnit");
        years.getColumns().add(unitColumn);
        years.getColumns().add(column("history.col.total", HistoryYear::totalText, 90));
        years.getColumns().add(column("history.col.rank", HistoryYear::rank, 60));
        years.getColumns().add(column("history.col.classification", HistoryYear::classification, 210));
        years.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        years.setPrefSize(680, 200);
        years.setPlaceholder(new Label(session.t("history.empty")));
        CategoryAxis x = new CategoryAxis();
        x.setLabel(session.t("history.col.year"));
        NumberAxis y = new NumberAxis();
        y.setLabel(session.t("history.col.total"));
        chart = new LineChart<>(x, y);
        chart.setId("historyChart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(460, 220);
        chart.setMinHeight(250);

        HBox.setHgrow(chart, Priority.ALWAYS);
        indicators.setId("historyIndicators");
        indicators.setPlaceholder(new Label(session.t("history.noIndicators")));
        VBox.setVgrow(indicators, Priority.ALWAYS);
        Label heading = new Label(session.t("history.indicators"));
        heading.getStyleClass().add("section-title");
        root.getChildren().addAll(new HBox(12, years, chart), heading, indicators);
        Listening.whileShown(root, vm.years(), this::refresh);
        Listening.whileShown(root, vm.history(), this::refresh);
    }

    Node node() {
        return root;
    }

    private void refresh() {
        // One line per unit: the chosen unit's, and each predecessor's in its years before it (issue 16).
        Map<String, XYChart.Series<String, Number>> lines = new LinkedHashMap<>();
        for (HistoryYear h : vm.years()) {
            XYChart.Series<String, Number> line = lines.computeIfAbsent(h.unit(), u -> {
                XYChart.Series<String, Number> s = new XYChart.Series<>();
                s.setName(h.predecessor() ? session.t("history.predecessorNote", u) : u);
                return s;
            });
            if (h.total() != null) {
                line.getData().add(new XYChart.Data<>(String.valueOf(h.year()), h.total()));
            }
        }
        chart.getData().setAll(lines.values());
        chart.setLegendVisible(lines.size() > 1);
        indicators.getColumns().clear();
        indicators.getColumns().add(column("history.col.indicator", HistoryIndicator::name, 330));
        indicators.getColumns().add(column("history.col.measure", HistoryIndicator::measureUnit, 90));
        // A year appears once among the columns, even when it has a row per predecessor.
        for (int y : vm.years().stream().mapToInt(HistoryYear::year).distinct().toArray()) {
            TableColumn<HistoryIndicator, String> c = column("history.col.year", h -> h.actual(y), 110);
            c.setText(String.valueOf(y));
            c.setId("history-" + y);
            c.getStyleClass().add("number-column");
            indicators.getColumns().add(c);
        }
        indicators.getItems().setAll(vm.history());
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(session.t(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
