package com.salondesk.persistence.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;

/**
 * A parser for {@link EventTypeRegistry#fromJson}'s direct read that gives up, so that the tree path reads the
 * payload instead, wherever the two would read a number differently. Fractions are {@code BigDecimal} on both
 * paths (never a double), so an amount reads the same either way. What is refused with {@link Refused} is the
 * text of any number (the tree re-prints it: {@code -0} becomes {@code 0}, {@code 1e3} becomes {@code 1E+3}) and
 * a fraction read as anything but a {@code BigDecimal} (an int, a float, ...); payloads the desk writes never
 * ask for those.
 */
final class TreeNumbersParser extends JsonParserDelegate {

    /** Thrown to abandon the direct read; cheap, as it is caught at once. */
    static final class Refused extends RuntimeException {
        private static final Refused INSTANCE = new Refused();

        private Refused() {
            super("the direct read leaves this payload to the tree path", null, false, false);
        }
    }

    TreeNumbersParser(JsonParser parser) {
        super(parser);
    }

    private boolean onNumber() {
        JsonToken t = delegate.currentToken();
        return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
    }

    private boolean onFraction() {
        return delegate.currentToken() == JsonToken.VALUE_NUMBER_FLOAT;
    }

    private void refuseNumberText() {
        if (onNumber()) {
            throw Refused.INSTANCE;
        }
    }

    private void refuseFraction() {
        if (onFraction()) {
            throw Refused.INSTANCE;
        }
    }

    // --- the text of numbers -------------------------------------------------------------------

    @Override
    public String getText() throws IOException {
        refuseNumberText();
        return delegate.getText();
    }

    @Override
    public int getText(Writer writer) throws IOException {
        refuseNumberText();
        return delegate.getText(writer);
    }

    @Override
    public char[] getTextCharacters() throws IOException {
        refuseNumberText();
        return delegate.getTextCharacters();
    }

    @Override
    public int getTextLength() throws IOException {
        refuseNumberText();
        return delegate.getTextLength();
    }

    @Override
    public int getTextOffset() throws IOException {
        refuseNumberText();
        return delegate.getTextOffset();
    }

    @Override
    public String getValueAsString() throws IOException {
        refuseNumberText();
        return delegate.getValueAsString();
    }

    @Override
    public String getValueAsString(String defaultValue) throws IOException {
        refuseNumberText();
        return delegate.getValueAsString(defaultValue);
    }

    // --- fractions as anything but a BigDecimal --------------------------------------------------

    @Override
    public int getIntValue() throws IOException {
        refuseFraction();
        return delegate.getIntValue();
    }

    @Override
    public long getLongValue() throws IOException {
        refuseFraction();
        return delegate.getLongValue();
    }

    @Override
    public BigInteger getBigIntegerValue() throws IOException {
        refuseFraction();
        return delegate.getBigIntegerValue();
    }

    @Override
    public float getFloatValue() throws IOException {
        refuseFraction();
        return delegate.getFloatValue();
    }

    @Override
    public Number getNumberValue() throws IOException {
        refuseFraction();
        return delegate.getNumberValue();
    }

    @Override
    public Number getNumberValueExact() throws IOException {
        refuseFraction();
        return delegate.getNumberValueExact();
    }

    @Override
    public Object getNumberValueDeferred() throws IOException {
        refuseFraction();
        return delegate.getNumberValueDeferred();
    }

    @Override
    public NumberType getNumberType() throws IOException {
        refuseFraction();
        return delegate.getNumberType();
    }

    @Override
    public NumberTypeFP getNumberTypeFP() throws IOException {
        refuseFraction();
        return delegate.getNumberTypeFP();
    }

    @Override
    public int getValueAsInt() throws IOException {
        refuseFraction();
        return delegate.getValueAsInt();
    }

    @Override
    public int getValueAsInt(int defaultValue) throws IOException {
        refuseFraction();
        return delegate.getValueAsInt(defaultValue);
    }

    @Override
    public long getValueAsLong() throws IOException {
        refuseFraction();
        return delegate.getValueAsLong();
    }

    @Override
    public long getValueAsLong(long defaultValue) throws IOException {
        refuseFraction();
        return delegate.getValueAsLong(defaultValue);
    }

    @Override
    public double getValueAsDouble() throws IOException {
        refuseFraction();
        return delegate.getValueAsDouble();
    }

    @Override
    public double getValueAsDouble(double defaultValue) throws IOException {
        refuseFraction();
        return delegate.getValueAsDouble(defaultValue);
    }

    @Override
    public boolean getValueAsBoolean() throws IOException {
        refuseNumberText();
        return delegate.getValueAsBoolean();
    }

    @Override
    public boolean getValueAsBoolean(boolean defaultValue) throws IOException {
        refuseNumberText();
        return delegate.getValueAsBoolean(defaultValue);
    }
}
