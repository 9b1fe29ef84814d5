package com.salondesk.domain.notification;

import com.salondesk.domain.shared.DomainRejection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one kind of message in one language, with placeholders in braces ({@code {customer}}) that
 * {@link MessageFacts} fills in.
 */
public record MessageTemplate(String subject, String body) {

    /** What a template may name; {@link MessageFacts#values} has a value for each. */
    public static final Set<String> PLACEHOLDERS = Set.of("customer", "services", "stylist", "date", "time", "branch",
            "address", "amount", "reference");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    public MessageTemplate {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** Refuses a template a person wrote that is empty or names something the desk cannot fill in. */
    public void validate() {
        if (subject.isBlank()) {
            throw new DomainRejection("notification.template-subject-required");
        }
        if (body.isBlank()) {
            throw new DomainRejection("notification.template-body-required");
        }
        for (String name : placeholders()) {
            if (!PLACEHOLDERS.contains(name)) {
                throw new DomainRejection("notification.template-unknown-placeholder", "{" + name + "}");
            }
        }
    }

    /** The placeholders the subject and body name, in order of first use. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (String text : new String[] {subject, body}) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The message with each placeholder replaced by its value; a placeholder without one is left as it is. */
    public RenderedMessage render(Map<String, String> values) {
        return new RenderedMessage(fill(subject, values), fill(body, values));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
