package org.precinct.scenarios.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A probability distribution, chosen from a closed set by its {@code type:} key. Where a duration
 * is meant, parameters carry units ("20m", "2h"); elsewhere they are plain numbers.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = DistributionYaml.Exponential.class, name = "exponential"),
  @JsonSubTypes.Type(value = DistributionYaml.LogNormal.class, name = "lognormal"),
  @JsonSubTypes.Type(value = DistributionYaml.Gamma.class, name = "gamma"),
  @JsonSubTypes.Type(value = DistributionYaml.Weibull.class, name = "weibull"),
  @JsonSubTypes.Type(value = DistributionYaml.Uniform.class, name = "uniform"),
  @JsonSubTypes.Type(value = DistributionYaml.Triangular.class, name = "triangular"),
  @JsonSubTypes.Type(value = DistributionYaml.Constant.class, name = "constant"),
  @JsonSubTypes.Type(value = DistributionYaml.Empirical.class, name = "empirical")
})
public sealed interface DistributionYaml {

  /** Memoryless waiting times. */
  @JsonClassDescription("Exponential distribution: memoryless waiting times, given by their mean.")
  record Exponential(
      @JsonProperty(required = true) @JsonPropertyDescription("Mean, greater than 0.") Amount mean)
      implements DistributionYaml {}

  /** Right-skewed times given by their median and 90th percentile. */
  @JsonClassDescription(
      "Lognormal distribution: right-skewed times, given by their median and 90th percentile.")
  record LogNormal(
      @JsonProperty(required = true) @JsonPropertyDescription("Median, greater than 0.")
          Amount median,
      @JsonProperty(required = true)
          @JsonPropertyDescription("90th percentile, greater than the median.")
          Amount p90)
      implements DistributionYaml {}

  /** Gamma distribution given by its shape and mean. */
  @JsonClassDescription("Gamma distribution, given by its shape and mean.")
  record Gamma(
      @JsonProperty(required = true) @JsonPropertyDescription("Shape, greater than 0.")
          Double shape,
      @JsonProperty(required = true) @JsonPropertyDescription("Mean, greater than 0.") Amount mean)
      implements DistributionYaml {}

  /** Weibull distribution given by its shape and scale. */
  @JsonClassDescription("Weibull distribution, given by its shape and scale.")
  record Weibull(
      @JsonProperty(required = true) @JsonPropertyDescription("Shape, greater than 0.")
          Double shape,
      @JsonProperty(required = true) @JsonPropertyDescription("Scale, greater than 0.")
          Amount scale)
      implements DistributionYaml {}

  /** Every value between min and max equally likely. */
  @JsonClassDescription("Uniform distribution: every value between min and max equally likely.")
  record Uniform(
      @JsonProperty(required = true) @JsonPropertyDescription("Smallest value.") Amount min,
      @JsonProperty(required = true) @JsonPropertyDescription("Largest value, above min.")
          Amount max)
      implements DistributionYaml {}

  /** Three-point estimate: smallest, most likely and largest value. */
  @JsonClassDescription(
      "Triangular distribution: a three-point estimate (smallest, most likely, largest).")
  record Triangular(
      @JsonProperty(required = true) @JsonPropertyDescription("Smallest value.") Amount min,
      @JsonProperty(required = true) @JsonPropertyDescription("Most likely value.") Amount mode,
      @JsonProperty(required = true) @JsonPropertyDescription("Largest value.") Amount max)
      implements DistributionYaml {}

  /** Always the same value. */
  @JsonClassDescription("Constant: always the same value.")
  record Constant(
      @JsonProperty(required = true) @JsonPropertyDescription("The value.") Amount value)
      implements DistributionYaml {}

  /** Observed values with relative weights. */
  @JsonClassDescription("Empirical distribution: observed values with relative weights.")
  record Empirical(
      @JsonProperty(required = true) @JsonPropertyDescription("The values.") List<Amount> values,
      @JsonPropertyDescription("Relative weights, one per value, each 0 or more. Default: equal.")
          List<Double> weights)
      implements DistributionYaml {}
}
