package com.salondesk.domain.notification;

import com.salondesk.domain.shared.Money;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a message about a booking says: who, what, with whom, when (in the branch's time zone) and where, and an
 * amount (the price, or what was paid). {@link #values} formats them in the customer's language, the way the
 * branch's {@code country} (its ISO code, when its address gives one) writes it.
 */
public record MessageFacts(String bookingId, String branchId, String customerId, String customerName,
                           List<String> services, String stylist, @Nullable Instant start, ZoneId zone,
                           String branchName, String branchAddress, String country, @Nullable Money amount) {

    public MessageFacts {
        Objects.requireNonNull(zone, "zone");
        bookingId = bookingId == null ? "" : bookingId;
        customerName = customerName == null ? "" : customerName;
        services = List.copyOf(services);
        stylist = stylist == null ? "" : stylist;
        branchName = branchName == null ? "" : branchName;
        branchAddress = branchAddress == null ? "" : branchAddress;
        country = country == null ? "" : country.strip();
    }

    /** The customer's language as written in the branch's country: {@code en} in GB gives 14:30, not 2:30 PM. */
    public Locale locale(String language) {
        return country.matches("[A-Za-z]{2}") ? Locale.of(language, country.toUpperCase(Locale.ROOT))
                : Locale.forLanguageTag(language);
    }

    /** The value of each {@link MessageTemplate#PLACEHOLDERS placeholder}, written for {@code locale}. */
    public Map<String, String> values(Locale locale) {
        Map<String, String> values = new HashMap<>();
        values.put("customer", customerName);
        values.put("services", String.join(", ", services));
        values.put("stylist", stylist);
        values.put("branch", branchName);
        values.put("address", branchAddress);
        values.put("reference", bookingId.length() > 8 ? bookingId.substring(bookingId.length() - 8) : bookingId);
        if (start != null) {
            ZonedDateTime at = start.atZone(zone);
            values.put("date", at.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale)));
            values.put("time", at.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)));
        } else {
            values.put("date", "");
            values.put("time", "");
        }
        values.put("amount", amount == null ? "" : price(amount, locale));
        return values;
    }

    /** An amount as the customer's language writes money ({@code £45.00}, {@code 45,00 €}). */
    static String price(Money money, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency currency = Currency.getInstance(money.currency());
        format.setCurrency(currency);
        int digits = money.amount().scale();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.amount());
    }
}
