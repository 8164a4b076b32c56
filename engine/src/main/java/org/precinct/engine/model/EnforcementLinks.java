package org.precinct.engine.model;

/**
 * What {@link Enforcement} sends out: appeals to review, stopped accounts to traffic, suspensions
 * to the campaign's lifecycle, removed content to reach.
 */
record EnforcementLinks(
    CaseSink cases, TrafficControl traffic, Recreation recreation, Reach reach) {}
