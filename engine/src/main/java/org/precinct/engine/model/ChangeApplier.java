package org.precinct.engine.model;

import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ParameterRef;

/**
 * The one place where a {@link Change} edits a running replication: injects, interventions,
 * decision options, uncertain parameters and sweep points all pass through {@link #apply}.
 */
final class ChangeApplier {
  private final ModelParameters parameters;
  private final ScenarioIndex index;
  private final ChangeEffects effects;

  ChangeApplier(ModelParameters parameters, ScenarioIndex index, ChangeEffects effects) {
    this.parameters = parameters;
    this.index = index;
    this.effects = effects;
  }

  /** Applies one change now. */
  void apply(Change change) {
    if (change instanceof Change.SetParameter s) {
      edit(s.ref(), Double.NaN, s.value());
    } else if (change instanceof Change.ScaleParameter s) {
      edit(s.ref(), s.factor(), Double.NaN);
    } else if (change instanceof Change.ToggleDefense t) {
      toggle(t);
    } else if (change instanceof Change.AddStaff a) {
      effects.addStaff(index.queue(a.queueId()), a.fromTicks(), a.toTicks(), a.staff());
    } else if (change instanceof Change.StartCampaign s) {
      effects.startCampaign(index.campaign(s.campaignId()));
    } else if (change instanceof Change.StopCampaign s) {
      effects.stopCampaign(index.campaign(s.campaignId()));
    }
  }

  private void edit(ParameterRef ref, double factor, double value) {
    Parameter p = ref.parameter();
    double[] values = parameters.values(p);
    if (ref.targetId().isEmpty()) {
      for (int i = 0; i < values.length; i++) {
        editOne(p, values, i, factor, value);
      }
    } else {
      editOne(p, values, parameters.resolve(p.target(), ref.targetId()), factor, value);
    }
  }

  private void editOne(Parameter p, double[] values, int i, double factor, double value) {
    double before = values[i];
    values[i] = p.clamp(Double.isNaN(value) ? before * factor : value);
    react(p, i, before, values[i]);
  }

  private void react(Parameter p, int i, double before, double after) {
    switch (p) {
      case CLASSIFIER_RECALL, CLASSIFIER_AUC -> {
        parameters.refreshFalsePositiveRate(i);
        effects.benignRateChanged();
        effects.classifierRetrained(i);
      }
      case BENIGN_REQUESTS_PER_DAY -> effects.benignRateChanged();
      case QUEUE_STAFF_SCALE -> effects.staffingChanged(i);
      case QUEUE_BACKGROUND_PER_HOUR -> effects.backgroundChanged(i);
      case CLASSIFIER_RED_TEAM_EVERY -> effects.redTeamChanged(i);
      case CAMPAIGN_REQUESTS_PER_ACCOUNT_PER_DAY -> effects.campaignRateChanged(i);
      case CAMPAIGN_ACCOUNTS -> {
        if (after > before) {
          effects.campaignAccountsRaised(i);
        }
      }
      default -> {}
    }
  }

  private void toggle(Change.ToggleDefense t) {
    DefenseKind kind = t.defense();
    String target = t.targetId();
    if (target.isEmpty()) {
      if (kind == DefenseKind.CLASSIFIER) {
        for (int c = 0; c < parameters.classifierCount(); c++) {
          parameters.setClassifierOn(c, t.enabled());
        }
      } else {
        parameters.setGlobalDefense(kind, t.enabled());
      }
    } else if (kind == DefenseKind.CLASSIFIER && index.classifierOrNone(target) >= 0) {
      parameters.setClassifierOn(index.classifierOrNone(target), t.enabled());
    } else {
      parameters.setChannelDefense(index.channel(target), kind, t.enabled());
    }
    if (kind == DefenseKind.CLASSIFIER) {
      effects.benignRateChanged();
    }
  }
}
