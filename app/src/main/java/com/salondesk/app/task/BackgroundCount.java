package com.salondesk.app.task;

import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A number shown on a badge and read off the FX thread: one read at a time (a request meanwhile reads once more
 * afterwards instead of piling up), and a read that fails keeps the last number and is logged once until one
 * succeeds again.
 */
public final class BackgroundCount {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundCount.class);

    private final ReadOnlyIntegerWrapper value = new ReadOnlyIntegerWrapper(0);
    private final TaskExecutor tasks;
    private final Callable<Integer> read;
    private final String what;
    private boolean counting;
    private boolean countAgain;
    private boolean failedLastTime;

    /** {@code what} names the count in the log line of a failed read ("the dead letters"). */
    public BackgroundCount(TaskExecutor tasks, Callable<Integer> read, String what) {
        this.tasks = tasks;
        this.read = read;
        this.what = what;
    }

    /** Reads the number again. */
    public void refresh() {
        if (counting) {
            countAgain = true;
            return;
        }
        counting = true;
        tasks.execute(read, count -> {
            failedLastTime = false;
            value.set(count);
            counted();
        }, failure -> {
            // The badge keeps its last count; one line in the log is enough for a timer that keeps trying.
            if (!failedLastTime) {
                LOG.warn("could not count {}: {}", what, failure.toString());
            }
            failedLastTime = true;
            counted();
        });
    }

    private void counted() {
        counting = false;
        if (countAgain) {
            countAgain = false;
            refresh();
        }
    }

    public ReadOnlyIntegerProperty value() {
        return value.getReadOnlyProperty();
    }
}
