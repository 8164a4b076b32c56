/**
 * One run from scenario to output folder: simulate the replications with progress, write the
 * tables, summary, charts and report into a staged folder, and move it into place.
 */
package org.precinct.cli.run;
