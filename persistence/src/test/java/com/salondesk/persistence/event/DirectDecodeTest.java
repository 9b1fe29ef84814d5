package com.salondesk.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.domain.booking.BookedService;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.bookingsaga.BookingSagaEvent;
import com.salondesk.domain.bookingsaga.SagaStep;
import com.salondesk.domain.branch.Address;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.checkout.CheckoutEvent;
import com.salondesk.domain.checkout.CheckoutLine;
import com.salondesk.domain.checkout.LineKind;
import com.salondesk.domain.checkout.ProductUse;
import com.salondesk.domain.customer.CustomerEvent;
import com.salondesk.domain.notification.BranchTemplateEvent;
import com.salondesk.domain.notification.NotificationEvent;
import com.salondesk.domain.notification.NotificationKind;
import com.salondesk.domain.operations.HandlerEvent;
import com.salondesk.domain.payment.PaymentEvent;
import com.salondesk.domain.payment.Purpose;
import com.salondesk.domain.payment.Tender;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.product.ProductEvent;
import com.salondesk.domain.product.ProductKind;
import com.salondesk.domain.product.ProductUnit;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.shared.DomainEvent;
import com.salondesk.domain.shared.Money;
import com.salondesk.domain.shared.TimeRange;
import com.salondesk.domain.shared.WeeklyHours;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.domain.staff.StaffRole;
import com.salondesk.domain.stock.StockCount;
import com.salondesk.domain.stock.StockEvent;
import com.salondesk.domain.stock.StockLine;
import com.salondesk.domain.tenant.TenantEvent;
import com.salondesk.domain.voucher.VoucherEvent;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link EventTypeRegistry#fromJson} reads a stored payload's text to the same event, or the same
 * exception, as parsing it to a tree and calling {@link EventTypeRegistry#fromPayload}.
 */
class DirectDecodeTest {

    private final EventTypeRegistry registry = SalonEventTypes.registry();

    private static final WeeklyHours HOURS = WeeklyHours.on(List.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
            TimeRange.of("09:00", "12:30"), TimeRange.of("13:15", "18:00"));

    /** One event of every registered type, in today's shape. */
    static Stream<DomainEvent> everyType() {
        return Stream.of(
                new TenantEvent.Registered("acme", "Acme Salons"),
                new BranchEvent.Opened("soho", "Soho", new Address("1 Dean St", "London", "W1D 3RB", "GB"),
                        "Europe/London", "GBP", HOURS),
                new BranchEvent.OpeningHoursChanged("soho", WeeklyHours.none()),
                new BranchEvent.CheckInWindowChanged("soho", 15),
                new StaffEvent.Hired("anna", "soho", "Anna Berg", StaffRole.STYLIST, List.of("cut", "colour"), HOURS),
                new StaffEvent.ServicesChanged("anna", List.of()),
                new StaffEvent.WorkingHoursChanged("anna", HOURS),
                new ServiceEvent.Added("cut", "Cut & finish", "Hair", 45, Money.of("55.00", "GBP")),
                new ServiceEvent.PriceChanged("cut", Money.of("1500", "JPY")),
                new CustomerEvent.Registered("c1", "Jane \"JD\" Doe", "+44 20 7946 0000", "jane@example.com", "", true),
                new CustomerEvent.DetailsChanged("c1", "Jane Doe", "+44", "jane@example.com", "naïve\nnotes ✂", false),
                new CustomerEvent.Merged("c1", "c2", "Jane Doe", "07700 900123", "jane@example.com", "", true),
                new CustomerEvent.MergedInto("c2", "c1", "Jane Doe"),
                new BookingEvent.Created("b1", "c1", "soho", "anna",
                        List.of(new BookedService("cut", 45, Money.of("55.00", "GBP")),
                                new BookedService("colour", 90, Money.of("120.5", "GBP"))),
                        Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T12:15:00.123456Z"),
                        Money.of("175.50", "GBP")),
                new BookingEvent.Confirmed("b1"),
                new BookingEvent.CheckedIn("b1"),
                new BookingEvent.Completed("b1"),
                new BookingEvent.NoShowRecorded("b1"),
                new BookingEvent.NoShowUndone("b1", com.salondesk.domain.booking.BookingStatus.CONFIRMED),
                new BookingEvent.Cancelled("b1", null),
                new StaffDayEvent.SlotReserved("anna", LocalDate.parse("2026-12-01"), "b1", LocalTime.parse("10:00"),
                        LocalTime.parse("10:45"), true, LocalTime.parse("10:15"),
                        LocalTime.parse("10:30")),
                new StaffDayEvent.SlotReleased("anna", LocalDate.parse("2026-12-01"), "b1"),
                new com.salondesk.domain.schedule.CustomerDayEvent.VisitReserved("c1", LocalDate.parse("2026-12-01"),
                        "b1", LocalTime.parse("10:00"), LocalTime.parse("10:45"), false),
                new com.salondesk.domain.schedule.CustomerDayEvent.VisitReleased("c1", LocalDate.parse("2026-12-01"),
                        "b1"),
                new HandlerEvent.EventSkipped("printer", "0193f3c2-7b00-7cc1-9d2e-5b8f0a1c2d00", "booking-b1",
                        "booking.created", "printed by hand"),
                new BookingEvent.TimeLost("b1", "anna", LocalDate.parse("2026-12-01"), List.of("b2", "b3"),
                        "schedule.slot-taken", Instant.parse("2026-12-01T08:00:00.000001Z")),
                new BookingEvent.Moved("b1", "ben", Instant.parse("2026-12-01T14:00:00Z"),
                        Instant.parse("2026-12-01T14:45:00Z")),
                new BookingEvent.KeptAsOverbook("b1"),
                new BookingEvent.Rescheduled("b1", "ben", Instant.parse("2026-12-01T14:00:00Z"),
                        Instant.parse("2026-12-01T14:45:00Z"), "anna", Instant.parse("2026-12-01T10:00:00Z"),
                        Instant.parse("2026-12-01T10:45:00Z")),
                new BookingEvent.DetailsChanged("b1", List.of(new com.salondesk.domain.booking.BookedService("colour",
                        90, com.salondesk.domain.shared.Money.of("120.00", "GBP"))),
                        com.salondesk.domain.shared.Money.of("120.00", "GBP"), "patch test done"),
                new com.salondesk.domain.attention.AttentionEvent.Raised("e1",
                        com.salondesk.domain.attention.AttentionKind.BOOKING_TIME_LOST, "b1", List.of("b2"),
                        "schedule.slot-taken", List.of("10:00–10:45", "2026-12-01"),
                        "0193f3c2-7b00-7cc1-9d2e-5b8f0a1c2d00", "schedule.slot-reserved", "schedule-anna-2026-12-01",
                        "desk-a"),
                new com.salondesk.domain.attention.AttentionEvent.Resolved("e1",
                        com.salondesk.domain.attention.Resolution.OVERBOOKED, "maria"),
                // payments, checkouts, gift vouchers and branch tax rates (pay)
                new PaymentEvent.Taken("p1", "soho", Purpose.CHECKOUT, null, "k1", "c1", Tender.CASH,
                        Money.of("42.50", "GBP"), Money.of("50", "GBP"), Money.of("7.50", "GBP"), null, null,
                        Instant.parse("2026-12-01T16:00:00.000001Z")),
                new PaymentEvent.Declined("p2", "soho", Purpose.DEPOSIT, "b1", null, Money.of("1500", "JPY"), "DECL 9",
                        Instant.parse("2026-12-01T16:00:00Z")),
                new PaymentEvent.Refunded("p1", "p1-refund-1", Money.of("0.10", "GBP"), Tender.CASH, "too much",
                        Instant.parse("2026-12-01T16:05:00Z")),
                new CheckoutEvent.Completed("k1", "soho", "c1", List.of("b1"),
                        List.of(new CheckoutLine(LineKind.RETAIL, "shampoo", "Shampoo", new BigDecimal("2"),
                                Money.of("12.99", "GBP"), new BigDecimal("20"), Money.of("4.33", "GBP"),
                                Money.of("25.98", "GBP"))),
                        List.of(new ProductUse("b1", "colour", new BigDecimal("45.5"))), Money.of("25.98", "GBP"),
                        Money.of("4.33", "GBP"), List.of("p1"), Money.of("20.00", "GBP"), Money.of("5.98", "GBP"),
                        Instant.parse("2026-12-01T16:00:00Z")),
                new CheckoutEvent.BalancePaid("k1", "p3", Money.of("5.98", "GBP"), Money.of("0.00", "GBP"),
                        Instant.parse("2026-12-02T10:00:00Z")),
                new VoucherEvent.Sold("7KQD-M2XP-9HTC", "soho", Money.of("50", "GBP"), "p4", null,
                        Instant.parse("2026-12-01T16:00:00Z")),
                new VoucherEvent.Redeemed("7KQD-M2XP-9HTC", "soho", Money.of("30", "GBP"), "p5",
                        Instant.parse("2026-12-01T17:00:00Z")),
                new VoucherEvent.RedemptionRefunded("7KQD-M2XP-9HTC", "p5", "r1", Money.of("30", "GBP"),
                        Instant.parse("2026-12-01T18:00:00Z")),
                new BranchEvent.TaxRatesChanged("soho", java.util.Map.of("services", new BigDecimal("20"),
                        "retail", new BigDecimal("7.5"))),
                // products, stock and the service's products and deposit (issue 11, stock)
                new ServiceEvent.ProductsUsedChanged("colour", List.of(StockLine.of("tube", "60.5"))),
                new ServiceEvent.DepositChanged("colour", Money.of("20.00", "GBP"), 48),
                new ProductEvent.Added("tube", "Colour tube 6.1", "CT-61", ProductKind.BACK_BAR, ProductUnit.ML, null),
                new ProductEvent.PriceChanged("shampoo", Money.of("15.00", "GBP")),
                new ProductEvent.LowStockThresholdSet("tube", "soho", new BigDecimal("250.00")),
                new StockEvent.Received("m1", "soho", "DN-1", List.of(StockLine.of("tube", "500"))),
                new StockEvent.Adjusted("m2", "soho", "broken", List.of(StockLine.of("shampoo", "-1")),
                        List.of(StockLine.of("shampoo", "-1"))),
                new StockEvent.Counted("m3", "soho", List.of(new StockCount("tube", new BigDecimal("120"),
                        new BigDecimal("100.50"), new BigDecimal("-19.50")))),
                new StockEvent.Sold("m4", "soho", "co1", List.of(StockLine.of("shampoo", "2")), List.of()),
                new StockEvent.Reserved("b1", "soho", List.of(StockLine.of("tube", "60"))),
                new StockEvent.Released("b1", "soho", List.of(StockLine.of("tube", "15")), "not-used"),
                new StockEvent.Used("b1", "soho", List.of(StockLine.of("tube", "45")),
                        List.of(StockLine.of("tube", "45"))),
                // the outbox of customer messages and a branch's templates (issue 11, notify)
                new NotificationEvent.Queued("n1", NotificationKind.BOOKING_CREATED, "jane@example.com", "en",
                        "Your appointment", "Hello Jane,\nsee you at 10:00 – £55.00", "e1", "b1", "soho", "c1",
                        Instant.parse("2026-12-01T09:00:00Z")),
                new NotificationEvent.Sent("n1", "<n1.salondesk@example.com>", 2, Instant.parse("2026-12-01T09:01:00Z")),
                new NotificationEvent.AttemptFailed("n1", 1, "the mail server cannot be reached",
                        Instant.parse("2026-12-01T09:02:00Z"), Instant.parse("2026-12-01T09:00:30Z")),
                new NotificationEvent.GivenUp("n1", 6, "the mail server cannot be reached",
                        Instant.parse("2026-12-01T11:00:00Z")),
                new NotificationEvent.ResendRequested("n1", "maria", Instant.parse("2026-12-01T12:00:00Z")),
                new BranchTemplateEvent.TemplateChanged("soho", NotificationKind.BOOKING_CONFIRMED, "de",
                        "Bis bald, {customer}", "Am {date} um {time}."),
                new BranchTemplateEvent.TemplateReset("soho", NotificationKind.BOOKING_CONFIRMED, "de"),
                // the till and the desk's drawer (issue 11, till)
                new com.salondesk.domain.till.TillEvent.Opened("t1", "soho", "desk-a",
                        java.time.LocalDate.of(2026, 12, 1), Money.of("150", "GBP"), "maria",
                        Instant.parse("2026-12-01T08:45:00Z")),
                new com.salondesk.domain.till.TillEvent.CashIn("t1", Money.of("20", "GBP"), "change from the bank",
                        "maria", Instant.parse("2026-12-01T10:00:00Z")),
                new com.salondesk.domain.till.TillEvent.CashOut("t1", Money.of("12.50", "GBP"), "window cleaner",
                        "maria", Instant.parse("2026-12-01T11:00:00.000001Z")),
                new com.salondesk.domain.till.TillEvent.Closed("t1", Money.of("157.00", "GBP"),
                        Money.of("157.50", "GBP"), Money.of("-0.50", "GBP"),
                        List.of(new com.salondesk.domain.till.DenominationCount(Money.of("50", "GBP"), 3),
                                new com.salondesk.domain.till.DenominationCount(Money.of("0.50", "GBP"), 14)),
                        "maria", Instant.parse("2026-12-01T18:30:00Z")),
                new com.salondesk.domain.till.DrawerEvent.TillTaken("desk-a", "t1", java.time.LocalDate.of(2026, 12, 1)),
                new com.salondesk.domain.till.DrawerEvent.TillGivenBack("desk-a", "t1"),
                // booking confirmation saga (saga)
                new BookingSagaEvent.Started("b1", "soho", List.of(SagaStep.RESERVE_STOCK, SagaStep.TAKE_DEPOSIT,
                        SagaStep.CONFIRM), List.of(StockLine.of("tube", "60.50")), Money.of("20.00", "GBP"),
                        Instant.parse("2026-12-02T08:00:00Z"), Instant.parse("2026-12-03T10:00:00Z"),
                        Instant.parse("2026-12-03T10:00:00Z"), Instant.parse("2026-12-01T08:00:00.000001Z")),
                new BookingSagaEvent.StepCompleted("b1", SagaStep.TAKE_DEPOSIT, "p1", Money.of("20.00", "GBP"),
                        SagaStep.CONFIRM, Instant.parse("2026-12-03T10:00:00Z"), Instant.parse("2026-12-01T09:00:00Z")),
                new BookingSagaEvent.DepositDeclined("b1", "p0", "DECL 9", Instant.parse("2026-12-01T08:30:00Z")),
                new BookingSagaEvent.Paused("b1", SagaStep.CONFIRM, "booking-saga.time-lost",
                        Instant.parse("2026-12-03T10:00:00Z"), Instant.parse("2026-12-01T09:00:00Z")),
                new BookingSagaEvent.Resumed("b1", SagaStep.CONFIRM, Instant.parse("2026-12-03T10:00:00Z"),
                        Instant.parse("2026-12-01T09:10:00Z")),
                new BookingSagaEvent.StepFailed("b1", SagaStep.TAKE_DEPOSIT, "booking-saga.card-declined",
                        List.of("DECL 9"), Instant.parse("2026-12-02T08:00:00Z")),
                new BookingSagaEvent.StepCompensated("b1", SagaStep.RESERVE_STOCK, Instant.parse("2026-12-02T08:00:00Z")),
                new BookingSagaEvent.Completed("b1", Instant.parse("2026-12-01T09:00:01Z")),
                new BookingSagaEvent.Compensated("b1", SagaStep.TAKE_DEPOSIT, "booking-saga.card-declined",
                        List.of("DECL 9"), true, Instant.parse("2026-12-02T08:00:00Z")),
                // availability rules (rules)
                new com.salondesk.domain.branch.BranchEvent.ClosureAdded("soho", "c2", LocalDate.parse("2026-12-28"),
                        LocalTime.parse("09:00"), LocalTime.parse("12:00"), "Training"),
                new com.salondesk.domain.branch.BranchEvent.ClosureRemoved("soho", "c1"),
                new com.salondesk.domain.branch.BranchEvent.BookingWindowChanged("soho", 120, 60),
                new com.salondesk.domain.branch.BranchEvent.ResourceAdded("soho", "basin", "Basin", 2),
                new com.salondesk.domain.branch.BranchEvent.ResourceChanged("soho", "basin", "Basin", 3),
                new com.salondesk.domain.staff.StaffEvent.BreaksChanged("anna", com.salondesk.domain.shared.WeeklyHours
                        .on(List.of(java.time.DayOfWeek.MONDAY), com.salondesk.domain.shared.TimeRange.of("13:00",
                                "13:30"))),
                new com.salondesk.domain.staff.StaffEvent.ShiftAdded("anna", LocalDate.parse("2026-12-06"),
                        List.of(com.salondesk.domain.shared.TimeRange.of("10:00", "14:00"))),
                new com.salondesk.domain.staff.StaffEvent.ShiftRemoved("anna", LocalDate.parse("2026-12-06")),
                new com.salondesk.domain.staff.StaffEvent.TimeOffAdded("anna", "t1",
                        java.time.LocalDateTime.parse("2026-12-07T14:00"),
                        java.time.LocalDateTime.parse("2026-12-09T12:00"), "Dentist"),
                new com.salondesk.domain.staff.StaffEvent.TimeOffRemoved("anna", "t1"),
                new com.salondesk.domain.service.ServiceEvent.TimingChanged("colour", 30, 30, 15, 10),
                new com.salondesk.domain.service.ServiceEvent.ResourcesChanged("colour", List.of("basin")),
                new com.salondesk.domain.resource.ResourceDayEvent.Reserved("soho", "basin",
                        LocalDate.parse("2026-12-01"), "b9", LocalTime.parse("10:00"), LocalTime.parse("11:15"),
                        "Basin", 2),
                new com.salondesk.domain.resource.ResourceDayEvent.Released("soho", "basin",
                        LocalDate.parse("2026-12-01"), "b9"),
                // waitlist
                new com.salondesk.domain.waitlist.WaitlistEvent.Joined("w1", "c1", "soho", "cut", null,
                        LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-05"), LocalTime.of(14, 0),
                        null, "after work"),
                new com.salondesk.domain.waitlist.WaitlistEvent.SlotOffered("w1", "o1", "b1", "anna",
                        java.time.LocalDateTime.parse("2026-12-02T14:00"), java.time.LocalDateTime.parse("2026-12-02T14:45"),
                        Instant.parse("2026-12-01T21:00:00Z")),
                new com.salondesk.domain.waitlist.WaitlistEvent.OfferDeclined("w1", "o1", "not Tuesday"),
                new com.salondesk.domain.waitlist.WaitlistEvent.Booked("w1", "o1", "b2"),
                new com.salondesk.domain.waitlist.WaitlistEvent.Left("w1", ""));
    }

    @Test
    void theSamplesCoverEveryRegisteredType() {
        assertThat(everyType().map(e -> registry.typeOf(e).wireName()))
                .containsExactlyInAnyOrderElementsOf(registry.wireNames());
    }

    @Test
    void aCancellationRecordedBeforeItHadACategoryReadsAsOther() throws IOException {
        String stored = "{\"bookingId\": \"b1\", \"reason\": \"customer is ill\"}";

        var cancelled = (BookingEvent.Cancelled) registry.fromJson("booking.cancelled", 1, stored);

        assertThat(cancelled.category()).isNull();
        assertThat(cancelled.categoryOrOther()).isEqualTo(com.salondesk.domain.booking.CancelReason.Category.OTHER);
        assertThat(cancelled.reason()).isEqualTo("customer is ill");
        var withCategory = new BookingEvent.Cancelled("b1", "", com.salondesk.domain.booking.CancelReason.Category.ILLNESS);
        assertThat(registry.fromJson("booking.cancelled", 1, registry.json().writeValueAsString(withCategory)))
                .isEqualTo(withCategory);
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void aCurrentPayloadIsReadStraightFromItsTextToTheSameEventAsThroughTheTree(DomainEvent event) throws IOException {
        EventTypeRegistry.EventType type = registry.typeOf(event);
        String stored = registry.json().writeValueAsString(registry.json().valueToTree(event));

        DomainEvent direct = registry.fromJson(type.wireName(), type.schemaVersion(), stored);

        assertThat(direct).isEqualTo(event)
                .isEqualTo(registry.fromPayload(type.wireName(), type.schemaVersion(), tree(stored)));
        assertThat(registry.readDirect(type.wireName(), stored)).as("read without the tree").isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void aPayloadAsTheLogWritesItReadsBackToTheSameEvent(DomainEvent event) throws IOException {
        EventTypeRegistry.EventType type = registry.typeOf(event);
        String stored = registry.toPayloadJson(event);

        assertThat(registry.fromJson(type.wireName(), type.schemaVersion(), stored)).isEqualTo(event)
                .isEqualTo(registry.fromPayload(type.wireName(), type.schemaVersion(), tree(stored)));
    }

    /** Both paths read a fraction as a BigDecimal, every digit of it. */
    @ParameterizedTest
    @ValueSource(strings = {"55.00", "55", "0.125", "0.135", "1.00500000000000000001", "-0", "1e2", "12345678901234567.891",
            "\"19.995\""})
    void anAmountReadsAsTheTreeReadsIt(String amount) throws IOException {
        String stored = "{\"serviceId\":\"cut\",\"price\":{\"amount\":" + amount + ",\"currency\":\"GBP\"}}";

        assertThat(registry.fromJson("service.price-changed", 1, stored))
                .isEqualTo(registry.fromPayload("service.price-changed", 1, tree(stored)));
    }

    /** A double holds about 16 digits: 1.00500000000000000001 would be 1.005 and round to 1.00, not 1.01. */
    @ParameterizedTest
    @ValueSource(strings = {"1.00500000000000000001:1.01", "12345678901234567.89:12345678901234567.89",
            "0.00499999999999999999999:0.00", "99999999999999999.995:100000000000000000.00"})
    void anAmountWithMoreDigitsThanADoubleHoldsReadsExactlyOnBothPaths(String amountAndMoney) throws IOException {
        String amount = amountAndMoney.split(":")[0];
        Money expected = new Money(new BigDecimal(amountAndMoney.split(":")[1]), "GBP");
        String stored = "{\"serviceId\":\"cut\",\"price\":{\"amount\":" + amount + ",\"currency\":\"GBP\"}}";

        assertThat(registry.readDirect("service.price-changed", stored)).as("read straight from the text")
                .isEqualTo(new ServiceEvent.PriceChanged("cut", expected));
        assertThat(registry.fromPayload("service.price-changed", 1, tree(stored))).as("read through the tree")
                .isEqualTo(new ServiceEvent.PriceChanged("cut", expected));
        assertThat(tree(stored).get("price").get("amount").decimalValue()).isEqualTo(new BigDecimal(amount));
    }

    /** Once infinite through a double; exactly, rounding them would never end. Both paths refuse them at once. */
    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e400", "1e1000000000", "1e-1000000000", "1234567890123456789.5", "\"1e999999\""})
    @Timeout(5)
    void anAmountNoSalonChargesIsMalformedWithoutEndlessArithmetic(String amount) throws IOException {
        String stored = "{\"serviceId\":\"cut\",\"price\":{\"amount\":" + amount + ",\"currency\":\"GBP\"}}";

        Throwable viaTree = catchThrowable(() -> registry.fromPayload("service.price-changed", 1, tree(stored)));
        assertThat(viaTree).isInstanceOf(MalformedEventException.class).hasMessageContaining("out of range");
        assertThatThrownBy(() -> registry.fromJson("service.price-changed", 1, stored))
                .isInstanceOf(MalformedEventException.class).hasMessage(viaTree.getMessage());
    }

    @Test
    void aJsonConfigurationThatReadsFractionsAsDoublesIsRefused() {
        EventTypeRegistry.Builder doubles = EventTypeRegistry.builder()
                .register("service.price-changed", ServiceEvent.PriceChanged.class, 1)
                .json(Json.mapper().disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS));

        assertThatThrownBy(doubles::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("amounts never pass through a double");
    }

    @Test
    void aNumberWhereTextIsExpectedReadsAsTheTreePrintsIt() throws IOException {
        for (String id : List.of("15", "-0", "1.50", "1e3")) {
            String stored = "{\"bookingId\":" + id + "}";
            assertThat(registry.fromJson("booking.confirmed", 1, stored)).as(stored)
                    .isEqualTo(registry.fromPayload("booking.confirmed", 1, tree(stored)));
        }
        assertThat(registry.fromJson("booking.confirmed", 1, "{\"bookingId\":-0}"))
                .isEqualTo(new BookingEvent.Confirmed("0"));
    }

    @Test
    void aRepeatedFieldReadsAsTheTreeReadsIt() throws IOException {
        for (String stored : List.of("{\"bookingId\":\"b1\",\"bookingId\":\"b2\"}",
                "{\"bookingId\":\"b1\",\"reason\":\"x\",\"bookingId\":\"b2\"}",
                "{\"bookingId\":\"b1\",\"reason\":\"x\",\"reason\":\"y\"}")) {
            String type = stored.contains("reason") ? "booking.cancelled" : "booking.confirmed";
            assertThat(registry.fromJson(type, 1, stored)).as(stored)
                    .isEqualTo(registry.fromPayload(type, 1, tree(stored)));
        }
    }

    @Test
    void anOlderPayloadIsUpcastAsBefore() throws IOException {
        String stored;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/v1/booking.created.json")) {
            stored = registry.json().writeValueAsString(registry.json().readTree(in).get("payload"));
        }

        var event = (BookingEvent.Created) registry.fromJson("booking.created", 1, stored);

        assertThat(event).isEqualTo(registry.fromPayload("booking.created", 1, tree(stored)));
        assertThat(event.services()).containsExactly(new BookedService("cut", 45, Money.of("55.00", "GBP")));
        assertThat(registry.readDirect("booking.created", stored)).as("v1 text does not fit v2 directly").isNull();
    }

    @Test
    void aPayloadThatDoesNotFitItsSchemaFailsAsThroughTheTree() throws IOException {
        String stored = "{\"bookingId\":\"b1\",\"room\":4}";
        Throwable viaTree = catchThrowable(() -> registry.fromPayload("booking.confirmed", 1, tree(stored)));

        assertThatThrownBy(() -> registry.fromJson("booking.confirmed", 1, stored))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage(viaTree.getMessage())
                .hasMessageStartingWith("payload of 'booking.confirmed' does not match its schema");
    }

    @Test
    void aPayloadBreakingTheEventsOwnRulesFailsAsThroughTheTree() throws IOException {
        String stored = "{\"serviceId\":\"cut\",\"price\":{\"amount\":1e400,\"currency\":\"GBP\"}}";
        String badCurrency = "{\"serviceId\":\"cut\",\"price\":{\"amount\":5,\"currency\":\"gbp\"}}";
        for (String text : List.of(stored, badCurrency)) {
            Throwable viaTree = catchThrowable(() -> registry.fromPayload("service.price-changed", 1, tree(text)));
            assertThatThrownBy(() -> registry.fromJson("service.price-changed", 1, text)).as(text)
                    .isInstanceOf(MalformedEventException.class).hasMessage(viaTree.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{\"bookingId\":\"b1\"", "{\"bookingId\":}", "{bookingId:\"b1\"}", "null", "[]",
            "[{\"bookingId\":\"b1\"}]", "\"b1\"", "42"})
    void aPayloadThatIsNotAJsonObjectIsMalformed(String stored) {
        assertThatThrownBy(() -> registry.fromJson("booking.confirmed", 1, stored))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("payload of 'booking.confirmed' is not");
    }

    @Test
    void anUnknownTypeOrVersionIsRefusedBeforeThePayloadIsRead() {
        assertThatThrownBy(() -> registry.fromJson("booking.teleported", 1, "{}"))
                .isInstanceOf(UnknownEventTypeException.class).hasMessage("unknown event type 'booking.teleported'");
        for (int version : new int[] {0, 3}) {
            assertThatThrownBy(() -> registry.fromJson("booking.created", version, "not even JSON"))
                    .isInstanceOf(UnknownEventTypeException.class)
                    .hasMessage("event type 'booking.created' has schema versions 1 to 2, not " + version)
                    .satisfies(e -> assertThat(((UnknownEventTypeException) e).schemaVersion()).isEqualTo(version));
        }
    }

    private ObjectNode tree(String text) throws IOException {
        return registry.json().readValue(text, ObjectNode.class);
    }

    private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.catchThrowable(call);
    }
}
