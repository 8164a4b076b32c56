package org.precinct.engine.spec;

/**
 * One typed edit of the running model; injects, interventions, decision options and uncertain
 * parameters are all made of these, so the model applies every kind of edit in one place.
 */
public sealed interface Change {

  /** Sets a parameter to a value within its valid range. */
  record SetParameter(ParameterRef ref, double value) implements Change {
    public SetParameter {
      Require.nonNull(ref, "ref");
      Require.range(value, ref.parameter().min(), ref.parameter().max(), ref.parameter().id());
    }
  }

  /** Multiplies a parameter by a factor (the result is clamped to the valid range). */
  record ScaleParameter(ParameterRef ref, double factor) implements Change {
    public ScaleParameter {
      Require.nonNull(ref, "ref");
      Require.nonNegative(factor, "factor");
    }
  }

  /**
   * Switches a defense on or off: a classifier (target: classifier id), a defense on one channel
   * (target: channel id), or everywhere (target empty).
   */
  record ToggleDefense(DefenseKind defense, String targetId, boolean enabled) implements Change {
    public ToggleDefense {
      Require.nonNull(defense, "defense");
      targetId = targetId == null ? "" : targetId;
    }
  }

  /** Adds reviewers to a queue during a window (a surge); negative staff is an outage. */
  record AddStaff(String queueId, long fromTicks, long toTicks, int staff) implements Change {
    public AddStaff {
      Require.id(queueId, "queueId");
      Require.nonNegative(fromTicks, "fromTicks");
      if (toTicks <= fromTicks) {
        throw new IllegalArgumentException("AddStaff toTicks must be after fromTicks");
      }
    }
  }

  /** Starts a campaign now (a new wave), for campaigns declared inactive. */
  record StartCampaign(String campaignId) implements Change {
    public StartCampaign {
      Require.id(campaignId, "campaignId");
    }
  }

  /** Stops a campaign now: its accounts send no further requests. */
  record StopCampaign(String campaignId) implements Change {
    public StopCampaign {
      Require.id(campaignId, "campaignId");
    }
  }
}
