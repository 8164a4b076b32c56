package org.precinct.engine.spec;

import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.set.ImmutableSet;

/**
 * Checks that every id a scenario refers to exists and is unique, so the model never looks up in
 * vain.
 */
final class ScenarioReferences {
  private final ImmutableSet<String> channelIds;
  private final ImmutableSet<String> campaignIds;
  private final ImmutableSet<String> queueIds;

  ScenarioReferences(
      ImmutableList<ChannelSpec> channels,
      ImmutableList<CampaignSpec> campaigns,
      ImmutableList<QueueSpec> queues) {
    channelIds = unique(channels.collect(ChannelSpec::id), "channel");
    campaignIds = unique(campaigns.collect(CampaignSpec::id), "campaign");
    queueIds = unique(queues.collect(QueueSpec::id), "queue");
    campaigns.forEach(c -> require(channelIds, c.channelId(), "campaign " + c.id() + " channel"));
    campaigns.forEach(
        c ->
            requireOptional(
                channelIds, c.adaptation().moveToChannelId(), "campaign " + c.id() + " moveTo"));
    queues.forEach(
        q -> requireOptional(queueIds, q.escalationQueueId(), "queue " + q.id() + " escalation"));
  }

  void check(
      ImmutableList<BenignStreamSpec> benign,
      EnforcementSpec enforcement,
      ImmutableList<InterventionSpec> interventions) {
    unique(benign.collect(BenignStreamSpec::id), "benign stream");
    benign.forEach(b -> require(channelIds, b.channelId(), "benign " + b.id() + " channel"));
    require(queueIds, enforcement.reviewQueueId(), "enforcement reviewQueueId");
    require(queueIds, enforcement.networkQueueId(), "enforcement networkQueueId");
    unique(interventions.collect(InterventionSpec::id), "intervention");
  }

  private static ImmutableSet<String> unique(ImmutableList<String> ids, String kind) {
    ImmutableSet<String> set = ids.toSet().toImmutable();
    if (set.size() != ids.size()) {
      throw new IllegalArgumentException("duplicate " + kind + " ids in " + ids);
    }
    return set;
  }

  private static void require(ImmutableSet<String> ids, String id, String where) {
    if (!ids.contains(id)) {
      throw new IllegalArgumentException(where + " refers to unknown id '" + id + "'");
    }
  }

  private static void requireOptional(ImmutableSet<String> ids, String id, String where) {
    if (!id.isEmpty()) {
      require(ids, id, where);
    }
  }
}
