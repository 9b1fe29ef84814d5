package com.salondesk.domain.branch;

import java.util.Objects;

/** A branch's postal address. */
public record Address(String street, String city, String postcode, String country) {
    public Address {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(country, "country");
    }

    @Override
    public String toString() {
        return street + ", " + postcode + " " + city + ", " + country;
    }
}
