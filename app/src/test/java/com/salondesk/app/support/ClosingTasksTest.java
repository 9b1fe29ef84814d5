package com.salondesk.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ClosingTasksTest {

    @Test
    void workHandedInAfterTheWindowClosedIsDroppedNotRefused() {
        ClosingTasks tasks = new ClosingTasks("test-support");
        tasks.close();
        AtomicBoolean ran = new AtomicBoolean();

        assertThatCode(() -> tasks.execute(() -> ran.getAndSet(true), done -> ran.set(true), failure -> ran.set(true)))
                .as("a late timer tick must not fail on the stopped worker").doesNotThrowAnyException();
        assertThat(ran).isFalse();
    }
}
