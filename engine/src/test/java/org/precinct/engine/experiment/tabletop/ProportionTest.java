package org.precinct.engine.experiment.tabletop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class ProportionTest {
  @Test
  void wilsonIntervalMatchesThePublishedExample() {
    // Newcombe (1998), table I: 81 of 263 gives 0.2553 to 0.3662.
    Proportion p = Proportion.wilson(81, 263);

    assertThat(p.low()).isCloseTo(0.2553, within(1e-4));
    assertThat(p.high()).isCloseTo(0.3662, within(1e-4));
  }

  @Test
  void allSuccessesStillLeaveRoomBelowOne() {
    Proportion p = Proportion.wilson(10, 10);

    assertThat(p.share()).isEqualTo(1.0);
    assertThat(p.high()).isEqualTo(1.0);
    assertThat(p.low()).isCloseTo(0.7225, within(1e-4));
  }

  @Test
  void noReplicationsGiveAnUnknownShare() {
    assertThat(Proportion.wilson(0, 0).share()).isNaN();
  }
}
