package org.precinct.engine.experiment;

/**
 * How firmly an intervention holds its place in a ranking: across bootstrap resamples of the
 * replications (Efron 1979), the share in which it is among the top {@code topK} and the range of
 * ranks it takes (2.5th to 97.5th percentile; rank 1 is the most beneficial).
 *
 * @param topK the size of the leading group asked about, usually three
 * @param topShare the share of resamples in which the intervention ranks within the top {@code
 *     topK}
 * @param bestRank the 2.5th percentile of its rank
 * @param worstRank the 97.5th percentile of its rank
 */
public record RankSpread(int topK, double topShare, int bestRank, int worstRank) {

  /** Validates the fields. */
  public RankSpread {
    if (topK < 1 || !(topShare >= 0 && topShare <= 1) || bestRank < 1 || worstRank < bestRank) {
      throw new IllegalArgumentException(
          "invalid rank spread: top " + topK + " " + topShare + " " + bestRank + ".." + worstRank);
    }
  }
}
