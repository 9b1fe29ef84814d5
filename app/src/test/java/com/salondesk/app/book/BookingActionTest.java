package com.salondesk.app.book;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.booking.BookingStatus;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BookingActionTest {

    private static final Instant STARTS = Instant.parse("2026-12-01T10:00:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "REQUESTED  | CONFIRM CHECK_IN NO_SHOW TAKE_DEPOSIT CANCEL",
            "CONFIRMED  | CHECK_IN NO_SHOW TAKE_DEPOSIT CANCEL",
            "CHECKED_IN | COMPLETE TAKE_DEPOSIT CHECKOUT",
            "COMPLETED  | ''",
            "CANCELLED  | ''",
            "NO_SHOW    | UNDO_NO_SHOW"})
    void offersTheStepsTheStatusAllowsOnceTheAppointmentHasBegun(BookingStatus status, String allowed) {
        Set<BookingAction> expected = allowed.isBlank() ? EnumSet.noneOf(BookingAction.class)
                : Arrays.stream(allowed.split(" ")).map(BookingAction::valueOf).collect(Collectors.toSet());

        assertThat(allowedFor(status, STARTS.plusSeconds(60))).isEqualTo(expected);
    }

    @Test
    void aNoShowWaitsUntilTheAppointmentHasBegun() {
        assertThat(allowedFor(BookingStatus.CONFIRMED, STARTS.minusSeconds(60))).doesNotContain(BookingAction.NO_SHOW);
        assertThat(allowedFor(BookingStatus.CONFIRMED, STARTS)).contains(BookingAction.NO_SHOW);
    }

    @Test
    void aBookingThatLostItsTimeIsSettledFromTheNeedsAttentionListNotTheBook() {
        BookingBlock lost = new BookingBlock("b1", "anna", LocalTime.of(10, 0), LocalTime.of(10, 45), "Jane Doe",
                "Cut & finish", BookingStatus.CONFIRMED, null, null, STARTS, true);

        assertThat(Arrays.stream(BookingAction.values()).filter(a -> a.allowedFor(lost, STARTS.plusSeconds(60))))
                .isEmpty();
    }

    private static Set<BookingAction> allowedFor(BookingStatus status, Instant now) {
        BookingBlock block = new BookingBlock("b1", "anna", LocalTime.of(10, 0), LocalTime.of(10, 45), "Jane Doe",
                "Cut & finish", status, null, null, STARTS);
        return Arrays.stream(BookingAction.values()).filter(a -> a.allowedFor(block, now))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(BookingAction.class)));
    }
}
