package org.precinct.engine.result.stats;

/**
 * Steady-state measures of the M/M/c queue by the Erlang C formula, the analytic yardstick for a
 * review queue with c reviewers, Poisson arrivals and exponential handle times.
 *
 * <p>With offered load {@code a = lambda / mu} and utilisation {@code rho = a / c < 1}, the
 * probability that an arrival waits is {@code C(c, a) = c B / (c - a (1 - B))}, where {@code B} is
 * the Erlang B blocking probability computed by the stable recursion {@code B(0) = 1, B(k) = a
 * B(k-1) / (k + a B(k-1))}; the mean wait in queue is {@code Wq = C / (c mu - lambda)}. References:
 * A. K. Erlang (1917); L. Kleinrock, Queueing Systems Vol. 1 (1975), section 3.5; D. Gross and C.
 * M. Harris, Fundamentals of Queueing Theory, section 2.3.
 *
 * @param servers the number of servers c
 * @param arrivalRate lambda, arrivals per unit time
 * @param serviceRate mu, completions per unit time of one busy server
 */
public record ErlangC(int servers, double arrivalRate, double serviceRate) {

  /** Validates that the queue is stable, since the formulas hold only for rho below one. */
  public ErlangC {
    if (servers < 1) {
      throw new IllegalArgumentException("servers must be >= 1, was " + servers);
    }
    if (!(arrivalRate > 0) || !(serviceRate > 0)) {
      throw new IllegalArgumentException(
          "rates must be positive, got lambda " + arrivalRate + ", mu " + serviceRate);
    }
    if (!(arrivalRate < servers * serviceRate)) {
      throw new IllegalArgumentException(
          "unstable queue: lambda " + arrivalRate + " >= c mu " + servers * serviceRate);
    }
  }

  /** Returns the offered load {@code a = lambda / mu} in Erlangs. */
  public double offeredLoad() {
    return arrivalRate / serviceRate;
  }

  /** Returns the server utilisation {@code rho = lambda / (c mu)}. */
  public double utilization() {
    return offeredLoad() / servers;
  }

  /** Returns the Erlang B blocking probability B(c, a). */
  public double erlangB() {
    double a = offeredLoad();
    double b = 1.0;
    for (int k = 1; k <= servers; k++) {
      b = a * b / (k + a * b);
    }
    return b;
  }

  /** Returns the probability that an arrival has to wait, C(c, a). */
  public double probabilityOfWaiting() {
    double b = erlangB();
    return servers * b / (servers - offeredLoad() * (1 - b));
  }

  /** Returns the mean wait in queue {@code Wq}, in the time unit of the rates. */
  public double meanWaitInQueue() {
    return probabilityOfWaiting() / (servers * serviceRate - arrivalRate);
  }

  /** Returns the mean number waiting {@code Lq = lambda Wq} (Little's law). */
  public double meanQueueLength() {
    return arrivalRate * meanWaitInQueue();
  }

  /** Returns the mean time in system {@code W = Wq + 1 / mu}. */
  public double meanResponseTime() {
    return meanWaitInQueue() + 1 / serviceRate;
  }
}
