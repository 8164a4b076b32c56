package org.precinct.engine.result.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Checks the estimator against a worked example: times 1, 2+, 3, 3, 3+, 5, 6+, 8, 9+, 10+ (+ =
 * censored). By hand: S(1) = 9/10 = 0.9; S(3) = 0.9 x 6/8 = 0.675 (the censoring at 3 is still at
 * risk); S(5) = 0.675 x 4/5 = 0.54; S(8) = 0.54 x 2/3 = 0.36. Greenwood sums: 1/90, + 2/48, + 1/20,
 * + 1/6.
 */
final class KaplanMeierTest {

  private static final double[] TIMES = {1, 2, 3, 3, 3, 5, 6, 8, 9, 10};
  private static final boolean[] EVENTS = {
    true, false, true, true, false, true, false, true, false, false
  };

  private final KaplanMeier km = KaplanMeier.fit(TIMES, EVENTS);

  @Test
  void productLimitMatchesTheHandComputedCurve() {
    assertThat(km.eventTimes()).containsExactly(1, 3, 5, 8);
    assertThat(km.survival()[0]).isCloseTo(0.9, within(1e-12));
    assertThat(km.survival()[1]).isCloseTo(0.675, within(1e-12));
    assertThat(km.survival()[2]).isCloseTo(0.54, within(1e-12));
    assertThat(km.survival()[3]).isCloseTo(0.36, within(1e-12));
    assertThat(km.subjects()).isEqualTo(10);
  }

  @Test
  void survivalIsAStepFunctionContinuousFromTheRight() {
    assertThat(km.survivalAt(0.99)).isEqualTo(1.0);
    assertThat(km.survivalAt(1)).isCloseTo(0.9, within(1e-12));
    assertThat(km.survivalAt(2.9)).isCloseTo(0.9, within(1e-12));
    assertThat(km.survivalAt(100)).isCloseTo(0.36, within(1e-12));
  }

  @Test
  void sharesReachedAndNeverReachedComplementTheCurve() {
    assertThat(km.shareReachedWithin(5)).isCloseTo(0.46, within(1e-12));
    assertThat(km.shareNeverReachedBy(10)).isCloseTo(0.36, within(1e-12));
  }

  @Test
  void restrictedMeanIsTheAreaUnderTheCurve() {
    // 1 x 1 + 0.9 x 2 + 0.675 x 2 + 0.54 x 3 + 0.36 x 2 = 6.49
    assertThat(km.restrictedMean(10)).isCloseTo(6.49, within(1e-12));
    assertThat(km.restrictedMean(4)).isCloseTo(1 + 1.8 + 0.675, within(1e-12));
    assertThat(km.restrictedMean(0)).isZero();
  }

  @Test
  void greenwoodVarianceMatchesTheHandComputedValue() {
    double sum = 1.0 / 90 + 2.0 / 48 + 1.0 / 20;
    assertThat(km.greenwoodVariance(5)).isCloseTo(0.54 * 0.54 * sum, within(1e-12));
    assertThat(km.greenwoodVariance(0.5)).isZero();
  }

  @Test
  void logLogBoundsMatchR() {
    // R: summary(survfit(Surv(t, e) ~ 1, conf.type = "log-log")) at t = 1: 0.473, 0.985
    SurvivalPoint first = km.curve(0.95).get(0);
    assertThat(first.low()).isCloseTo(0.4732, within(5e-4));
    assertThat(first.high()).isCloseTo(0.9853, within(5e-4));
    assertThat(first.atRisk()).isEqualTo(10);
    assertThat(first.events()).isEqualTo(1);
    SurvivalPoint second = km.curve(0.95).get(1);
    assertThat(second.atRisk()).isEqualTo(8);
    assertThat(second.events()).isEqualTo(2);
    assertThat(second.low()).isLessThan(0.675);
    assertThat(second.high()).isGreaterThan(0.675).isLessThan(1);
  }

  @Test
  void allEventsReachZeroSurvival() {
    KaplanMeier all = KaplanMeier.fit(new double[] {2, 1}, new boolean[] {true, true});
    assertThat(all.survivalAt(2)).isZero();
    assertThat(all.restrictedMean(5)).isCloseTo(1.5, within(1e-12));
    assertThat(all.curve(0.95).get(1).low()).isZero();
    assertThat(all.greenwoodVariance(2)).isZero();
  }

  @Test
  void noEventsMeansEveryoneSurvives() {
    KaplanMeier none = KaplanMeier.fit(new double[] {4, 5}, new boolean[] {false, false});
    assertThat(none.eventTimes()).isEmpty();
    assertThat(none.shareNeverReachedBy(10)).isEqualTo(1);
    assertThat(none.restrictedMean(10)).isEqualTo(10);
  }

  @Test
  void badTimesAreRejected() {
    TimeToEventSample sample = new TimeToEventSample();
    assertThatThrownBy(() -> sample.addEvent(-1)).hasMessageContaining(">= 0");
    assertThatThrownBy(() -> sample.addCensored(Double.NaN)).hasMessageContaining("finite");
    assertThatThrownBy(() -> KaplanMeier.fit(new double[] {1}, new boolean[0]))
        .hasMessageContaining("event flags");
  }
}
