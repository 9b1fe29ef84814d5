package com.salondesk.app.port;

import com.salondesk.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * This desk's till and its branch's day close. Each change returns once the till shows it (read-your-writes) and
 * throws the domain's rejection when a rule says no; nothing is written then.
 */
public interface Tills {

    /** The currency the branch's tills count in. */
    String currency();

    /** Today, at the branch. */
    LocalDate today();

    /** The till open on this desk, if any. */
    Optional<TillSummary> openTill();

    /** A till's cash movements, oldest first. */
    List<TillMovement> movements(String tillId);

    /** Opens a till on this desk for today with {@code openingFloat}. */
    void open(Money openingFloat);

    void putIn(String tillId, Money amount, String reason);

    void takeOut(String tillId, Money amount, String reason);

    /**
     * Closes the till's day with the cash {@code counted} against {@code expectedSeen}, the expected cash the
     * person was shown, and returns the closed till (with the difference recorded).
     */
    TillSummary close(String tillId, Money counted, Money expectedSeen);

    /** The branch's day-close report for {@code day}. */
    DayClose dayClose(LocalDate day);
}
