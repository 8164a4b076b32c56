/**
 * Statistics primitives with no domain in them: streaming moments, confidence intervals, quantiles,
 * time-weighted and binned series, Kaplan-Meier curves and Erlang C, so that results are summarised
 * the same way everywhere and each formula is tested once.
 */
package org.precinct.engine.result.stats;
