package com.salondesk.app.wiring;

import com.salondesk.app.port.CustomerMessage;
import com.salondesk.app.port.CustomerMessages;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.EventContext;
import com.salondesk.persistence.read.NotificationView;
import java.util.List;
import java.util.function.Supplier;

/** The outbox of customer messages as the Messages screen reads it, and a person's resend. */
final class DeskMessages implements CustomerMessages {

    private final DeskBackEnd local;
    private final Supplier<EventContext> command;

    DeskMessages(DeskBackEnd local, Supplier<EventContext> command) {
        this.local = local;
        this.command = command;
    }

    @Override
    public List<CustomerMessage> recent(int limit) {
        return local.notificationQueries().recent(limit).stream().map(DeskMessages::of).toList();
    }

    @Override
    public void resend(String messageId) {
        local.notifications().resend(command.get(), messageId);
        local.awaitProjections();
    }

    private static CustomerMessage of(NotificationView n) {
        return new CustomerMessage(n.notificationId(), n.recipient(), n.kind().name(), n.subject(),
                CustomerMessage.Status.valueOf(n.status().name()), n.failedAttempts(),
                n.lastError() == null ? "" : n.lastError(), n.changedAt(), n.canResend());
    }
}
