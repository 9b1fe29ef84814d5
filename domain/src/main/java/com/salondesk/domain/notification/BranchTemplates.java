package com.salondesk.domain.notification;

import java.util.Map;
import java.util.Optional;

/** The templates a branch has written for itself, by kind and language; the rest are the desk's standard words. */
public record BranchTemplates(Map<String, MessageTemplate> overrides) {

    public static final BranchTemplates NONE = new BranchTemplates(Map.of());

    public BranchTemplates {
        overrides = Map.copyOf(overrides);
    }

    static String key(NotificationKind kind, String language) {
        return kind.templateKey() + "/" + language;
    }

    /** The branch's own template for {@code kind} in {@code language}, if it wrote one. */
    public Optional<MessageTemplate> own(NotificationKind kind, String language) {
        return Optional.ofNullable(overrides.get(key(kind, language)));
    }

    /** The words a message of {@code kind} in {@code language} is written with: the branch's own, else the standard. */
    public MessageTemplate templateFor(NotificationKind kind, String language) {
        return own(kind, language).orElseGet(() -> StandardTemplates.of(kind, language));
    }
}
