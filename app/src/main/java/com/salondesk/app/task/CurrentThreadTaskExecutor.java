package com.salondesk.app.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the caller's thread: deterministic view-model tests without an FX thread. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void close() {
        // nothing runs in the background
    }
}
