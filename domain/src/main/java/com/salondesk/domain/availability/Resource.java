package com.salondesk.domain.availability;

import java.util.Objects;

/** Something of the branch that services share, with how many clients it takes at once (three basins, one room). */
public record Resource(String resourceId, String name, int capacity) {

    public Resource {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(name, "name");
        if (capacity < 1 || capacity > Short.MAX_VALUE) {
            throw new IllegalArgumentException("resource " + resourceId + " needs a capacity of at least 1, not " + capacity);
        }
    }
}
