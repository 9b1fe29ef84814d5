package com.salondesk.domain.waitlist;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * What a waiting customer would take: {@code serviceId} at {@code branchId}, with {@code staffId} (null: anyone), on
 * a day from {@code from} to {@code to} (both included), and, when given, starting no earlier than {@code earliest}
 * and ending no later than {@code latest} (the branch's local times of day).
 */
public record Wish(String customerId, String branchId, String serviceId, String staffId, LocalDate from,
                   LocalDate to, LocalTime earliest, LocalTime latest, String note) {

    public Wish {
        staffId = staffId == null || staffId.isBlank() ? null : staffId;
        note = note == null ? "" : note.strip();
    }

    /** Whether a free time with {@code staff} from {@code start} to {@code end} is one this customer asked for. */
    public boolean fits(String branch, String staff, LocalDateTime start, LocalDateTime end) {
        LocalDate day = start.toLocalDate();
        return branchId.equals(branch)
                && (staffId == null || staffId.equals(staff))
                && !day.isBefore(from) && !day.isAfter(to)
                && end.toLocalDate().equals(day)
                && (earliest == null || !start.toLocalTime().isBefore(earliest))
                && (latest == null || !end.toLocalTime().isAfter(latest));
    }
}
