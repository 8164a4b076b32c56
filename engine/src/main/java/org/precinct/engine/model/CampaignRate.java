package org.precinct.engine.model;

import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.Parameter;

/**
 * One account's request rate in a campaign, per elapsed hour: the base rate, times a linear ramp
 * from the campaign's start to its multiplier on election day (flat afterwards), times the daily
 * cycle, all at the hour's midpoint; cached per hour until the campaign (re)starts or its rate
 * changes.
 */
final class CampaignRate extends HourlyRate {
  private final ModelCalendar calendar;
  private final CampaignStates campaigns;
  private final int campaign;
  private final double rampToElection;
  private final double amplitude;
  private final double[] perDay;
  private final int election;
  private final long electionStart;

  CampaignRate(
      ModelSetup setup, ModelParameters parameters, CampaignStates campaigns, int campaign) {
    this.calendar = setup.calendar();
    this.campaigns = campaigns;
    this.campaign = campaign;
    CampaignSpec spec = setup.campaigns()[campaign];
    this.rampToElection = spec.intensity().rampToElection();
    this.amplitude = spec.intensity().dailyCycleAmplitude();
    this.perDay = parameters.values(Parameter.CAMPAIGN_REQUESTS_PER_ACCOUNT_PER_DAY);
    this.election = setup.campaignElection()[campaign];
    this.electionStart = calendar.electionStart(election);
  }

  @Override
  double perHour(int hour) {
    long start = campaigns.startedAt[campaign];
    long election = electionStart;
    long mid = hour * Ticks.HOUR + Ticks.HOUR / 2;
    double f =
        election <= start
            ? 1.0
            : Math.max(0.0, Math.min(1.0, (double) (mid - start) / (election - start)));
    double ramp = 1.0 + (rampToElection - 1.0) * f;
    return perDay[campaign] / 24.0 * ramp * calendar.cycle(this.election, hour, amplitude);
  }
}
