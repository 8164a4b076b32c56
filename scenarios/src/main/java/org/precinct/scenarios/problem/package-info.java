/**
 * Problems found in a scenario file, each pinned to a file, line, column and YAML path, so a
 * planner can fix every mistake in one pass instead of one per run.
 */
package org.precinct.scenarios.problem;
