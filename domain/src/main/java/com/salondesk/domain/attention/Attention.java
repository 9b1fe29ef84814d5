package com.salondesk.domain.attention;

/** A Needs-attention entry at each stage: not raised, open, resolved. */
public sealed interface Attention {

    record None() implements Attention {
    }

    /** On the list, waiting for a person. */
    record Open(AttentionEvent.Raised raised) implements Attention {
    }

    /** Dealt with, {@code how}; it stays resolved. */
    record Resolved(AttentionEvent.Raised raised, Resolution how) implements Attention {
    }
}
