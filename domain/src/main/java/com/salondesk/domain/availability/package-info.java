/**
 * When a branch can take a visit: the availability engine. Its own input model (the branch's calendar, the
 * stylists' rotas, the services' phases, the resources and the bookings already made) is folded into five-minute
 * cells per stylist, customer and resource per day, so that free slots, the next free slot and multi-service visits
 * are answered with a few bit operations per day. Pure Java; nothing here reads or writes the log.
 */
package com.salondesk.domain.availability;
