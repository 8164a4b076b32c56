package org.precinct.engine.validation;

import org.precinct.engine.result.stats.ErlangC;

/**
 * Exact steady-state waits the validation tests compare with: Cobham's non-preemptive priority
 * M/M/c and the finite-source M/M/c//N queue (machine repair, Engset), the exact model of a
 * campaign whose accounts can hold one open case each.
 */
final class QueueTheory {
  private QueueTheory() {}

  /**
   * Mean wait in queue of class {@code k} (0 = highest priority) in an M/M/c queue with
   * non-preemptive priorities and one service rate {@code mu} (Cobham 1954): W_k = C(c, a) / (c mu)
   * / ((1 - sigma_{k-1}) (1 - sigma_k)), sigma_k the load of classes 0..k.
   */
  static double cobham(int servers, double[] perHour, double mu, int k) {
    double total = 0;
    for (double l : perHour) {
      total += l;
    }
    ErlangC queue = new ErlangC(servers, total, mu);
    double base = queue.probabilityOfWaiting() / (servers * mu);
    double before = 0;
    for (int i = 0; i < k; i++) {
      before += perHour[i] / (servers * mu);
    }
    double through = before + perHour[k] / (servers * mu);
    return base / ((1 - before) * (1 - through));
  }

  /**
   * Mean wait in queue of the finite-source M/M/c//N queue: N sources, each idle one sending a
   * customer at rate {@code perSourcePerHour}, none while its customer is in the system. By the
   * arrival theorem an arrival sees the stationary law of the system with N - 1 sources, and waits
   * (n - c + 1) / (c mu) when it finds n >= c there (first come, first served).
   */
  static double finiteSourceWait(int sources, int servers, double perSourcePerHour, double mu) {
    int m = sources - 1;
    double[] log = new double[m + 1];
    int last = m;
    for (int n = 1; n <= m; n++) {
      double birth = (m - n + 1) * perSourcePerHour;
      double death = Math.min(n, servers) * mu;
      log[n] = log[n - 1] + Math.log(birth / death);
      if (n > servers + 10 && log[n] < log[servers] - 80) {
        last = n;
        break;
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int n = 0; n <= last; n++) {
      max = Math.max(max, log[n]);
    }
    double norm = 0;
    double waited = 0;
    for (int n = 0; n <= last; n++) {
      double p = Math.exp(log[n] - max);
      norm += p;
      if (n >= servers) {
        waited += p * (n - servers + 1) / (servers * mu);
      }
    }
    return waited / norm;
  }
}
