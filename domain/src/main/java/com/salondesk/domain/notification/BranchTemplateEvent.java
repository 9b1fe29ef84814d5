package com.salondesk.domain.notification;

import com.salondesk.domain.shared.DomainEvent;

/** A branch's own words for its messages ({@code notification-templates-<branchId>}); wire names in docs/events.md. */
public sealed interface BranchTemplateEvent extends DomainEvent {
    String branchId();

    /** The branch writes messages of {@code kind} in {@code language} with these words from now on. */
    record TemplateChanged(String branchId, NotificationKind kind, String language, String subject, String body)
            implements BranchTemplateEvent {
    }

    /** The branch goes back to the desk's standard words for {@code kind} in {@code language}. */
    record TemplateReset(String branchId, NotificationKind kind, String language) implements BranchTemplateEvent {
    }
}
