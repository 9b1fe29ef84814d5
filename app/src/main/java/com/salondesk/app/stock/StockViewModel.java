package com.salondesk.app.stock;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.StockKeeping;
import com.salondesk.app.port.StockLevelView;
import com.salondesk.app.port.StockMovementView;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.product.ProductUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Stock screen: this branch's levels per product (on hand, reserved, available, threshold; low ones marked),
 * the low-stock list, the movements of the chosen product, its low-stock threshold, and the forms that record a
 * delivery, an adjustment or a stocktake. Reads and writes run on the executor it is given.
 */
public final class StockViewModel {

    /** How many of a product's movements the screen lists. */
    static final int MOVEMENTS_SHOWN = 200;

    private final StockKeeping stock;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    // properties
    private final ObservableList<StockLevelView> levels = FXCollections.observableArrayList();
    private final ObservableList<StockMovementView> movements = FXCollections.observableArrayList();
    private final BooleanProperty lowOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<StockLevelView> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper head = new ReadOnlyStringWrapper("");
    private final StringProperty thresholdText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper thresholdError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public StockViewModel(StockKeeping stock, TaskExecutor tasks, DialogService dialogs) {
        this.stock = stock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        lowOnly.addListener((obs, old, now) -> refresh());
        thresholdText.addListener((obs, old, now) -> thresholdError.set(""));
    }

    // commands

    /** Reads the levels again (all, or the low ones) and the chosen product's movements. */
    public void refresh() {
        boolean low = lowOnly.get();
        tasks.execute(() -> new Levels(stock.levels(), low ? stock.lowStock() : null), read -> {
            levels.setAll(read.shown());
            long lowCount = read.all().stream().filter(StockLevelView::low).count();
            head.set(Texts.get("stock.head", read.all().size(), lowCount));
            StockLevelView before = selected.get();
            select(before == null ? null : levels.stream().filter(l -> l.productId().equals(before.productId()))
                    .findFirst().orElse(null));
        }, failure -> message.set(Texts.get("stock.readFailed", Explanation.of(failure))));
    }

    /** What was read: every level, and the list shown (the low ones only, when asked). */
    private record Levels(List<StockLevelView> all, List<StockLevelView> lowStock) {
        List<StockLevelView> shown() {
            return lowStock == null ? all : lowStock;
        }
    }

    /** Chooses a product: its movements are read and its threshold offered for change. */
    public void select(StockLevelView level) {
        StockLevelView before = selected.get();
        selected.set(level);
        if (level == null) {
            movements.clear();
            thresholdText.set("");
            return;
        }
        if (before == null || !before.productId().equals(level.productId())) {
            thresholdText.set(level.threshold() == null ? "" : Quantities.say(level.threshold()));
        }
        tasks.execute(() -> stock.movements(level.productId(), MOVEMENTS_SHOWN), movements::setAll,
                failure -> message.set(Texts.get("stock.readFailed", Explanation.of(failure))));
    }

    /** Sets the chosen product's low-stock threshold; false, with the reason beside the field, when it is wrong. */
    public boolean setThreshold() {
        thresholdError.set("");
        StockLevelView level = selected.get();
        if (level == null) {
            thresholdError.set(Texts.get("stock.threshold.chooseProduct"));
            return false;
        }
        Optional<BigDecimal> typed = Quantities.parse(thresholdText.get());
        if (typed.isEmpty()) {
            thresholdError.set(Texts.get("stock.form.notANumber", Quantities.say(new BigDecimal("12.5"))));
            return false;
        }
        BigDecimal threshold = typed.get();
        if (threshold.signum() < 0) {
            thresholdError.set(Texts.get("stock.threshold.negative"));
            return false;
        }
        if (!level.unit().fits(threshold)) {
            thresholdError.set(level.unit() == ProductUnit.PIECE ? Texts.get("stock.form.wholePieces", level.name())
                    : Texts.get("stock.form.hundredths", level.name()));
            return false;
        }
        tasks.execute(() -> {
            stock.setThreshold(level.productId(), threshold);
            return true;
        }, done -> {
            message.set(Texts.get("stock.threshold.set", level.name(), Quantities.say(threshold, level.unit())));
            refresh();
        }, failure -> thresholdError.set(Explanation.of(failure)));
        return true;
    }

    /** The form for a delivery. */
    public MovementFormViewModel receiveForm() {
        return form(MovementFormViewModel.Kind.RECEIVE);
    }

    /** The form for an adjustment with a reason. */
    public MovementFormViewModel adjustForm() {
        return form(MovementFormViewModel.Kind.ADJUST);
    }

    /** The form for a stocktake. */
    public MovementFormViewModel stocktakeForm() {
        return form(MovementFormViewModel.Kind.STOCKTAKE);
    }

    private MovementFormViewModel form(MovementFormViewModel.Kind kind) {
        message.set("");
        // Every product of the branch can be received, adjusted or counted, also while the list shows the low ones.
        List<StockLevelView> all = lowOnly.get() ? null : List.copyOf(levels);
        MovementFormViewModel form = new MovementFormViewModel(kind, all == null ? List.of() : all, stock, tasks,
                dialogs, () -> {
                    message.set(Texts.get("stock.recorded." + kind.name()));
                    refresh();
                });
        if (all == null) {
            tasks.execute(stock::levels, form.products()::setAll,
                    failure -> message.set(Texts.get("stock.readFailed", Explanation.of(failure))));
        }
        return form;
    }

    // words for the view

    public String quantity(BigDecimal quantity, ProductUnit unit) {
        return Quantities.say(quantity, unit);
    }

    public String change(BigDecimal quantity, ProductUnit unit) {
        return Quantities.change(quantity, unit);
    }

    public String kindOf(StockMovementView movement) {
        return Texts.get("stock.kind." + movement.kind().name());
    }

    // property accessors

    public ObservableList<StockLevelView> levels() {
        return levels;
    }

    public ObservableList<StockMovementView> movements() {
        return movements;
    }

    /** Show only the products at or below their threshold. */
    public BooleanProperty lowOnlyProperty() {
        return lowOnly;
    }

    public ReadOnlyObjectProperty<StockLevelView> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** "12 products, 2 low." */
    public ReadOnlyStringProperty headProperty() {
        return head.getReadOnlyProperty();
    }

    public StringProperty thresholdTextProperty() {
        return thresholdText;
    }

    public ReadOnlyStringProperty thresholdErrorProperty() {
        return thresholdError.getReadOnlyProperty();
    }

    /** What was last done, or why a read failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
