/**
 * Charts of experiments (compare, attribute, sweep, sensitivity): each reads a small input record
 * of this package, which the experiment code fills from its own results, so the charts module
 * depends on no experiment type.
 */
package org.precinct.charts.experiment;
