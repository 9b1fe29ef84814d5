package com.salondesk.app.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on one desk worker thread, in submission order, and reports back on the FX thread. One thread
 * is enough for a front desk and keeps a booking and the refresh that follows it in order.
 */
public final class BackgroundTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskExecutor.class);

    private final ExecutorService worker;

    public BackgroundTaskExecutor() {
        this("desk-worker");
    }

    /** A worker of its own, named for thread dumps, so long work (a rebuild, say) waits for nothing else. */
    public BackgroundTaskExecutor(String threadName) {
        worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name(threadName).daemon(true).factory());
    }

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        try {
            worker.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException closed) {
            // The desk is closing (the window went while a screen still asked for work, such as the book's
            // first day): the work has nobody left to show its result to, so it is not started.
            LOG.debug("desk work asked for after closing; not started");
        }
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("desk work still running after 10 s at shutdown; abandoning it");
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
    }
}
