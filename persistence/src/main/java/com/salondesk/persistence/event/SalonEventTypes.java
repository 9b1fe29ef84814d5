package com.salondesk.persistence.event;

import com.salondesk.domain.attention.AttentionEvent;
import com.salondesk.domain.notification.BranchTemplateEvent;
import com.salondesk.domain.notification.NotificationEvent;
import com.salondesk.domain.booking.BookingEvent;
import com.salondesk.domain.bookingsaga.BookingSagaEvent;
import com.salondesk.domain.branch.BranchEvent;
import com.salondesk.domain.checkout.CheckoutEvent;
import com.salondesk.domain.customer.CustomerEvent;
import com.salondesk.domain.operations.HandlerEvent;
import com.salondesk.domain.payment.PaymentEvent;
import com.salondesk.domain.product.ProductEvent;
import com.salondesk.domain.resource.ResourceDayEvent;
import com.salondesk.domain.schedule.CustomerDayEvent;
import com.salondesk.domain.schedule.StaffDayEvent;
import com.salondesk.domain.service.ServiceEvent;
import com.salondesk.domain.staff.StaffEvent;
import com.salondesk.domain.stock.StockEvent;
import com.salondesk.domain.tenant.TenantEvent;
import com.salondesk.domain.voucher.VoucherEvent;
import com.salondesk.domain.till.DrawerEvent;
import com.salondesk.domain.till.TillEvent;
import com.salondesk.domain.waitlist.WaitlistEvent;

/** The catalogue of SalonDesk's events and their wire names; docs/events.md describes each one. */
public final class SalonEventTypes {

    private SalonEventTypes() {
    }

    public static EventTypeRegistry registry() {
        return EventTypeRegistry.builder()
                .register("tenant.registered", TenantEvent.Registered.class, 1)
                .register("branch.opened", BranchEvent.Opened.class, 1)
                .register("branch.opening-hours-changed", BranchEvent.OpeningHoursChanged.class, 1)
                .register("branch.check-in-window-changed", BranchEvent.CheckInWindowChanged.class, 1)
                .register("staff.hired", StaffEvent.Hired.class, 1)
                .register("staff.services-changed", StaffEvent.ServicesChanged.class, 1)
                .register("staff.working-hours-changed", StaffEvent.WorkingHoursChanged.class, 1)
                .register("service.added", ServiceEvent.Added.class, 1)
                .register("service.price-changed", ServiceEvent.PriceChanged.class, 1)
                .register("customer.registered", CustomerEvent.Registered.class, 1)
                .register("customer.details-changed", CustomerEvent.DetailsChanged.class, 1)
                .register("booking.created", BookingEvent.Created.class, 2)
                .upcaster("booking.created", 1, new BookingCreatedV2())
                .register("booking.confirmed", BookingEvent.Confirmed.class, 1)
                .register("booking.checked-in", BookingEvent.CheckedIn.class, 1)
                .register("booking.completed", BookingEvent.Completed.class, 1)
                .register("booking.no-show", BookingEvent.NoShowRecorded.class, 1)
                .register("booking.no-show-undone", BookingEvent.NoShowUndone.class, 1)
                .register("booking.cancelled", BookingEvent.Cancelled.class, 1)
                .register("booking.time-lost", BookingEvent.TimeLost.class, 1)
                .register("booking.moved", BookingEvent.Moved.class, 1)
                .register("booking.kept-as-overbook", BookingEvent.KeptAsOverbook.class, 1)
                .register("schedule.slot-reserved", StaffDayEvent.SlotReserved.class, 2)
                .upcaster("schedule.slot-reserved", 1, new SlotReservedV2())
                .register("schedule.slot-released", StaffDayEvent.SlotReleased.class, 1)
                .register("schedule.visit-reserved", CustomerDayEvent.VisitReserved.class, 1)
                .register("schedule.visit-released", CustomerDayEvent.VisitReleased.class, 1)
                .register("handler.event-skipped", HandlerEvent.EventSkipped.class, 1)
                .register("attention.raised", AttentionEvent.Raised.class, 1)
                .register("attention.resolved", AttentionEvent.Resolved.class, 1)
                // payments, checkouts, gift vouchers and branch tax rates (pay)
                .register("payment.taken", PaymentEvent.Taken.class, 1)
                .register("payment.declined", PaymentEvent.Declined.class, 1)
                .register("payment.refunded", PaymentEvent.Refunded.class, 1)
                .register("checkout.completed", CheckoutEvent.Completed.class, 1)
                .register("checkout.balance-paid", CheckoutEvent.BalancePaid.class, 1)
                .register("voucher.sold", VoucherEvent.Sold.class, 1)
                .register("voucher.redeemed", VoucherEvent.Redeemed.class, 1)
                .register("voucher.redemption-refunded", VoucherEvent.RedemptionRefunded.class, 1)
                .register("branch.tax-rates-changed", BranchEvent.TaxRatesChanged.class, 1)
                // till: a drawer's business day on one desk (till-<tillId>) and the desk's open till (drawer-<deviceId>)
                .register("till.opened", TillEvent.Opened.class, 1)
                .register("till.cash-in", TillEvent.CashIn.class, 1)
                .register("till.cash-out", TillEvent.CashOut.class, 1)
                .register("till.closed", TillEvent.Closed.class, 1)
                .register("drawer.till-taken", DrawerEvent.TillTaken.class, 1)
                .register("drawer.till-given-back", DrawerEvent.TillGivenBack.class, 1)
                // products, stock and the service's products and deposit (issue 11, stock)
                .register("service.products-used-changed", ServiceEvent.ProductsUsedChanged.class, 1)
                .register("service.deposit-changed", ServiceEvent.DepositChanged.class, 1)
                .register("product.added", ProductEvent.Added.class, 1)
                .register("product.price-changed", ProductEvent.PriceChanged.class, 1)
                .register("product.low-stock-threshold-set", ProductEvent.LowStockThresholdSet.class, 1)
                .register("stock.received", StockEvent.Received.class, 1)
                .register("stock.adjusted", StockEvent.Adjusted.class, 1)
                .register("stock.counted", StockEvent.Counted.class, 1)
                .register("stock.sold", StockEvent.Sold.class, 1)
                .register("stock.reserved", StockEvent.Reserved.class, 1)
                .register("stock.released", StockEvent.Released.class, 1)
                .register("stock.used", StockEvent.Used.class, 1)
                // notification: the outbox of customer messages, and a branch's own templates
                .register("notification.queued", NotificationEvent.Queued.class, 1)
                .register("notification.sent", NotificationEvent.Sent.class, 1)
                .register("notification.failed", NotificationEvent.AttemptFailed.class, 1)
                .register("notification.given-up", NotificationEvent.GivenUp.class, 1)
                .register("notification.resend-requested", NotificationEvent.ResendRequested.class, 1)
                .register("notification.template-changed", BranchTemplateEvent.TemplateChanged.class, 1)
                .register("notification.template-reset", BranchTemplateEvent.TemplateReset.class, 1)
                // booking confirmation saga (booking-saga-<bookingId>)
                .register("booking-saga.started", BookingSagaEvent.Started.class, 1)
                .register("booking-saga.step-completed", BookingSagaEvent.StepCompleted.class, 1)
                .register("booking-saga.deposit-declined", BookingSagaEvent.DepositDeclined.class, 1)
                .register("booking-saga.paused", BookingSagaEvent.Paused.class, 1)
                .register("booking-saga.resumed", BookingSagaEvent.Resumed.class, 1)
                .register("booking-saga.step-failed", BookingSagaEvent.StepFailed.class, 1)
                .register("booking-saga.step-compensated", BookingSagaEvent.StepCompensated.class, 1)
                .register("booking-saga.completed", BookingSagaEvent.Completed.class, 1)
                .register("booking-saga.compensated", BookingSagaEvent.Compensated.class, 1)
                // availability rules: branch closures, booking window, resources; staff breaks, shifts, time off;
                // a service's phases and resources, a resource's day (issue 12, rules; streams branch-, staff-,
                // service-, resource-<branch>-<resource>-<date>)
                .register("branch.closure-added", BranchEvent.ClosureAdded.class, 1)
                .register("branch.closure-removed", BranchEvent.ClosureRemoved.class, 1)
                .register("branch.booking-window-changed", BranchEvent.BookingWindowChanged.class, 1)
                .register("branch.resource-added", BranchEvent.ResourceAdded.class, 1)
                .register("branch.resource-changed", BranchEvent.ResourceChanged.class, 1)
                .register("staff.breaks-changed", StaffEvent.BreaksChanged.class, 1)
                .register("staff.shift-added", StaffEvent.ShiftAdded.class, 1)
                .register("staff.shift-removed", StaffEvent.ShiftRemoved.class, 1)
                .register("staff.time-off-added", StaffEvent.TimeOffAdded.class, 1)
                .register("staff.time-off-removed", StaffEvent.TimeOffRemoved.class, 1)
                .register("service.timing-changed", ServiceEvent.TimingChanged.class, 1)
                .register("service.resources-changed", ServiceEvent.ResourcesChanged.class, 1)
                .register("resource.reserved", ResourceDayEvent.Reserved.class, 1)
                .register("resource.released", ResourceDayEvent.Released.class, 1)
                // waitlist: a customer waiting for a freed time (waitlist-<entryId>)
                .register("waitlist.joined", WaitlistEvent.Joined.class, 1)
                .register("waitlist.slot-offered", WaitlistEvent.SlotOffered.class, 1)
                .register("waitlist.offer-declined", WaitlistEvent.OfferDeclined.class, 1)
                .register("waitlist.booked", WaitlistEvent.Booked.class, 1)
                .register("waitlist.left", WaitlistEvent.Left.class, 1)
                // customers: two records of one person merged (issue 12, customers)
                .register("customer.merged", CustomerEvent.Merged.class, 1)
                .register("customer.merged-into", CustomerEvent.MergedInto.class, 1)
                // booking (book): a booking dragged, resized or edited on the appointment book
                .register("booking.rescheduled", BookingEvent.Rescheduled.class, 1)
                .register("booking.details-changed", BookingEvent.DetailsChanged.class, 1)
                .build();
    }
}
