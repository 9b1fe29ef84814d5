package com.salondesk.app.wiring;

import com.salondesk.app.port.StockKeeping;
import com.salondesk.app.port.StockLevelView;
import com.salondesk.app.port.StockMovementView;
import com.salondesk.domain.product.ProductCommand;
import com.salondesk.domain.shared.UuidV7;
import com.salondesk.domain.stock.StockCommand;
import com.salondesk.domain.stock.StockLine;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.EventContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/** This branch's stock from the stock read model, and movements recorded by the person at the desk. */
final class DeskStock implements StockKeeping {

    private final DeskBackEnd local;
    private final Supplier<EventContext> command;
    private final String branchId;
    private final Clock clock;

    DeskStock(DeskBackEnd local, Supplier<EventContext> command, String branchId, Clock clock) {
        this.local = local;
        this.command = command;
        this.branchId = branchId;
        this.clock = clock;
    }

    @Override
    public List<StockLevelView> levels() {
        return local.stockQueries().levels(branchId).stream().map(DeskStock::level).toList();
    }

    @Override
    public List<StockLevelView> lowStock() {
        return local.stockQueries().lowStock(branchId).stream().map(DeskStock::level).toList();
    }

    @Override
    public List<StockMovementView> movements(String productId, int limit) {
        return local.stockQueries().movements(branchId, productId, limit).stream()
                .map(m -> new StockMovementView(m.recordedAt(), StockMovementView.Kind.valueOf(m.kind().name()),
                        m.productName(), m.unit(), m.onHandChange(), m.reservedChange(), m.note(), m.belowZero(),
                        m.userId() == null ? "" : m.userId()))
                .toList();
    }

    @Override
    public void receive(String supplierReference, List<StockLine> lines) {
        EventContext context = command.get();
        Writes.run(local, () -> local.stock().receive(context, new StockCommand.Receive(movementId(), branchId,
                supplierReference, lines, context.userId(), clock.instant())));
    }

    @Override
    public void adjust(String reason, List<StockLine> lines, boolean acceptBelowZero) {
        EventContext context = command.get();
        Writes.run(local, () -> local.stock().adjust(context, new StockCommand.Adjust(movementId(), branchId, reason,
                lines, acceptBelowZero, context.userId(), clock.instant())));
    }

    @Override
    public void stocktake(List<StockLine> counted) {
        EventContext context = command.get();
        Writes.run(local, () -> local.stock().stocktake(context, new StockCommand.Stocktake(movementId(), branchId,
                counted, context.userId(), clock.instant())));
    }

    @Override
    public void setThreshold(String productId, BigDecimal threshold) {
        EventContext context = command.get();
        Writes.run(local, () -> local.stock().setThreshold(context, new ProductCommand.SetLowStockThreshold(productId,
                branchId, threshold, context.userId(), clock.instant())));
    }

    private static String movementId() {
        return UuidV7.next().toString();
    }

    private static StockLevelView level(com.salondesk.persistence.read.StockLevelView l) {
        return new StockLevelView(l.productId(), l.name(), l.sku(), l.kind(), l.unit(), l.onHand(), l.reserved(),
                l.available(), l.threshold(), l.low());
    }
}
