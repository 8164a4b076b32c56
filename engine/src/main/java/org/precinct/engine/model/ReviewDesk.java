package org.precinct.engine.model;

import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.random.DoubleSampler;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.QueueSpec;

/**
 * Human review: cases wait in their queue, a free on-duty reviewer takes the highest-priority one,
 * spends a sampled handle time, then escalates it to the specialist tier or decides it with the
 * queue's accuracy; the decision goes out as a {@link Verdicts} call. Reviewers are not pre-empted
 * when a shift ends: they finish the case in hand.
 */
final class ReviewDesk implements EventHandler, CaseSink, ReviewCapacity {
  private final ModelParameters parameters;
  private final ModelClock clock;
  private final Recorder recorder;
  private final Observations log;
  private final ReviewQueue[] queues;
  private final CaseTable cases;
  private final Accounts accounts;
  private final BenignUsers benign;
  private final Verdicts verdicts;
  private final DoubleSampler[] handle;
  private final DoubleSampler[] appealHandle;
  private final int[] escalationQueue;
  private final EntityStreams networkStreams;
  private final EntityStreams backgroundStreams;
  private final EntityStreams auditStreams;
  private final int[] campaignCategory;
  private int totalWaiting;

  ReviewDesk(
      ModelSetup setup,
      ModelParameters parameters,
      Instruments tools,
      ReviewQueue[] queues,
      ReviewLinks links) {
    this.parameters = parameters;
    this.clock = tools.clock();
    this.recorder = tools.recorder();
    this.log = tools.log();
    this.queues = queues;
    this.cases = links.subjects().cases();
    this.accounts = links.subjects().accounts();
    this.benign = links.subjects().benign();
    this.verdicts = links.verdicts();
    int n = queues.length;
    handle = new DoubleSampler[n];
    appealHandle = new DoubleSampler[n];
    escalationQueue = new int[n];
    for (int q = 0; q < n; q++) {
      QueueSpec spec = queues[q].spec;
      handle[q] = DistributionSamplers.of(spec.handleTime());
      appealHandle[q] = DistributionSamplers.of(spec.appealHandleTime());
      escalationQueue[q] =
          spec.escalationQueueId().isEmpty() ? -1 : setup.index().queue(spec.escalationQueueId());
    }
    networkStreams = new EntityStreams(tools.streams(), "network-review");
    backgroundStreams = new EntityStreams(tools.streams(), "background-review");
    auditStreams = new EntityStreams(tools.streams(), "audit-review");
    campaignCategory = new int[setup.campaigns().length];
    for (int c = 0; c < campaignCategory.length; c++) {
      campaignCategory[c] = setup.campaigns()[c].category().ordinal();
    }
  }

  @Override
  public int open(int kind, int subject, int level, int q) {
    int id = cases.open(kind, subject, level, clock.now());
    if (kind != CaseTable.BACKGROUND) {
      log.reviewCase(ObservedKind.CASE_OPENED, id, Observations.caseKind(kind));
    }
    submit(id, q);
    return id;
  }

  @Override
  public void setStaffed(int q, int reviewers) {
    queues[q].setStaffed(reviewers, clock.now());
    tryStart(q);
  }

  /** Puts a case in a queue and starts it if a reviewer is free. */
  private void submit(int caseId, int q) {
    cases.assign(caseId, q);
    queues[q].enqueue(caseId, cases.level(caseId), clock.now());
    totalWaiting++;
    recorder.onBacklog(totalWaiting);
    tryStart(q);
  }

  /** Starts waiting cases while reviewers are free. */
  private void tryStart(int q) {
    ReviewQueue queue = queues[q];
    while (queue.canStart()) {
      int id = queue.next(clock.now());
      totalWaiting--;
      start(q, id);
    }
  }

  private void start(int q, int id) {
    int kind = cases.kind(id);
    int campaign = campaignOf(id);
    recorder.onReviewStarted(
        q,
        !cases.isElectionWork(id),
        cases.level(id),
        campaign,
        campaign < 0 ? -1 : campaignCategory[campaign],
        cases.openedAt(id),
        queues[q].spec.slaTicks(),
        clock.now());
    boolean appeal = kind == CaseTable.THREAT_APPEAL || kind == CaseTable.BENIGN_APPEAL;
    double hours = (appeal ? appealHandle[q] : handle[q]).sample(stream(id));
    hours *= parameters.get(Parameter.QUEUE_HANDLE_TIME_SCALE, q);
    clock.in(hours, this, EventTypes.REVIEW_DONE, id);
  }

  /** A reviewer finished a case: escalate it, or decide it, then take the next one. */
  @Override
  public void onEvent(int type, long payload) {
    int id = (int) payload;
    int q = cases.queue(id);
    queues[q].finish(clock.now());
    RandomStream rs = stream(id);
    double uEscalate = rs.nextDouble();
    double uDecide = rs.nextDouble();
    int kind = cases.kind(id);
    boolean escalable =
        kind == CaseTable.THREAT_ACCOUNT
            || kind == CaseTable.BENIGN_ACCOUNT
            || kind == CaseTable.NETWORK;
    if (escalable
        && escalationQueue[q] >= 0
        && uEscalate < parameters.get(Parameter.QUEUE_ESCALATION_SHARE, q)) {
      cases.reopen(id, clock.now());
      log.reviewCase(ObservedKind.ESCALATED, id, queues[escalationQueue[q]].spec.id());
      submit(id, escalationQueue[q]);
    } else {
      decide(id, q, uDecide);
    }
    tryStart(q);
  }

  private void decide(int id, int q, double u) {
    int subject = cases.subject(id);
    double accuracy = parameters.get(Parameter.QUEUE_ACCURACY, q);
    double clear = parameters.get(Parameter.QUEUE_BENIGN_CLEAR_RATE, q);
    switch (cases.kind(id)) {
      case CaseTable.THREAT_ACCOUNT -> {
        accounts.openCase[subject] = -1;
        logDecision(id, u < accuracy ? "confirmed" : "cleared");
        verdicts.threatDecided(subject, q, u < accuracy);
      }
      case CaseTable.BENIGN_ACCOUNT -> {
        logDecision(id, u >= clear ? "confirmed" : "cleared");
        verdicts.benignDecided(subject, u >= clear, q);
      }
      case CaseTable.NETWORK -> {
        logDecision(id, u < accuracy ? "confirmed" : "cleared");
        verdicts.networkDecided(subject, u < accuracy);
      }
      case CaseTable.THREAT_APPEAL -> {
        recorder.appeals++;
        logDecision(id, "appeal-denied");
      }
      case CaseTable.BENIGN_APPEAL -> {
        recorder.appeals++;
        logDecision(id, u < clear ? "appeal-granted" : "appeal-denied");
        verdicts.benignAppealDecided(subject, u < clear);
      }
      default -> {}
    }
  }

  /** The campaign of a threat account's case or appeal; -1 for every other case. */
  int campaignOf(int id) {
    int kind = cases.kind(id);
    return kind == CaseTable.THREAT_ACCOUNT || kind == CaseTable.THREAT_APPEAL
        ? accounts.campaign(cases.subject(id))
        : -1;
  }

  /** The policy category ordinal of a campaign. */
  int categoryOf(int campaign) {
    return campaignCategory[campaign];
  }

  private void logDecision(int id, String decision) {
    log.reviewCase(ObservedKind.REVIEWED, id, decision);
  }

  /**
   * The stream a case's handle time and decisions come from: its subject's, for synchronisation.
   */
  private RandomStream stream(int id) {
    int subject = cases.subject(id);
    return switch (cases.kind(id)) {
      case CaseTable.THREAT_ACCOUNT, CaseTable.THREAT_APPEAL -> accounts.reviewStream(subject);
      case CaseTable.BENIGN_ACCOUNT, CaseTable.BENIGN_APPEAL -> benign.reviewStream(subject);
      case CaseTable.NETWORK -> networkStreams.get(subject);
      case CaseTable.BENIGN_AUDIT -> auditStreams.get(cases.queue(id));
      default -> backgroundStreams.get(cases.queue(id));
    };
  }

  int totalWaiting() {
    return totalWaiting;
  }
}
