package org.precinct.engine.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class RandomStreamsTest {

  private static long[] draw(RandomStream stream, int n) {
    long[] values = new long[n];
    for (int i = 0; i < n; i++) {
      values[i] = stream.nextLong();
    }
    return values;
  }

  @Test
  void theSameKeyDrawsTheSameNumbers() {
    RandomStreams a = new RandomStreams(42, 3);
    RandomStreams b = new RandomStreams(42, 3);
    assertThat(draw(a.stream("arrivals"), 100)).containsExactly(draw(b.stream("arrivals"), 100));
    assertThat(draw(a.stream("handle", 17), 100))
        .containsExactly(draw(b.stream("handle", 17), 100));
  }

  @Test
  void aStreamDrawsTheSameAfterOtherStreamsWereUsedDifferently() {
    RandomStreams baseline = new RandomStreams(7, 0);
    RandomStreams variant = new RandomStreams(7, 0);
    draw(variant.stream("classifier"), 1000);
    draw(variant.stream("review", 5), 333);
    variant.stream("review", 6).normal();
    long[] expected = draw(baseline.stream("arrivals", 9), 50);
    assertThat(draw(variant.stream("arrivals", 9), 50)).containsExactly(expected);
  }

  @Test
  void aStreamStaysSynchronisedWhenVariantsInterleaveDrawsDifferently() {
    RandomStreams baseline = new RandomStreams(7, 0);
    RandomStreams variant = new RandomStreams(7, 0);
    RandomStream b = baseline.stream("handle");
    RandomStream v = variant.stream("handle");
    long[] fromBaseline = draw(b, 10);
    RandomStream other = variant.stream("extra-defense");
    long[] fromVariant = new long[10];
    for (int i = 0; i < 10; i++) {
      other.nextDouble();
      fromVariant[i] = v.nextLong();
    }
    assertThat(fromVariant).containsExactly(fromBaseline);
  }

  @Test
  void differentKeysGiveDifferentStreams() {
    RandomStreams streams = new RandomStreams(42, 0);
    long first = streams.stream("a").nextLong();
    assertThat(streams.stream("b").nextLong()).isNotEqualTo(first);
    assertThat(streams.stream("a", 0).nextLong()).isNotEqualTo(first);
    assertThat(new RandomStreams(42, 1).stream("a").nextLong()).isNotEqualTo(first);
    assertThat(new RandomStreams(43, 0).stream("a").nextLong()).isNotEqualTo(first);
  }

  @Test
  void neighbouringEntitiesAreUncorrelated() {
    RandomStreams streams = new RandomStreams(1, 0);
    int n = 20_000;
    double sumProduct = 0;
    for (int e = 0; e < n; e++) {
      double a = streams.stream("acct", e).nextDouble() - 0.5;
      double b = streams.stream("acct", e + 1).nextDouble() - 0.5;
      sumProduct += a * b;
    }
    double correlation = sumProduct / n / (1.0 / 12);
    assertThat(Math.abs(correlation)).isLessThan(4 / Math.sqrt(n));
  }

  @Test
  void streamsAreCachedPerKey() {
    RandomStreams streams = new RandomStreams(42, 0);
    assertThat(streams.stream("a")).isSameAs(streams.stream("a"));
    assertThat(streams.stream("a", 5)).isSameAs(streams.family("a").stream(5));
    assertThat(streams.stream("a")).isSameAs(streams.family("a").shared());
  }

  @Test
  void restoringStateReplaysEveryStreamFromTheSavedPoint() {
    RandomStreams streams = new RandomStreams(42, 2);
    RandomStream shared = streams.stream("s");
    RandomStream entity = streams.stream("e", 77);
    draw(shared, 5);
    entity.normal();
    byte[] saved = streams.saveState();
    long[] sharedAfter = draw(shared, 20);
    double entityAfter = entity.normal();
    long lateStreamFirst = streams.stream("late").nextLong();
    streams.restoreState(saved);
    assertThat(draw(shared, 20)).containsExactly(sharedAfter);
    assertThat(entity.normal()).isEqualTo(entityAfter);
    assertThat(streams.stream("late").nextLong()).isEqualTo(lateStreamFirst);
  }

  @Test
  void savedStateRestoresIntoAFreshInstance() {
    RandomStreams original = new RandomStreams(5, 1);
    draw(original.stream("x", 3), 7);
    byte[] saved = original.saveState();
    RandomStreams copy = new RandomStreams(5, 1);
    copy.restoreState(saved);
    assertThat(draw(copy.stream("x", 3), 10)).containsExactly(draw(original.stream("x", 3), 10));
  }

  @Test
  void stateOfAnotherReplicationIsRejected() {
    byte[] saved = new RandomStreams(5, 1).saveState();
    assertThatThrownBy(() -> new RandomStreams(5, 2).restoreState(saved))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("replication 1");
    assertThatThrownBy(() -> new RandomStreams(5, 1).restoreState(new byte[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badSourceNamesAreRejected() {
    RandomStreams streams = new RandomStreams(5, 1);
    assertThatThrownBy(() -> streams.stream("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> streams.stream(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RandomStreams(5, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void seedsArePinnedSoResultsSurviveRefactoring() {
    assertThat(new RandomStreams(20261127L, 0).stream("arrivals").nextLong())
        .isEqualTo(new RandomStreams(20261127L, 0).stream("arrivals").nextLong());
    assertThat(SeedMixer.hash("arrivals")).isEqualTo(SeedMixer.hash(new String("arrivals")));
    assertThat(SeedMixer.hash("ab")).isNotEqualTo(SeedMixer.hash("ba"));
  }
}
