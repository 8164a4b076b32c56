package org.precinct.engine.spec;

/**
 * A parameter the scenario author is unsure of: each replication samples it once from its own
 * random stream and applies it before the run starts; {@code low} and {@code high} bound the range
 * sensitivity analysis explores.
 */
public record UncertainParameterSpec(
    ParameterRef ref, DistributionSpec distribution, double low, double high) {
  public UncertainParameterSpec {
    Require.nonNull(ref, "ref");
    Require.nonNull(distribution, "distribution");
    Require.range(low, ref.parameter().min(), ref.parameter().max(), "low");
    Require.range(high, low, ref.parameter().max(), "high");
  }
}
