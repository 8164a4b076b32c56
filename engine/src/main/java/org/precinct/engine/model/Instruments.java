package org.precinct.engine.model;

import org.precinct.engine.random.RandomStreams;

/**
 * What every stage of a replication uses and none owns: the clock, the random streams, the running
 * tallies and the event log; it holds no stage, so stages reach each other only through their
 * outbound interfaces.
 */
record Instruments(ModelClock clock, RandomStreams streams, Recorder recorder, Observations log) {}
