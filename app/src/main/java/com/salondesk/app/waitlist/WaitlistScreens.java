package com.salondesk.app.waitlist;

import com.salondesk.app.task.TaskExecutor;

/** Makes the waitlist's view models on the workers the caller owns; the composition root implements it. */
public interface WaitlistScreens {

    /** The waitlist screen of this desk's branch. */
    WaitlistViewModel waitlist(TaskExecutor tasks);

    /** The "Add to waitlist" form. */
    JoinWaitlistViewModel joinWaitlist(TaskExecutor tasks);

    /** The offers this desk makes, as notices with a "Book it" action. */
    WaitlistOffersViewModel offers(TaskExecutor tasks);
}
