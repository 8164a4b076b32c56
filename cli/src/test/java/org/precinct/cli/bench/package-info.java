/** Benchmarks of the command line's live paths, run by hand (see docs/benchmarks.md), not tests. */
package org.precinct.cli.bench;
