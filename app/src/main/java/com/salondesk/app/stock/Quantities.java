package com.salondesk.app.stock;

import com.salondesk.app.language.Texts;
import com.salondesk.domain.product.ProductUnit;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Optional;

/** Quantities of stock as the desk reads and writes them: in its language's numbers, with the product's unit. */
final class Quantities {

    private Quantities() {
    }

    /** The number typed, in the desk's language ({@code 12,5} in German); empty when it is not a number. */
    static Optional<BigDecimal> parse(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.startsWith("+")) {
            typed = typed.substring(1);
        }
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        DecimalFormat format = format();
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object number = format.parse(typed, position);
        if (number == null || position.getIndex() != typed.length() || position.getErrorIndex() >= 0) {
            return Optional.empty();
        }
        return Optional.of((BigDecimal) number);
    }

    /** A quantity without trailing zeros, in the desk's language: "12,5". */
    static String say(BigDecimal quantity) {
        return quantity == null ? "" : format().format(quantity);
    }

    /** A quantity with its unit: "12,5 ml", "3 pcs". */
    static String say(BigDecimal quantity, ProductUnit unit) {
        return quantity == null ? "" : say(quantity) + " " + unit(unit);
    }

    /** A change with its sign: "+12 ml", "−3 pcs"; empty for none. */
    static String change(BigDecimal quantity, ProductUnit unit) {
        if (quantity == null || quantity.signum() == 0) {
            return "";
        }
        return (quantity.signum() > 0 ? "+" : "") + say(quantity, unit);
    }

    static String unit(ProductUnit unit) {
        return unit == null ? "" : Texts.get("stock.unit." + unit.name());
    }

    private static DecimalFormat format() {
        DecimalFormat format = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Texts.locale()));
        format.setGroupingUsed(false);
        return format;
    }
}
