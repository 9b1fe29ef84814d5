package com.salondesk.app.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BackgroundTaskExecutorTest {

    @Test
    void workAskedForAfterClosingIsNotStartedAndThrowsNothing() {
        BackgroundTaskExecutor tasks = new BackgroundTaskExecutor("test-worker");
        tasks.close();
        AtomicBoolean ran = new AtomicBoolean();

        assertThatCode(() -> tasks.execute(() -> ran.getAndSet(true), r -> { }, e -> { }))
                .doesNotThrowAnyException();
        assertThatCode(tasks::close).doesNotThrowAnyException();
        assertThat(ran).isFalse();
    }
}
