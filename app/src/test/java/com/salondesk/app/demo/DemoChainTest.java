package com.salondesk.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.app.wiring.DeskOpening;
import com.salondesk.app.wiring.FrontDesk;
import com.salondesk.domain.booking.BookingStatus;
import com.salondesk.persistence.read.BookingView;
import com.salondesk.persistence.read.BranchView;
import com.salondesk.persistence.read.CustomerView;
import com.salondesk.persistence.read.DeskQueries;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoChainTest {

    private static final Instant NOW = Instant.parse("2026-11-26T13:30:00Z");

    @TempDir
    Path folder;

    @Test
    void aFirstStartRecordsARealisticChainQuicklyAndALaterStartReopensIt() {
        Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/London"));
        long started = System.nanoTime();
        long events;
        try (var opened = new Closing(DeskOpening.open(folder, clock, step -> { }))) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took).as("preparing the demo").isLessThan(Duration.ofSeconds(45));
            FrontDesk desk = opened.desk;
            DeskQueries queries = desk.local().queries();
            assertThat(desk.identity().tenantId()).isEqualTo(DemoChain.TENANT);
            assertThat(queries.branches()).extracting(BranchView::name).containsExactly("Clapham", "Shoreditch");
            assertThat(queries.branches()).allSatisfy(b -> {
                assertThat(b.zone()).isEqualTo(ZoneId.of("Europe/London"));
                assertThat(b.currency()).isEqualTo("GBP");
                assertThat(b.openingHours().on(java.time.DayOfWeek.SUNDAY)).as("closed on Sundays").isEmpty();
            });
            assertThat(queries.services()).hasSize(20);
            assertThat(queries.staffOf("shoreditch")).hasSize(4);
            assertThat(queries.staffOf("clapham")).hasSize(4);
            assertThat(queries.customerCount()).isEqualTo(DemoChain.CUSTOMERS);
            assertThat(queries.searchCustomers("", 400)).extracting(CustomerView::phone)
                    .filteredOn(p -> !p.isEmpty()).allMatch(p -> p.startsWith("07700 900"));

            List<BookingView> week = weekAround(queries, LocalDate.parse("2026-11-26"));
            assertThat(week.size()).isGreaterThan(150);
            assertThat(queries.bookingCount()).isEqualTo(week.size());
            Set<BookingStatus> past = EnumSet.noneOf(BookingStatus.class);
            Set<BookingStatus> future = EnumSet.noneOf(BookingStatus.class);
            for (BookingView b : week) {
                if (!b.end().isAfter(NOW)) {
                    past.add(b.status());
                } else if (b.start().isAfter(NOW)) {
                    future.add(b.status());
                }
            }
            assertThat(past).containsExactlyInAnyOrder(BookingStatus.COMPLETED, BookingStatus.NO_SHOW,
                    BookingStatus.CANCELLED);
            assertThat(future).containsExactlyInAnyOrder(BookingStatus.REQUESTED, BookingStatus.CONFIRMED,
                    BookingStatus.CANCELLED);
            Set<String> stylistsToday = new HashSet<>();
            week.stream().filter(b -> b.start().atZone(ZoneId.of("Europe/London")).toLocalDate()
                    .equals(LocalDate.parse("2026-11-26"))).forEach(b -> stylistsToday.add(b.staffId()));
            assertThat(stylistsToday).as("a Thursday: everyone but Tom's colleagues off that day works")
                    .hasSizeGreaterThanOrEqualTo(6);
            for (BookingView one : week) {
                assertThat(week).as("no customer is booked twice at once, as a new user once found")
                        .noneMatch(other -> other != one && other.customerId().equals(one.customerId())
                                            && one.status().holdsTime() && other.status().holdsTime()
                                            && other.start().isBefore(one.end()) && one.start().isBefore(other.end()));
            }
            var stock = desk.local().stockQueries();
            assertThat(stock.products()).hasSize(14);
            assertThat(stock.lowStock("shoreditch")).extracting(l -> l.productId())
                    .contains("texture-spray", "colour-8-3");
            assertThat(stock.lowStock("clapham")).extracting(l -> l.productId()).contains("beard-oil");
            assertThat(stock.movements("shoreditch", 1000)).as("services done so far used their colour")
                    .anyMatch(m -> m.kind() == com.salondesk.persistence.read.StockMovementKind.USED);
            assertThat(desk.local().store().load("service-full-colour", new com.salondesk.domain.service.ServiceDecider(),
                    com.salondesk.domain.service.ServiceEvent.class).state())
                    .isInstanceOfSatisfying(com.salondesk.domain.service.SalonService.Offered.class, colour -> {
                        assertThat(colour.deposit().amount()).isEqualTo(com.salondesk.domain.shared.Money.of("20", "GBP"));
                        assertThat(colour.productsUsed()).contains(com.salondesk.domain.stock.StockLine.of("colour-6-1", "60"));
                    });
            events = desk.local().log().count();
            assertThat(events).as("every record is an event")
                    .isGreaterThan(DemoChain.CUSTOMERS + week.size() * 2L);
        }

        try (var reopened = new Closing(DeskOpening.open(folder, clock, step -> { }))) {
            assertThat(reopened.desk.local().log().count()).as("no second demo").isEqualTo(events);
            assertThat(reopened.desk.local().queries().customerCount()).isEqualTo(DemoChain.CUSTOMERS);
        }
    }

    private static List<BookingView> weekAround(DeskQueries queries, LocalDate today) {
        List<BookingView> all = new ArrayList<>();
        for (BranchView branch : queries.branches()) {
            for (LocalDate d = today.minusDays(3); !d.isAfter(today.plusDays(3)); d = d.plusDays(1)) {
                all.addAll(queries.bookingsOn(branch.branchId(), d, branch.zone()));
            }
        }
        return all;
    }

    private record Closing(FrontDesk desk) implements AutoCloseable {
        @Override
        public void close() {
            desk.local().close();
        }
    }
}
