package com.salondesk.persistence.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A parser for {@link EventTypeRegistry#fromJson}'s direct read that hands numbers to deserializers as the
 * tree path did, or gives up so that the tree path reads the payload instead.
 *
 * <p>The tree path parses a fraction such as {@code 55.00} into a double node, so a {@code BigDecimal}
 * read from the tree is {@code BigDecimal.valueOf(double)}: {@code 1.00500000000000000001} becomes
 * {@code 1.005}. Read straight from the text it would keep every digit, and an amount could round the
 * other way. So a fraction read as a {@code BigDecimal} goes through a double here too. Every other use
 * of a fraction (as text, int, float, ...) and the text of any number (the tree re-prints them: {@code -0}
 * becomes {@code 0}) is refused with {@link Refused}; payloads the desk writes never ask for those.
 */
final class TreeNumbersParser extends JsonParserDelegate {

    /** Thrown to abandon the direct read; cheap, as it is caught at once. */
    static final class Refused extends RuntimeException {
        private static final Refused INSTANCE = new Refused();

        private Refused() {
            super("the direct read leaves this payload to the tree path", null, false, false);
        }
    }

    private final boolean fractionsThroughDouble;

    TreeNumbersParser(JsonParser parser, boolean fractionsThroughDouble) {
        super(parser);
        this.fractionsThroughDouble = fractionsThroughDouble;
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

    @Override
    public BigDecimal getDecimalValue() throws IOException {
        if (onFraction()) {
            if (!fractionsThroughDouble) {
                throw Refused.INSTANCE;
            }
            // What DoubleNode.decimalValue() gives; non-finite values throw, and the tree path reports them.
            return BigDecimal.valueOf(delegate.getDoubleValue());
        }
        return delegate.getDecimalValue();
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

    // --- fractions as anything but a BigDecimal or a double ------------------------------------

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
