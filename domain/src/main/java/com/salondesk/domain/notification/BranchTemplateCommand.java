package com.salondesk.domain.notification;

import java.time.Instant;

/** What a branch may ask of its message templates. */
public sealed interface BranchTemplateCommand {
    String branchId();

    record Change(String branchId, NotificationKind kind, String language, MessageTemplate template, String actor,
                  Instant now) implements BranchTemplateCommand {
    }

    record Reset(String branchId, NotificationKind kind, String language, String actor, Instant now)
            implements BranchTemplateCommand {
    }
}
