/**
 * The output folder of a run: staged beside its final place and moved in at the end, and the
 * deterministic files inside it (summary JSON, tidy CSVs, the event log).
 */
package org.precinct.cli.output;
