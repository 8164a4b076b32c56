/**
 * The output folders of the experiment commands (compare, attribute, sweep, sensitivity): one
 * pipeline that stages the folder, runs the experiment with one progress bar over all its runs, and
 * writes summary.json, tidy CSV tables, the charts and a Markdown and HTML report.
 */
package org.precinct.cli.experiment;
