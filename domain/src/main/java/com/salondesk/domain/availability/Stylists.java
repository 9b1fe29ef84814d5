package com.salondesk.domain.availability;

import java.util.Objects;

/** Who may do the services of a visit one asks about. */
public sealed interface Stylists {

    /** Any stylist who performs each service; a cut and a colour may be done by two people. */
    record Anyone() implements Stylists {
    }

    /** Any one stylist who performs every service of the visit. */
    record OneForAll() implements Stylists {
    }

    /** This stylist, for every service of the visit. */
    record Named(String staffId) implements Stylists {
        public Named {
            Objects.requireNonNull(staffId, "staffId");
        }
    }

    static Stylists anyone() {
        return new Anyone();
    }

    static Stylists oneForAll() {
        return new OneForAll();
    }

    static Stylists named(String staffId) {
        return new Named(staffId);
    }
}
