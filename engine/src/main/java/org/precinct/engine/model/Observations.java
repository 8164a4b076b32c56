package org.precinct.engine.model;

/**
 * Turns model steps into {@link ObservedEvent}s for an attached {@link ModelObserver}, and does
 * nothing (allocating nothing) when none is attached.
 */
final class Observations {
  private final ModelSetup setup;
  private final ModelClock clock;
  private final CaseSubjects subjects;
  private final ModelObserver observer;

  Observations(ModelSetup setup, ModelClock clock, CaseSubjects subjects, ModelObserver observer) {
    this.setup = setup;
    this.clock = clock;
    this.subjects = subjects;
    this.observer = observer;
  }

  boolean active() {
    return observer != null;
  }

  /** An event about threat account {@code a}. */
  void account(ObservedKind kind, int a, int caseId, String detail) {
    if (observer == null) {
      return;
    }
    Accounts accounts = subjects.accounts();
    String campaign = setup.campaigns()[accounts.campaign(a)].id();
    String channel = setup.spec().channels().get(accounts.channel(a)).id();
    emit(kind, campaign + "/" + accounts.ordinal[a], campaign, channel, caseId, detail);
  }

  /** An event about benign user slot {@code slot}. */
  void benign(ObservedKind kind, int slot, int caseId, String detail) {
    if (observer == null) {
      return;
    }
    long key = subjects.benign().key(slot);
    String stream = setup.spec().benign().get((int) (key >>> 32)).id();
    String channel = setup.spec().channels().get(subjects.benign().channel(slot)).id();
    emit(kind, stream + "/" + (int) key, "", channel, caseId, detail);
  }

  /** An event about a case, attributed to its subject. */
  void reviewCase(ObservedKind kind, int caseId, String detail) {
    if (observer == null) {
      return;
    }
    int subject = subjects.cases().subject(caseId);
    switch (subjects.cases().kind(caseId)) {
      case CaseTable.THREAT_ACCOUNT, CaseTable.THREAT_APPEAL ->
          account(kind, subject, caseId, detail);
      case CaseTable.BENIGN_ACCOUNT, CaseTable.BENIGN_APPEAL ->
          benign(kind, subject, caseId, detail);
      case CaseTable.NETWORK ->
          emit(kind, "", setup.index().networkId(subject), "", caseId, detail);
      default -> emit(kind, "", "", "", caseId, detail);
    }
  }

  /** A state-triggered event fired. */
  void trigger(String id) {
    if (observer == null) {
      return;
    }
    emit(ObservedKind.INJECT_FIRED, "", "", "", -1, id);
  }

  private void emit(
      ObservedKind kind,
      String account,
      String campaign,
      String channel,
      int caseId,
      String detail) {
    observer.onEvent(
        new ObservedEvent(clock.now(), kind, account, campaign, channel, caseId, detail));
  }

  /** The lowercase-kebab name of a case kind, for CASE_OPENED details. */
  static String caseKind(int kind) {
    return switch (kind) {
      case CaseTable.THREAT_ACCOUNT -> "threat-account";
      case CaseTable.BENIGN_ACCOUNT -> "benign-account";
      case CaseTable.NETWORK -> "network";
      case CaseTable.THREAT_APPEAL -> "threat-appeal";
      case CaseTable.BENIGN_APPEAL -> "benign-appeal";
      case CaseTable.BENIGN_AUDIT -> "benign-audit";
      default -> "background";
    };
  }
}
