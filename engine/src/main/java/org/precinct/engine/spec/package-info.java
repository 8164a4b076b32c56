/**
 * Immutable, validated input records of one scenario: what the scenarios module builds from YAML
 * and what the model reads, so that every key lives in one typed place.
 *
 * <p>Compact constructors check invariants; a failure there is a programming error, because the
 * scenarios module reports user mistakes (with file, line and path) before a spec is built. Times
 * are {@code long} milliseconds since the scenario start (see {@code engine.kernel.Ticks});
 * durations inside {@link org.precinct.engine.spec.DistributionSpec} are hours.
 */
package org.precinct.engine.spec;
