package org.precinct.engine.spec;

/**
 * A political side (party, candidate) that campaigns and benign traffic may belong to, with the
 * scenario's assumption of how differently the defenses treat its legitimate users: parity is
 * measured by comparing the sides' refusal, flag and enforcement rates.
 *
 * @param overRefusalScale multiplies the over-refusal of this side's legitimate questions
 * @param falsePositiveScale multiplies the classifiers' false-positive rate on this side's benign
 *     requests
 */
public record SideSpec(
    String id, String label, double overRefusalScale, double falsePositiveScale) {
  public SideSpec {
    Require.id(id, "side id");
    Require.text(label, "side label");
    Require.range(overRefusalScale, 0.0, 100.0, "side overRefusalScale");
    Require.range(falsePositiveScale, 0.0, 100.0, "side falsePositiveScale");
  }
}
