package org.precinct.engine.model;

import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.random.DoubleSampler;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.QueueSpec;

/**
 * Human review: cases wait in their queue, a free on-duty reviewer takes the highest-priority one,
 * spends a sampled handle time, then escalates it to the specialist tier or decides it with the
 * queue's accuracy; the decision goes to {@link Enforcement}. Reviewers are not pre-empted when a
 * shift ends: they finish the case in hand.
 */
final class ReviewDesk {
  private final ModelContext m;
  private final DoubleSampler[] handle;
  private final DoubleSampler[] appealHandle;
  private final int[] escalationQueue;
  private final EntityStreams networkStreams;
  private final EntityStreams backgroundStreams;
  private int totalWaiting;

  ReviewDesk(ModelContext m) {
    this.m = m;
    int n = m.queues.length;
    handle = new DoubleSampler[n];
    appealHandle = new DoubleSampler[n];
    escalationQueue = new int[n];
    for (int q = 0; q < n; q++) {
      QueueSpec spec = m.queues[q].spec;
      handle[q] = DistributionSamplers.of(spec.handleTime());
      appealHandle[q] = DistributionSamplers.of(spec.appealHandleTime());
      escalationQueue[q] =
          spec.escalationQueueId().isEmpty() ? -1 : m.index.queue(spec.escalationQueueId());
    }
    networkStreams = new EntityStreams(m.streams, "network-review");
    backgroundStreams = new EntityStreams(m.streams, "background-review");
  }

  /** Opens a case in a queue, starts it if a reviewer is free, and returns its id. */
  int open(int kind, int subject, int level, int q) {
    int id = m.cases.open(kind, subject, level, m.now());
    if (kind != CaseTable.BACKGROUND) {
      m.log.reviewCase(ObservedKind.CASE_OPENED, id, Observations.caseKind(kind));
    }
    submit(id, q);
    return id;
  }

  /** Puts a case in a queue and starts it if a reviewer is free. */
  void submit(int caseId, int q) {
    m.cases.assign(caseId, q);
    m.queues[q].enqueue(caseId, m.cases.level(caseId), m.now());
    totalWaiting++;
    m.recorder.onBacklog(totalWaiting);
    tryStart(q);
  }

  /** Starts waiting cases while reviewers are free. */
  void tryStart(int q) {
    ReviewQueue queue = m.queues[q];
    while (queue.canStart()) {
      int id = queue.next(m.now());
      totalWaiting--;
      start(q, id);
    }
  }

  private void start(int q, int id) {
    long wait = m.now() - m.cases.openedAt(id);
    if (m.cases.isElectionWork(id)) {
      m.recorder.onReviewStarted(q, wait, m.queues[q].spec.slaTicks(), m.now());
    }
    int kind = m.cases.kind(id);
    boolean appeal = kind == CaseTable.THREAT_APPEAL || kind == CaseTable.BENIGN_APPEAL;
    double hours = (appeal ? appealHandle[q] : handle[q]).sample(stream(id));
    hours *= m.parameters.get(Parameter.QUEUE_HANDLE_TIME_SCALE, q);
    m.sim.schedule(
        Ticks.ofHours(Math.max(0.0, hours)),
        EventTypes.PRIORITY_NORMAL,
        m.handler,
        EventTypes.REVIEW_DONE,
        id);
  }

  /** A reviewer finished a case: escalate it, or decide it, then take the next one. */
  void onReviewed(int id) {
    int q = m.cases.queue(id);
    m.queues[q].finish(m.now());
    RandomStream rs = stream(id);
    double uEscalate = rs.nextDouble();
    double uDecide = rs.nextDouble();
    int kind = m.cases.kind(id);
    boolean escalable =
        kind == CaseTable.THREAT_ACCOUNT
            || kind == CaseTable.BENIGN_ACCOUNT
            || kind == CaseTable.NETWORK;
    if (escalable
        && escalationQueue[q] >= 0
        && uEscalate < m.parameters.get(Parameter.QUEUE_ESCALATION_SHARE, q)) {
      m.cases.reopen(id, m.now());
      m.log.reviewCase(ObservedKind.ESCALATED, id, m.queues[escalationQueue[q]].spec.id());
      submit(id, escalationQueue[q]);
    } else {
      decide(id, q, uDecide);
    }
    tryStart(q);
  }

  private void decide(int id, int q, double u) {
    int subject = m.cases.subject(id);
    double accuracy = m.parameters.get(Parameter.QUEUE_ACCURACY, q);
    double clear = m.parameters.get(Parameter.QUEUE_BENIGN_CLEAR_RATE, q);
    switch (m.cases.kind(id)) {
      case CaseTable.THREAT_ACCOUNT -> decideThreat(id, q, subject, u < accuracy);
      case CaseTable.BENIGN_ACCOUNT -> {
        logDecision(id, u >= clear ? "confirmed" : "cleared");
        m.benign.onReviewed(subject, u >= clear, q);
      }
      case CaseTable.NETWORK -> {
        logDecision(id, u < accuracy ? "confirmed" : "cleared");
        m.enforcement.onNetworkReviewed(subject, u < accuracy);
      }
      case CaseTable.THREAT_APPEAL -> {
        m.recorder.appeals++;
        logDecision(id, "appeal-denied");
      }
      case CaseTable.BENIGN_APPEAL -> decideBenignAppeal(id, subject, u < clear);
      default -> {}
    }
  }

  private void decideThreat(int id, int q, int account, boolean confirmed) {
    m.accounts.openCase[account] = -1;
    m.detection.clearFlags(account);
    logDecision(id, confirmed ? "confirmed" : "cleared");
    if (confirmed) {
      m.enforcement.onConfirmedThreat(account, q);
    }
  }

  private void decideBenignAppeal(int id, int slot, boolean granted) {
    m.recorder.appeals++;
    logDecision(id, granted ? "appeal-granted" : "appeal-denied");
    if (granted) {
      m.benign.reinstate(slot);
    }
  }

  private void logDecision(int id, String decision) {
    m.log.reviewCase(ObservedKind.REVIEWED, id, decision);
  }

  /**
   * The stream a case's handle time and decisions come from: its subject's, for synchronisation.
   */
  private RandomStream stream(int id) {
    int subject = m.cases.subject(id);
    return switch (m.cases.kind(id)) {
      case CaseTable.THREAT_ACCOUNT, CaseTable.THREAT_APPEAL -> m.accounts.reviewStream(subject);
      case CaseTable.BENIGN_ACCOUNT, CaseTable.BENIGN_APPEAL -> m.benign.reviewStream(subject);
      case CaseTable.NETWORK -> networkStreams.get(subject);
      default -> backgroundStreams.get(m.cases.queue(id));
    };
  }

  int totalWaiting() {
    return totalWaiting;
  }
}
