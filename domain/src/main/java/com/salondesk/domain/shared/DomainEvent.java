package com.salondesk.domain.shared;

/** Marker for every fact the salon records; each aggregate has its own sealed sub-interface. */
public interface DomainEvent {
}
