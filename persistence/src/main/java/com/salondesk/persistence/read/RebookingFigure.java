package com.salondesk.persistence.read;

/**
 * The rebooking rate over some days: of the customers whose visit was completed then ({@code visited}), how many
 * already have a later booking that stands ({@code rebooked}).
 */
public record RebookingFigure(int visited, int rebooked) {
}
