package org.precinct.scenarios.build;

import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.AccountsSpec;
import org.precinct.engine.spec.AdaptationSpec;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.IntensitySpec;
import org.precinct.scenarios.format.CampaignYaml;
import org.precinct.scenarios.read.YamlPaths;

/**
 * Maps threat campaigns: the window inside the timeline, a channel that exists, shares that are
 * fractions, a severity from 1 to 5, and accounts that can be re-created only with a delay.
 */
final class CampaignMapper {

  /** Re-creations per campaign when the file does not say. */
  static final int DEFAULT_RECREATE_CAP = 3;

  private final Checks checks;
  private final DistributionMapper distributions;
  private final TimeResolver time;
  private final ScenarioIds ids;

  CampaignMapper(
      Checks checks, DistributionMapper distributions, TimeResolver time, ScenarioIds ids) {
    this.checks = checks;
    this.distributions = distributions;
    this.time = time;
    this.ids = ids;
  }

  ImmutableList<CampaignSpec> campaigns(List<CampaignYaml> campaigns) {
    return Lists.immutable.withAll(Indexed.map(campaigns, "campaigns", this::campaign));
  }

  private CampaignSpec campaign(CampaignYaml c, String path) {
    int mark = checks.mark();
    checks.reference(c.channel(), ids.channels(), "channel", YamlPaths.key(path, "channel"));
    long[] window =
        time.forElection(time.electionOf(c.election(), c.channel())).window(c.from(), c.to(), path);
    AccountsSpec accounts = accounts(c.accounts(), YamlPaths.key(path, "accounts"));
    IntensitySpec intensity = intensity(c.intensity(), YamlPaths.key(path, "intensity"));
    double harmful = checks.fraction(c.harmfulShare(), YamlPaths.key(path, "harmful-share"), 0);
    double severity =
        checks.range(
            c.severity(), YamlPaths.key(path, "severity"), 1, 5, 1, "a severity from 1 to 5");
    checks.id(c.network(), YamlPaths.key(path, "network"));
    AdaptationSpec adaptation = adaptation(c.adaptation(), YamlPaths.key(path, "adaptation"));
    boolean active = c.active() == null || c.active();
    checks.reference(c.side(), ids.sides(), "side", YamlPaths.key(path, "side"));
    double evasion =
        checks.fraction(c.classifierEvasion(), YamlPaths.key(path, "classifier-evasion"), 1);
    double reachScale = checks.nonNegative(c.reachScale(), YamlPaths.key(path, "reach-scale"), 1);
    return checks.build(
        path,
        mark,
        () ->
            new CampaignSpec(
                c.id(),
                ChannelMapper.label(c.label(), c.id()),
                EnumMapping.category(c.category()),
                c.channel(),
                window[0],
                window[1],
                accounts,
                intensity,
                harmful,
                severity,
                c.network(),
                adaptation,
                active,
                c.side(),
                evasion,
                reachScale));
  }

  private AccountsSpec accounts(CampaignYaml.AccountsYaml a, String path) {
    int mark = checks.mark();
    int initial = checks.count(a.initial(), YamlPaths.key(path, "initial"), 0, 0);
    double growth = a.growth() == null ? 0 : a.growth().perDay();
    boolean recreate = a.recreate() != null && a.recreate();
    if (recreate && a.recreateDelay() == null) {
      checks.report(
          YamlPaths.key(path, "recreate-delay"),
          "re-created accounts need a delay",
          "a duration distribution such as {type: lognormal, median: 6h, p90: 2d}");
    }
    DistributionSpec delay =
        a.recreateDelay() == null
            ? new DistributionSpec.Constant(0)
            : distributions.hours(a.recreateDelay(), YamlPaths.key(path, "recreate-delay"));
    int cap =
        checks.count(a.recreateCap(), YamlPaths.key(path, "recreate-cap"), 0, DEFAULT_RECREATE_CAP);
    if (initial == 0 && growth == 0) {
      checks.report(
          YamlPaths.key(path, "initial"),
          "the campaign never has an account",
          "initial accounts above 0, or a growth rate");
    }
    return checks.build(path, mark, () -> new AccountsSpec(initial, growth, recreate, delay, cap));
  }

  private IntensitySpec intensity(CampaignYaml.IntensityYaml i, String path) {
    int mark = checks.mark();
    double ramp = checks.positive(i.rampToElection(), YamlPaths.key(path, "ramp-to-election"), 1);
    double cycle = checks.fraction(i.dailyCycle(), YamlPaths.key(path, "daily-cycle"), 0);
    return checks.build(
        path, mark, () -> new IntensitySpec(i.requestsPerAccount().perDay(), ramp, cycle));
  }

  private AdaptationSpec adaptation(CampaignYaml.AdaptationYaml a, String path) {
    if (a == null) {
      return AdaptationSpec.none();
    }
    int mark = checks.mark();
    double penalty = checks.fraction(a.recallPenalty(), YamlPaths.key(path, "recall-penalty"), 1);
    long quiet = a.quietFor() == null ? 0 : a.quietFor().millis();
    checks.reference(
        a.moveToChannel(), ids.channels(), "channel", YamlPaths.key(path, "move-to-channel"));
    boolean compounds = Boolean.TRUE.equals(a.compounds());
    double floor = checks.fraction(a.recallFloor(), YamlPaths.key(path, "recall-floor"), 0);
    if (a.recallFloor() != null && !compounds) {
      checks.report(
          YamlPaths.key(path, "recall-floor"),
          "a recall floor only applies when adaptation compounds",
          "'compounds: true', or no recall-floor");
    }
    return checks.build(
        path, mark, () -> new AdaptationSpec(penalty, quiet, a.moveToChannel(), compounds, floor));
  }
}
