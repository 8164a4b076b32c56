package org.precinct.scenarios.build;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.BenignStreamSpec;
import org.precinct.engine.spec.ChannelSpec;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.PartnerSpec;
import org.precinct.scenarios.format.BenignYaml;
import org.precinct.scenarios.format.ChannelType;
import org.precinct.scenarios.format.ChannelYaml;
import org.precinct.scenarios.format.Defense;
import org.precinct.scenarios.format.YamlNames;
import org.precinct.scenarios.read.YamlPaths;

/**
 * Maps channels and benign traffic, checking that each defense exists on its channel's kind (prompt
 * modification on the consumer app, audits on the API, referral on partner platforms) and that
 * partner platforms, and only they, name a partner.
 */
final class ChannelMapper {

  private final Checks checks;
  private final DistributionMapper distributions;

  ChannelMapper(Checks checks, DistributionMapper distributions) {
    this.checks = checks;
    this.distributions = distributions;
  }

  /** The defenses a channel of {@code type} has when its file lists none. */
  static Set<Defense> defaults(ChannelType type) {
    Set<Defense> all = EnumSet.allOf(Defense.class);
    all.removeIf(d -> !available(d, type));
    return all;
  }

  static boolean available(Defense defense, ChannelType type) {
    return switch (defense) {
      case PROMPT_MODIFICATION -> type == ChannelType.CONSUMER_APP;
      case AUDIT -> type == ChannelType.FIRST_PARTY_API;
      case PARTNER_REFERRAL -> type == ChannelType.PARTNER_PLATFORM;
      default -> true;
    };
  }

  ImmutableList<ChannelSpec> channels(List<ChannelYaml> channels) {
    return Lists.immutable.withAll(Indexed.map(channels, "channels", this::channel));
  }

  private ChannelSpec channel(ChannelYaml c, String path) {
    int mark = checks.mark();
    List<Defense> listed = c.defenses() == null ? List.copyOf(defaults(c.kind())) : c.defenses();
    Set<DefenseKind> defenses = EnumSet.noneOf(DefenseKind.class);
    for (int i = 0; i < listed.size(); i++) {
      if (!available(listed.get(i), c.kind())) {
        checks.report(
            YamlPaths.index(YamlPaths.key(path, "defenses"), i),
            "this defense does not exist on a " + YamlNames.value(c.kind()) + " channel",
            "one of " + defaults(c.kind()).stream().map(YamlNames::value).toList());
      }
      defenses.add(EnumMapping.defense(listed.get(i)));
    }
    PartnerSpec partner = partner(c, path);
    double reachScale = checks.nonNegative(c.reachScale(), YamlPaths.key(path, "reach-scale"), 1);
    return checks.build(
        path,
        mark,
        () ->
            new ChannelSpec(
                c.id(),
                label(c.label(), c.id()),
                EnumMapping.channel(c.kind()),
                Sets.immutable.withAll(defenses),
                partner,
                reachScale));
  }

  private PartnerSpec partner(ChannelYaml c, String path) {
    String partnerPath = YamlPaths.key(path, "partner");
    boolean needsPartner = c.kind() == ChannelType.PARTNER_PLATFORM;
    if (needsPartner && c.partner() == null) {
      checks.report(
          partnerPath,
          "a partner-platform channel needs a partner",
          "a partner with name, action-delay and action-probability");
      return null;
    }
    if (!needsPartner && c.partner() != null) {
      checks.report(
          partnerPath,
          "only partner-platform channels have a partner",
          "no partner key on this channel");
      return null;
    }
    if (c.partner() == null) {
      return null;
    }
    int mark = checks.mark();
    DistributionSpec delay =
        distributions.hours(c.partner().actionDelay(), YamlPaths.key(partnerPath, "action-delay"));
    double probability =
        checks.fraction(
            c.partner().actionProbability(), YamlPaths.key(partnerPath, "action-probability"), 1);
    return checks.build(
        partnerPath, mark, () -> new PartnerSpec(c.partner().name(), delay, probability));
  }

  ImmutableList<BenignStreamSpec> benign(
      List<BenignYaml> benign, ScenarioIds ids, TimeResolver time) {
    return Lists.immutable.withAll(
        Indexed.map(benign, "benign", (b, path) -> benignStream(b, path, ids, time)));
  }

  private BenignStreamSpec benignStream(
      BenignYaml b, String path, ScenarioIds ids, TimeResolver time) {
    int mark = checks.mark();
    TimeResolver own = time.forElection(time.electionOf(b.election(), b.channel()));
    long from = b.from() == null ? 0L : own.at(b.from(), YamlPaths.key(path, "from"));
    long to = b.to() == null ? Long.MAX_VALUE : own.at(b.to(), YamlPaths.key(path, "to"));
    if (b.from() != null && b.to() != null && to <= from && own.timeline() != null) {
      checks.report(
          YamlPaths.key(path, "to"),
          "the window ends before it starts",
          "a moment after " + b.from().text());
    }
    checks.reference(b.channel(), ids.channels(), "channel", YamlPaths.key(path, "channel"));
    int users = checks.count(b.users(), YamlPaths.key(path, "users"), 1, 1);
    checks.reference(b.side(), ids.sides(), "side", YamlPaths.key(path, "side"));
    return checks.build(
        path,
        mark,
        () ->
            new BenignStreamSpec(
                b.id(),
                EnumMapping.benign(b.kind()),
                b.channel(),
                b.requests().perDay(),
                users,
                b.side(),
                from,
                to));
  }

  static String label(String label, String id) {
    return label == null || label.isBlank() ? id : label;
  }
}
