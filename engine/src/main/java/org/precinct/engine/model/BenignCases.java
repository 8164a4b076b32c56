package org.precinct.engine.model;

import org.precinct.engine.random.RandomStream;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.Parameter;

/**
 * What happens to a falsely flagged benign user: the flagging rule may open a case, a reviewer may
 * wrongly uphold it, the enforcement ladder then warns or wrongly suspends, and an appeal may
 * reinstate; every case goes to a {@link CaseSink}.
 */
final class BenignCases {
  private final ModelSetup setup;
  private final ModelParameters parameters;
  private final ModelClock clock;
  private final Recorder recorder;
  private final Observations log;
  private final BenignUsers users;
  private final FlagRule rule;
  private final FlagWindows flags;
  private final CaseSink cases;

  BenignCases(
      ModelSetup setup,
      ModelParameters parameters,
      Instruments tools,
      BenignUsers users,
      DetectionLinks links) {
    this.setup = setup;
    this.parameters = parameters;
    this.clock = tools.clock();
    this.recorder = tools.recorder();
    this.log = tools.log();
    this.users = users;
    this.rule = links.rule();
    this.flags = new FlagWindows(links.flagCapacity(), 64);
    this.cases = links.cases();
  }

  /** A benign user's request was falsely flagged; the flagging rule may open a case. */
  void onFlagged(int stream, int user, int ch) {
    int slot = users.slot(stream, user, ch);
    if (users.suspended[slot]) {
      return;
    }
    boolean open = flags.flag(slot, clock.now(), rule.flagsToOpenCase(), rule.windowTicks());
    if (open && users.openCase[slot] < 0 && parameters.defenseOn(ch, DefenseKind.FLAGGING)) {
      if (!parameters.defenseOn(ch, DefenseKind.REVIEW)) {
        flags.clear(slot);
        wronglyConfirmed(slot, setup.streamQueue(stream));
        return;
      }
      users.openCase[slot] =
          cases.open(CaseTable.BENIGN_ACCOUNT, slot, 1, setup.streamQueue(stream));
    }
  }

  /** The user's case was decided. */
  void onReviewed(int slot, boolean confirmed, int queue) {
    users.openCase[slot] = -1;
    flags.clear(slot);
    if (confirmed) {
      wronglyConfirmed(slot, queue);
    }
  }

  /**
   * The ladder applied to a benign user: a warning first when severity 1 is below the bar, else a
   * wrongful suspension, perhaps appealed.
   */
  private void wronglyConfirmed(int slot, int queue) {
    int ch = users.channel(slot);
    RandomStream rs = users.reviewStream(slot);
    double uAct = rs.nextDouble();
    double uAppeal = rs.nextDouble();
    if (setup.index().isPartnerChannel(ch)) {
      if (!parameters.defenseOn(ch, DefenseKind.PARTNER_REFERRAL)
          || uAct >= parameters.get(Parameter.PARTNER_ACTION_PROBABILITY, ch)) {
        return;
      }
    } else if (!parameters.defenseOn(ch, DefenseKind.ENFORCEMENT)) {
      return;
    } else if (1.0 < parameters.get(Parameter.WARN_BELOW_SEVERITY) && !users.warned[slot]) {
      users.warned[slot] = true;
      log.benign(ObservedKind.WARNED, slot, -1, "warning");
      return;
    }
    log.benign(ObservedKind.WRONGFUL_ENFORCEMENT, slot, -1, "suspended");
    users.suspended[slot] = true;
    users.suspendedNow++;
    recorder.onWrongfulEnforcement(clock.now());
    recorder.voters.streamWrongful[(int) (users.key(slot) >>> 32)]++;
    if (uAppeal < parameters.get(Parameter.QUEUE_APPEAL_SHARE, queue)) {
      cases.open(CaseTable.BENIGN_APPEAL, slot, ReviewQueue.APPEAL_LEVEL, queue);
    }
  }

  /** An appeal was granted: the user is active again with a clean record. */
  void reinstate(int slot) {
    if (users.suspended[slot]) {
      users.suspended[slot] = false;
      users.suspendedNow--;
      flags.clear(slot);
    }
  }
}
