package org.precinct.engine.model;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.spec.Change;

/**
 * Scheduled changes and what a change's effects ask of the running stages (redraw a rate, re-staff
 * a queue, start or stop a campaign); before {@link #goLive()} processes start from the edited
 * values instead, so only the initial spawning and scheduling happen.
 */
final class ModelChanges implements EventHandler, ChangeEffects {
  private final ImmutableList<Change> scheduled;
  private final ModelClock clock;
  private final ChangeTargets stages;
  private final ChangeApplier applier;
  private boolean live;

  ModelChanges(
      ImmutableList<Change> scheduled,
      ModelClock clock,
      ChangeTargets stages,
      ModelParameters parameters,
      ScenarioIndex index) {
    this.scheduled = scheduled;
    this.clock = clock;
    this.stages = stages;
    this.applier = new ChangeApplier(parameters, index, this);
  }

  ChangeApplier applier() {
    return applier;
  }

  /** Schedules the scheduled change number {@code i} at {@code atTicks}. */
  void schedule(int i, long atTicks) {
    clock.at(atTicks, EventTypes.PRIORITY_CHANGE, this, EventTypes.CHANGE, i);
  }

  /** From now on, changes reschedule running processes. */
  void goLive() {
    live = true;
  }

  @Override
  public void onEvent(int type, long payload) {
    applier.apply(scheduled.get((int) payload));
  }

  @Override
  public void campaignRateChanged(int campaign) {
    stages.traffic().invalidateRate(campaign);
    if (live) {
      stages.lifecycle().onRateChanged(campaign);
    }
  }

  @Override
  public void campaignAccountsRaised(int campaign) {
    if (live) {
      stages.lifecycle().spawnInitial(campaign);
    }
  }

  @Override
  public void benignRateChanged() {
    if (live) {
      stages.benign().onRateChanged();
    }
  }

  @Override
  public void staffingChanged(int queue) {
    if (live) {
      stages.staffing().refresh(queue);
    }
  }

  @Override
  public void backgroundChanged(int queue) {
    if (live) {
      stages.background().onRateChanged(queue);
    }
  }

  @Override
  public void classifierRetrained(int classifier) {
    stages.redTeam().retrained(classifier);
  }

  @Override
  public void redTeamChanged(int classifier) {
    if (live) {
      stages.redTeam().onCadenceChanged(classifier);
    }
  }

  @Override
  public void addStaff(int queue, long fromTicks, long toTicks, int staff) {
    stages.staffing().addStaff(queue, fromTicks, toTicks, staff);
  }

  @Override
  public void startCampaign(int campaign) {
    if (live) {
      stages.lifecycle().start(campaign);
    } else {
      clock.at(
          0L, EventTypes.PRIORITY_NORMAL, stages.lifecycle(), EventTypes.CAMPAIGN_START, campaign);
    }
  }

  @Override
  public void stopCampaign(int campaign) {
    stages.lifecycle().end(campaign, true);
  }
}
