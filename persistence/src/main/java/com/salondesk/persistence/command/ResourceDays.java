package com.salondesk.persistence.command;

import com.salondesk.domain.booking.BookingPolicy;
import com.salondesk.domain.resource.ResourceDayCommand;
import com.salondesk.domain.resource.ResourceDayDecider;
import com.salondesk.domain.resource.ResourceDayEvent;
import com.salondesk.persistence.command.AggregateStore.Step;
import java.util.List;

/** The steps on resources' days ({@code resource-<branch>-<resource>-<date>}) a booking's plan asks for. */
public final class ResourceDays {

    private static final ResourceDayDecider RESOURCE_DAYS = new ResourceDayDecider();

    private ResourceDays() {
    }

    /** One step per command, each on its resource's day, for {@link AggregateStore#execute(
     * com.salondesk.persistence.desk.EventContext, List)} beside the booking's other steps. */
    public static List<Step<?, ?, ?>> steps(List<? extends ResourceDayCommand> commands) {
        return commands.stream().<Step<?, ?, ?>>map(c -> Step.on(BookingPolicy.resourceDayStream(c), RESOURCE_DAYS,
                ResourceDayEvent.class, c)).toList();
    }
}
