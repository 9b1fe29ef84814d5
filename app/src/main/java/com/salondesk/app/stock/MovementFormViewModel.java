package com.salondesk.app.stock;

import com.salondesk.app.desk.Explanation;
import com.salondesk.app.dialog.DialogService;
import com.salondesk.app.language.Texts;
import com.salondesk.app.port.StockKeeping;
import com.salondesk.app.port.StockLevelView;
import com.salondesk.app.task.TaskExecutor;
import com.salondesk.domain.product.ProductUnit;
import com.salondesk.domain.shared.DomainRejection;
import com.salondesk.domain.stock.StockLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A stock movement typed in line by line — a delivery received, an adjustment with its reason, or a stocktake (the
 * amounts counted, with the difference to the books shown before it is recorded). Each line is checked as it is
 * added and a wrong one is refused beside its field; nothing is written until the whole movement is recorded, and a
 * movement that would take a product below zero is recorded only when the person says so after a warning.
 */
public final class MovementFormViewModel {

    /** Which movement the form records. */
    public enum Kind {
        RECEIVE,
        ADJUST,
        STOCKTAKE
    }

    /** One line of the form; {@code expected} is the level on hand the books show (for a stocktake's difference). */
    public record FormLine(String productId, String productName, ProductUnit unit, BigDecimal quantity,
            BigDecimal expected) {
        public BigDecimal difference() {
            return quantity.subtract(expected);
        }

        StockLine stockLine() {
            return new StockLine(productId, quantity);
        }
    }

    private final Kind kind;
    private final StockKeeping stock;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable afterRecorded;

    // properties
    private final ObservableList<StockLevelView> products = FXCollections.observableArrayList();
    private final ObjectProperty<StockLevelView> product = new SimpleObjectProperty<>();
    private final StringProperty quantityText = new SimpleStringProperty("");
    private final StringProperty noteText = new SimpleStringProperty("");
    private final ObservableList<FormLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper productError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper quantityError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noteError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty recording = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper recorded = new ReadOnlyBooleanWrapper(false);

    MovementFormViewModel(Kind kind, List<StockLevelView> levels, StockKeeping stock, TaskExecutor tasks,
            DialogService dialogs, Runnable afterRecorded) {
        this.kind = kind;
        this.stock = stock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.afterRecorded = afterRecorded;
        products.setAll(levels);
        product.addListener((obs, old, now) -> productError.set(""));
        quantityText.addListener((obs, old, now) -> quantityError.set(""));
        noteText.addListener((obs, old, now) -> noteError.set(""));
        summarise();
    }

    // commands

    /**
     * Adds the chosen product with the quantity typed (replacing a line of the same product); false, with the
     * reason beside the field, when either is wrong.
     */
    public boolean addLine() {
        productError.set("");
        quantityError.set("");
        formError.set("");
        StockLevelView chosen = product.get();
        if (chosen == null) {
            productError.set(Texts.get("stock.form.productRequired"));
            return false;
        }
        Optional<BigDecimal> typed = Quantities.parse(quantityText.get());
        if (typed.isEmpty()) {
            quantityError.set(Texts.get("stock.form.notANumber", Quantities.say(new BigDecimal("12.5"))));
            return false;
        }
        BigDecimal quantity = typed.get();
        String wrong = switch (kind) {
            case RECEIVE -> quantity.signum() <= 0 ? Texts.get("stock.form.receivePositive") : null;
            case ADJUST -> quantity.signum() == 0 ? Texts.get("stock.form.adjustNotZero") : null;
            case STOCKTAKE -> quantity.signum() < 0 ? Texts.get("stock.form.countNotNegative") : null;
        };
        if (wrong == null && !chosen.unit().fits(quantity)) {
            wrong = chosen.unit() == ProductUnit.PIECE ? Texts.get("stock.form.wholePieces", chosen.name())
                    : Texts.get("stock.form.hundredths", chosen.name());
        }
        if (wrong != null) {
            quantityError.set(wrong);
            return false;
        }
        lines.removeIf(l -> l.productId().equals(chosen.productId()));
        lines.add(new FormLine(chosen.productId(), chosen.name(), chosen.unit(), quantity, chosen.onHand()));
        product.set(null);
        quantityText.set("");
        summarise();
        return true;
    }

    public void removeLine(FormLine line) {
        lines.remove(line);
        summarise();
    }

    /**
     * Records the movement when it is complete (at least one line; an adjustment's reason); false, with the reason
     * beside the field, when it is not. A refusal because stock would go below zero asks the person first.
     */
    public boolean record() {
        formError.set("");
        noteError.set("");
        if (lines.isEmpty()) {
            formError.set(Texts.get("stock.form.linesRequired"));
            return false;
        }
        if (kind == Kind.ADJUST && noteText.get().isBlank()) {
            noteError.set(Texts.get("stock.form.reasonRequired"));
            return false;
        }
        if (recording.get()) {
            return false;
        }
        write(false);
        return true;
    }

    private void write(boolean acceptBelowZero) {
        List<StockLine> stockLines = lines.stream().map(FormLine::stockLine).toList();
        String note = noteText.get().strip();
        recording.set(true);
        tasks.execute(() -> {
            switch (kind) {
                case RECEIVE -> stock.receive(note, stockLines);
                case ADJUST -> stock.adjust(note, stockLines, acceptBelowZero);
                case STOCKTAKE -> stock.stocktake(stockLines);
            }
            return true;
        }, done -> {
            recording.set(false);
            recorded.set(true);
            afterRecorded.run();
        }, failure -> {
            recording.set(false);
            if (failure instanceof DomainRejection rejection && "stock.below-zero".equals(rejection.code())
                    && !acceptBelowZero) {
                if (dialogs.confirm(Texts.get("stock.belowZero.title"), Texts.get("stock.belowZero.question",
                        Explanation.of(rejection)), Texts.get("stock.belowZero.recordAnyway"))) {
                    write(true);
                }
                return;
            }
            if (failure instanceof DomainRejection rejection && "stock.reason-required".equals(rejection.code())) {
                noteError.set(Explanation.of(rejection));
                return;
            }
            formError.set(Texts.get("stock.form.failed", Explanation.of(failure)));
        });
    }

    private void summarise() {
        if (kind != Kind.STOCKTAKE) {
            summary.set(lines.isEmpty() ? "" : Texts.get("stock.form.lines", lines.size()));
            return;
        }
        long differences = lines.stream().filter(l -> l.difference().signum() != 0).count();
        summary.set(lines.isEmpty() ? "" : Texts.get("stock.form.differences", lines.size(), differences));
    }

    // property accessors

    public Kind kind() {
        return kind;
    }

    /** The products to choose from: this branch's, with their levels on hand. */
    public ObservableList<StockLevelView> products() {
        return products;
    }

    public ObjectProperty<StockLevelView> productProperty() {
        return product;
    }

    public StringProperty quantityTextProperty() {
        return quantityText;
    }

    /** The delivery's supplier reference, or the adjustment's reason. */
    public StringProperty noteTextProperty() {
        return noteText;
    }

    public ObservableList<FormLine> lines() {
        return lines;
    }

    public ReadOnlyStringProperty productErrorProperty() {
        return productError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quantityErrorProperty() {
        return quantityError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteErrorProperty() {
        return noteError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    /** How many lines, and for a stocktake how many of them differ from the books. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public BooleanProperty recordingProperty() {
        return recording;
    }

    /** True once the movement is recorded (the form closes). */
    public ReadOnlyBooleanProperty recordedProperty() {
        return recorded.getReadOnlyProperty();
    }
}
