package org.precinct.engine.model;

/**
 * A replication's state as the end-of-run readers see it (outcome builders and the invariant
 * check): read after the last event, never while the run simulates.
 */
record EndState(
    ModelSetup setup,
    Population population,
    Recorder recorder,
    ReviewQueue[] queues,
    CaseTable cases,
    int totalWaiting,
    Exposure exposure) {}
