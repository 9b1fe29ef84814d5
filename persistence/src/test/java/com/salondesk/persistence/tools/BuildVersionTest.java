package com.salondesk.persistence.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildVersionTest {

    @Test
    void the_number_is_the_builds_version_filled_in_by_maven() {
        // The surefire run sees target/classes, which Maven's filtering wrote from the pom's <version>.
        assertThat(BuildVersion.number()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void the_line_names_the_product_and_the_number() {
        assertThat(BuildVersion.line()).isEqualTo("SalonDesk " + BuildVersion.number());
    }
}
