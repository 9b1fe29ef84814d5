package com.salondesk.app.book;

import java.time.LocalTime;

/** Why a booking could not go where it was dropped, shown there: in {@code staffId}'s column at {@code at}. */
public record DropRefusal(String staffId, LocalTime at, String reason) {
}
