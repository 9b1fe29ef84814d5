package com.salondesk.app.support;

import com.salondesk.app.task.BackgroundTaskExecutor;
import com.salondesk.app.task.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A worker for the support tools that goes quiet once its window has closed: a timer tick or a callback
 * still on its way then asks for more work, which is dropped instead of failing on a stopped worker.
 */
final class ClosingTasks implements TaskExecutor {

    private final BackgroundTaskExecutor worker;
    /** Set and read on the FX thread, where work is handed in and callbacks arrive. */
    private boolean closed;

    ClosingTasks(String threadName) {
        this.worker = new BackgroundTaskExecutor(threadName);
    }

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        if (closed) {
            return;
        }
        worker.execute(work, result -> {
            if (!closed) {
                onSuccess.accept(result);
            }
        }, failure -> {
            if (!closed) {
                onFailure.accept(failure);
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        worker.close();
    }
}
