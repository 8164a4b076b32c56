package org.precinct.engine.result;

/** A staffing window (surge or outage) charts shade on the review-operations chart. */
public record WindowSpan(String label, WindowKind kind, long fromTicks, long toTicks) {}
