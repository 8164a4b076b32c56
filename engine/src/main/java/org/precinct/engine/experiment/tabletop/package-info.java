/**
 * Tabletop exercises over the model: a run paused at each decision point, every option forked from
 * the same simulated state with the same random numbers, the state so far as players may see it,
 * and objectives evaluated with their confidence.
 *
 * <p>A run is a pure function of (scenario, plan, replication, decision path): {@link
 * org.precinct.engine.experiment.tabletop.PathReplication} replays the scenario and, at each
 * earlier decision time, applies the chosen option's changes after every event of that time. A fork
 * is therefore a deterministic replay to the decision time followed by one option's changes, and
 * common random numbers keep the options' streams synchronised afterwards. {@link
 * org.precinct.engine.experiment.tabletop.TabletopSession} walks the decision points in time order.
 */
package org.precinct.engine.experiment.tabletop;
