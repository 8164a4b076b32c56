package org.precinct.engine.result;

/** A labelled moment charts mark on the time axis (a milestone or an inject). */
public record TimeMarker(String label, long atTicks) {}
