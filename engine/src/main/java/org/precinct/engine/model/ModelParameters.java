package org.precinct.engine.model;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.ChannelSpec;
import org.precinct.engine.spec.ClassifierSpec;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.DefensesSpec;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.PolicyCategory;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.TargetKind;

/**
 * The current value of every {@link Parameter} and defense toggle of one replication, one {@code
 * double[]} per parameter indexed by its target (a one-element array for global parameters), so
 * that changes edit one place and the hot path reads plain arrays.
 */
final class ModelParameters {
  private final ScenarioIndex index;
  private final double[][] values = new double[Parameter.values().length][];
  private final boolean[] classifierOn;
  private final boolean[][] channelDefense;
  private final boolean[] globalDefense = new boolean[DefenseKind.values().length];
  private final double[] falsePositiveRate;

  ModelParameters(ScenarioSpec spec, ScenarioIndex index) {
    this.index = index;
    DefensesSpec d = spec.defenses();
    ImmutableList<ClassifierSpec> cl = d.classifiers();
    set(Parameter.CLASSIFIER_RECALL, cl.collectDouble(ClassifierSpec::recall).toArray());
    set(Parameter.CLASSIFIER_AUC, cl.collectDouble(ClassifierSpec::auc).toArray());
    set(Parameter.CLASSIFIER_LATENCY_SCALE, ones(cl.size()));
    set(
        Parameter.CLASSIFIER_RECALL_DRIFT,
        cl.collectDouble(ClassifierSpec::recallDriftPerWeek).toArray());
    set(
        Parameter.CLASSIFIER_RED_TEAM_EVERY,
        cl.collectDouble(c -> c.redTeam().everyDays()).toArray());
    initQueues(spec.queues());
    initChannels(spec);
    initCampaigns(spec.campaigns());
    initGlobals(spec);
    classifierOn = new boolean[cl.size()];
    cl.forEachWithIndex((c, i) -> classifierOn[i] = c.enabled());
    initToggles(d);
    channelDefense = new boolean[spec.channels().size()][];
    spec.channels().forEachWithIndex((ChannelSpec c, int i) -> channelDefense[i] = defenses(c));
    falsePositiveRate = new double[cl.size()];
    for (int c = 0; c < cl.size(); c++) {
      refreshFalsePositiveRate(c);
    }
  }

  private void initGlobals(ScenarioSpec spec) {
    DefensesSpec d = spec.defenses();
    double[] refusal = new double[PolicyCategory.values().length];
    for (PolicyCategory c : PolicyCategory.values()) {
      refusal[c.ordinal()] = d.refusal().probability(c);
    }
    set(Parameter.REFUSAL_PROBABILITY, refusal);
    scalar(Parameter.PROMPT_MODIFICATION_HARM_REDUCTION, d.promptModification().harmReduction());
    scalar(Parameter.COORDINATION_BASE_RECALL, d.coordination().baseRecall());
    scalar(Parameter.COORDINATION_RECALL_PER_ACCOUNT, d.coordination().recallPerLinkedAccount());
    scalar(Parameter.AUDIT_SAMPLE_SHARE, d.audit().sampleShare());
    scalar(Parameter.AUDIT_DETECTION_PROBABILITY, d.audit().detectionProbability());
    scalar(Parameter.FLAGS_TO_OPEN_CASE, d.flagging().flagsToOpenCase());
    scalar(Parameter.SUSPENSION_DELAY_SCALE, 1.0);
    scalar(Parameter.TAKEDOWN_DELAY_SCALE, 1.0);
    scalar(Parameter.WARN_BELOW_SEVERITY, spec.enforcement().warnBelowSeverity());
    scalar(Parameter.REDIRECT_SHARE, d.redirect().share());
    scalar(Parameter.REDIRECT_TAKE_UP, d.redirect().takeUp());
    scalar(Parameter.ANSWER_INACCURACY_SCALE, 1.0);
    scalar(Parameter.OVER_REFUSAL_SCALE, 1.0);
    set(
        Parameter.BENIGN_REQUESTS_PER_DAY,
        spec.benign().collectDouble(b -> b.requestsPerDay()).toArray());
  }

  private void initToggles(DefensesSpec d) {
    java.util.Arrays.fill(globalDefense, true);
    globalDefense[DefenseKind.REFUSAL.ordinal()] = d.refusal().enabled();
    globalDefense[DefenseKind.PROMPT_MODIFICATION.ordinal()] = d.promptModification().enabled();
    globalDefense[DefenseKind.COORDINATION.ordinal()] = d.coordination().enabled();
    globalDefense[DefenseKind.AUDIT.ordinal()] = d.audit().enabled();
  }

  private void initQueues(ImmutableList<QueueSpec> queues) {
    set(Parameter.QUEUE_ACCURACY, queues.collectDouble(QueueSpec::accuracy).toArray());
    set(
        Parameter.QUEUE_BENIGN_CLEAR_RATE,
        queues.collectDouble(QueueSpec::benignClearRate).toArray());
    set(Parameter.QUEUE_HANDLE_TIME_SCALE, ones(queues.size()));
    set(Parameter.QUEUE_STAFF_SCALE, ones(queues.size()));
    set(
        Parameter.QUEUE_BACKGROUND_PER_HOUR,
        queues.collectDouble(QueueSpec::backgroundPerHour).toArray());
    set(
        Parameter.QUEUE_ESCALATION_SHARE,
        queues.collectDouble(QueueSpec::escalationShare).toArray());
    set(Parameter.QUEUE_APPEAL_SHARE, queues.collectDouble(QueueSpec::appealShare).toArray());
  }

  private void initChannels(ScenarioSpec spec) {
    int n = spec.channels().size();
    double[] action = new double[n];
    spec.channels()
        .forEachWithIndex(
            (ChannelSpec c, int i) ->
                action[i] = c.partner() == null ? 0.0 : c.partner().actionProbability());
    set(Parameter.PARTNER_DELAY_SCALE, ones(n));
    set(Parameter.PARTNER_ACTION_PROBABILITY, action);
  }

  private void initCampaigns(ImmutableList<CampaignSpec> campaigns) {
    set(
        Parameter.CAMPAIGN_REQUESTS_PER_ACCOUNT_PER_DAY,
        campaigns.collectDouble(c -> c.intensity().requestsPerAccountPerDay()).toArray());
    set(
        Parameter.CAMPAIGN_HARMFUL_SHARE,
        campaigns.collectDouble(CampaignSpec::harmfulShare).toArray());
    set(
        Parameter.CAMPAIGN_ACCOUNTS,
        campaigns.collectDouble(c -> c.accounts().initial()).toArray());
    set(
        Parameter.CAMPAIGN_GROWTH_PER_DAY,
        campaigns.collectDouble(c -> c.accounts().growthPerDay()).toArray());
    set(
        Parameter.CAMPAIGN_RECREATE_CAP,
        campaigns.collectDouble(c -> c.accounts().recreateCap()).toArray());
    set(
        Parameter.CAMPAIGN_CLASSIFIER_EVASION,
        campaigns.collectDouble(CampaignSpec::classifierEvasion).toArray());
  }

  private static boolean[] defenses(ChannelSpec channel) {
    boolean[] on = new boolean[DefenseKind.values().length];
    channel.defenses().forEach(k -> on[k.ordinal()] = true);
    return on;
  }

  private static double[] ones(int n) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, 1.0);
    return a;
  }

  private void set(Parameter p, double[] v) {
    values[p.ordinal()] = v;
  }

  private void scalar(Parameter p, double v) {
    values[p.ordinal()] = new double[] {v};
  }

  /** The values of a parameter, one per target (index 0 for a global parameter). */
  double[] values(Parameter p) {
    return values[p.ordinal()];
  }

  /** The value of a global parameter. */
  double get(Parameter p) {
    return values[p.ordinal()][0];
  }

  /** The value of a parameter for one target. */
  double get(Parameter p, int target) {
    return values[p.ordinal()][target];
  }

  /** The array index a target id resolves to for a parameter's target kind. */
  int resolve(TargetKind kind, String id) {
    return switch (kind) {
      case NONE -> 0;
      case CLASSIFIER -> requireFound(index.classifierOrNone(id), id);
      case QUEUE -> index.queue(id);
      case CHANNEL -> index.channel(id);
      case CAMPAIGN -> index.campaign(id);
      case CATEGORY -> PolicyCategory.fromId(id).ordinal();
      case BENIGN_STREAM -> index.benign(id);
    };
  }

  private static int requireFound(int i, String id) {
    if (i < 0) {
      throw new IllegalArgumentException("unknown classifier id '" + id + "'");
    }
    return i;
  }

  boolean classifierOn(int c) {
    return classifierOn[c];
  }

  void setClassifierOn(int c, boolean on) {
    classifierOn[c] = on;
  }

  /** Whether a defense is on for a channel: switched on globally and on that channel. */
  boolean defenseOn(int channel, DefenseKind kind) {
    return globalDefense[kind.ordinal()] && channelDefense[channel][kind.ordinal()];
  }

  boolean globalDefenseOn(DefenseKind kind) {
    return globalDefense[kind.ordinal()];
  }

  void setGlobalDefense(DefenseKind kind, boolean on) {
    globalDefense[kind.ordinal()] = on;
  }

  void setChannelDefense(int channel, DefenseKind kind, boolean on) {
    channelDefense[channel][kind.ordinal()] = on;
  }

  /** The false-positive rate of a classifier at its current operating point (binormal ROC). */
  double falsePositiveRate(int c) {
    return falsePositiveRate[c];
  }

  void refreshFalsePositiveRate(int c) {
    falsePositiveRate[c] =
        BinormalRoc.falsePositiveRate(
            get(Parameter.CLASSIFIER_AUC, c), get(Parameter.CLASSIFIER_RECALL, c));
  }

  int classifierCount() {
    return classifierOn.length;
  }
}
