package com.salondesk.app.dashboard;

import com.salondesk.app.language.Formats;
import com.salondesk.app.language.Texts;
import com.salondesk.app.sync.SyncStatusViewModel;
import com.salondesk.app.view.FxmlViews;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/** The dashboard window's content: binds the tiles and fills the charts from {@link DashboardViewModel}; decides nothing. */
public final class DashboardView {

    @FXML private ComboBox<BranchChoice> dashboardBranchChooser;
    @FXML private Label dashboardSyncLine;
    @FXML private Label dashboardStatus;
    @FXML private Label bookingsValue;
    @FXML private Label takenValue;
    @FXML private Label expectedValue;
    @FXML private Label noShowsValue;
    @FXML private Label cancelledValue;
    @FXML private Label rebookingCaption;
    @FXML private Label rebookingValue;
    @FXML private Button lowStockButton;
    @FXML private Button deadLettersButton;
    @FXML private BarChart<String, Number> utilisationChart;
    @FXML private BarChart<String, Number> statusChart;
    @FXML private LineChart<String, Number> takingsChart;

    private static final int PERCENT_STEP = 25;
    /** Bookings are counted whole: the axis between two counts stays unlabelled. */
    private static final StringConverter<Number> WHOLE_NUMBERS = new StringConverter<>() {
        @Override
        public String toString(Number value) {
            double v = value.doubleValue();
            return v == Math.rint(v) ? Formats.count((long) v) : "";
        }

        @Override
        public Number fromString(String text) {
            return Double.valueOf(text);
        }
    };

    private final DashboardViewModel viewModel;
    private final SyncStatusViewModel sync;
    private final Runnable openStock;
    private final Runnable openDeadLetters;

    private DashboardView(DashboardViewModel viewModel, SyncStatusViewModel sync, Runnable openStock,
                          Runnable openDeadLetters) {
        this.viewModel = viewModel;
        this.sync = sync;
        this.openStock = openStock;
        this.openDeadLetters = openDeadLetters;
    }

    /** The dashboard; its sync line is the support strip's, and its low-stock and dead-letter tiles open those screens. */
    public static Parent load(DashboardViewModel viewModel, SyncStatusViewModel sync, Runnable openStock,
                              Runnable openDeadLetters) {
        return FxmlViews.load(new DashboardView(viewModel, sync, openStock, openDeadLetters), "DashboardView.fxml");
    }

    @FXML
    private void initialize() {
        dashboardBranchChooser.setItems(viewModel.branches());
        dashboardBranchChooser.valueProperty().bindBidirectional(viewModel.branchProperty());
        dashboardSyncLine.textProperty().bind(sync.lineProperty());
        dashboardStatus.textProperty().bind(viewModel.statusProperty());
        bookingsValue.textProperty().bind(viewModel.bookingsProperty());
        takenValue.textProperty().bind(viewModel.takenProperty());
        expectedValue.textProperty().bind(viewModel.expectedProperty());
        noShowsValue.textProperty().bind(viewModel.noShowsProperty());
        cancelledValue.textProperty().bind(viewModel.cancelledProperty());
        rebookingCaption.setText(Texts.get("dashboard.rebooking", DashboardViewModel.DAYS));
        rebookingValue.textProperty().bind(viewModel.rebookingProperty());
        lowStockButton.textProperty().bind(Bindings.createStringBinding(
                () -> Formats.count(viewModel.lowStockProperty().get()), viewModel.lowStockProperty()));
        lowStockButton.setOnAction(e -> openStock.run());
        deadLettersButton.textProperty().bind(Bindings.createStringBinding(
                () -> Formats.count(viewModel.deadLettersProperty().get()), viewModel.deadLettersProperty()));
        deadLettersButton.setOnAction(e -> openDeadLetters.run());
        takingsChart.setTitle(Texts.get("dashboard.chart.takings", DashboardViewModel.DAYS));

        NumberAxis percent = (NumberAxis) utilisationChart.getYAxis();
        percent.setAutoRanging(false);
        percent.setLowerBound(0);
        percent.setTickUnit(PERCENT_STEP);
        follow(viewModel.utilisation(), () -> {
            // Up to 100 %, higher only when a stylist is booked over their hours.
            int most = viewModel.utilisation().stream().mapToInt(p -> p.value().intValue()).max().orElse(0);
            percent.setUpperBound(Math.max(100, (most + PERCENT_STEP - 1) / PERCENT_STEP * PERCENT_STEP));
            utilisationChart.getData().setAll(List.of(series("", viewModel.utilisation())));
        });
        ((NumberAxis) statusChart.getYAxis()).setTickLabelFormatter(WHOLE_NUMBERS);
        follow(viewModel.byStatus(), () -> statusChart.getData().setAll(List.of(series("", viewModel.byStatus()))));
        follow(viewModel.takings(), () -> takingsChart.getData().setAll(
                viewModel.takings().stream().map(s -> series(s.name(), s.points())).toList()));
    }

    private static <T> void follow(ObservableList<T> list, Runnable redraw) {
        list.addListener((ListChangeListener<T>) change -> redraw.run());
        redraw.run();
    }

    private static XYChart.Series<String, Number> series(String name, List<ChartPoint> points) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        points.forEach(p -> series.getData().add(new XYChart.Data<>(p.label(), p.value())));
        return series;
    }
}
