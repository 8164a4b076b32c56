package org.precinct.engine.experiment;

/**
 * The share of the metric's variance that one parameter explains on its own when all parameters
 * vary together: a first-order (Sobol 1993) index estimated as the bias-corrected correlation ratio
 * of binned conditional means (McKay 1995; the epsilon-squared correction of Kelley 1935).
 *
 * @param id the parameter's id
 * @param label the parameter's label
 * @param share the point estimate, clipped to [0, 1]
 * @param ciLow the lower end of the basic bootstrap 95% interval over design points, clipped at 0
 * @param ciHigh the upper end of the basic bootstrap 95% interval over design points, clipped at 1
 */
public record VarianceShare(String id, String label, double share, double ciLow, double ciHigh) {}
