/**
 * The election-abuse model of one replication: threat campaigns and their accounts, benign traffic
 * (thinned to the flagged requests), the defenses along a request's path, human review queues,
 * enforcement and partner referral, all as stateful components over primitive arrays driven by one
 * {@code engine.kernel.Simulation}.
 *
 * <p>{@link org.precinct.engine.model.ElectionModel} is the entry point; every edit of the running
 * model goes through one {@code ChangeApplier}; {@code InvariantCheck} runs at the end of every
 * replication and throws {@link org.precinct.engine.model.ModelInvariantException}. See
 * docs/model.md for every concept, parameter and unit.
 */
package org.precinct.engine.model;
