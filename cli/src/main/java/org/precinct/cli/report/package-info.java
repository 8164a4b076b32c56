/**
 * The human report of a run, report.md and report.html, rendered from Mustache templates: the
 * scenario, its assumptions and handling marking, the key findings in plain words with their
 * confidence intervals, and the charts.
 */
package org.precinct.cli.report;
