package org.precinct.engine.model;

import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.kernel.EventHandler;
import org.precinct.engine.spec.Change;

/**
 * The model's one event handler: dispatches int-coded events to the components, applies scheduled
 * changes, reacts to their effects, and checks that time never runs backwards.
 */
final class ModelEvents implements EventHandler, ChangeEffects {
  private final ModelContext m;
  private final ImmutableList<Change> scheduled;
  private ChangeApplier applier;
  private ModelTicks ticks;
  private boolean live;
  private long lastTime;
  private long backwardsAt = -1L;

  ModelEvents(ModelContext m, ImmutableList<Change> scheduled) {
    this.m = m;
    this.scheduled = scheduled;
  }

  void wire(ChangeApplier changeApplier, ModelTicks modelTicks) {
    this.applier = changeApplier;
    this.ticks = modelTicks;
  }

  /**
   * From now on, changes reschedule running processes (before, processes start from the values).
   */
  void goLive() {
    live = true;
  }

  @Override
  public void onEvent(int type, long payload) {
    long now = m.sim.now();
    if (now < lastTime && backwardsAt < 0) {
      backwardsAt = now;
    }
    lastTime = now;
    int p = (int) payload;
    switch (type) {
      case EventTypes.REQUEST -> m.threat.onArrivals(p);
      case EventTypes.FLAG -> m.detection.onFlagged(p);
      case EventTypes.BENIGN_FLAG -> m.benign.onFlagArrival(p);
      case EventTypes.REVIEW_DONE -> m.desk.onReviewed(p);
      case EventTypes.ROSTER -> m.staffing.onRoster(payload);
      case EventTypes.STAFF_DELTA -> m.staffing.onDelta(payload);
      case EventTypes.SUSPEND -> m.enforcement.onSuspend(p);
      case EventTypes.TAKEDOWN -> m.enforcement.onTakedown(p);
      case EventTypes.PARTNER_ACTION -> m.enforcement.onPartnerAction(payload);
      case EventTypes.RECREATE -> m.lifecycle.onRecreate(p);
      case EventTypes.GROWTH -> m.lifecycle.onGrowth(p);
      case EventTypes.COORDINATION -> m.detection.onCoordinationBatch();
      case EventTypes.AUDIT -> m.detection.onAuditBatch();
      case EventTypes.BACKGROUND -> m.background.onArrival(p);
      case EventTypes.CAMPAIGN_START -> m.lifecycle.start(p);
      case EventTypes.CAMPAIGN_END -> m.lifecycle.end(p, false);
      case EventTypes.CHANGE -> applier.apply(scheduled.get(p));
      case EventTypes.HOUR_TICK -> ticks.onHour(p);
      case EventTypes.DAY_TICK -> ticks.onDay(p);
      default -> throw new IllegalStateException("unknown event type " + type);
    }
  }

  /** The first time at which the clock was seen to run backwards, or -1. */
  long backwardsAt() {
    return backwardsAt;
  }

  @Override
  public void campaignRateChanged(int campaign) {
    m.threat.invalidateRate(campaign);
    if (live) {
      m.lifecycle.onRateChanged(campaign);
    }
  }

  @Override
  public void campaignAccountsRaised(int campaign) {
    if (live) {
      m.lifecycle.spawnInitial(campaign);
    }
  }

  @Override
  public void benignRateChanged() {
    if (live) {
      m.benign.onRateChanged();
    }
  }

  @Override
  public void staffingChanged(int queue) {
    if (live) {
      m.staffing.refresh(queue);
    }
  }

  @Override
  public void backgroundChanged(int queue) {
    if (live) {
      m.background.onRateChanged(queue);
    }
  }

  @Override
  public void addStaff(int queue, long fromTicks, long toTicks, int staff) {
    m.staffing.addStaff(queue, fromTicks, toTicks, staff);
  }

  @Override
  public void startCampaign(int campaign) {
    if (live) {
      m.lifecycle.start(campaign);
    } else {
      m.scheduleAt(0L, EventTypes.PRIORITY_NORMAL, EventTypes.CAMPAIGN_START, campaign);
    }
  }

  @Override
  public void stopCampaign(int campaign) {
    m.lifecycle.end(campaign, true);
  }
}
