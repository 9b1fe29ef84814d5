package com.salondesk.app.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that may block (the event log, queries) away from the FX thread and hands the outcome back on
 * it, so view models never freeze the screen. Tests use {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor extends AutoCloseable {

    <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    @Override
    void close();
}
