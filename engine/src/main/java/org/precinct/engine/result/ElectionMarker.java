package org.precinct.engine.result;

import java.time.LocalDate;

/**
 * One election of a scenario of several, as results carry it: its id (the group of its rows and
 * series), label, date in its own zone and the simulation time its day starts there.
 */
public record ElectionMarker(String id, String label, LocalDate day, long atTicks) {}
