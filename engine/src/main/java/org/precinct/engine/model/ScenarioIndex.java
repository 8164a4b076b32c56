package org.precinct.engine.model;

import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.map.primitive.MutableObjectIntMap;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;
import org.precinct.engine.spec.BenignStreamSpec;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.ChannelKind;
import org.precinct.engine.spec.ChannelSpec;
import org.precinct.engine.spec.ClassifierSpec;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Dense int indices for every id of a scenario (channels, classifiers, queues, campaigns, networks,
 * benign streams), so the model keeps its state in arrays and resolves ids once.
 */
final class ScenarioIndex {
  private final MutableObjectIntMap<String> channels = new ObjectIntHashMap<>();
  private final MutableObjectIntMap<String> classifiers = new ObjectIntHashMap<>();
  private final MutableObjectIntMap<String> queues = new ObjectIntHashMap<>();
  private final MutableObjectIntMap<String> campaigns = new ObjectIntHashMap<>();
  private final MutableObjectIntMap<String> networks = new ObjectIntHashMap<>();
  private final MutableObjectIntMap<String> benign = new ObjectIntHashMap<>();
  private final int[] campaignNetwork;
  private final boolean[] partnerChannel;

  ScenarioIndex(ScenarioSpec spec) {
    spec.channels().forEachWithIndex((ChannelSpec c, int i) -> channels.put(c.id(), i));
    partnerChannel = new boolean[spec.channels().size()];
    spec.channels()
        .forEachWithIndex(
            (ChannelSpec c, int i) -> partnerChannel[i] = c.kind() == ChannelKind.PARTNER_PLATFORM);
    spec.defenses()
        .classifiers()
        .forEachWithIndex((ClassifierSpec c, int i) -> classifiers.put(c.id(), i));
    spec.queues().forEachWithIndex((QueueSpec q, int i) -> queues.put(q.id(), i));
    spec.benign().forEachWithIndex((BenignStreamSpec b, int i) -> benign.put(b.id(), i));
    ImmutableList<CampaignSpec> list = spec.campaigns();
    campaignNetwork = new int[list.size()];
    list.forEachWithIndex(
        (CampaignSpec c, int i) -> {
          campaigns.put(c.id(), i);
          String network = c.effectiveNetworkId();
          if (!networks.containsKey(network)) {
            networks.put(network, networks.size());
          }
          campaignNetwork[i] = networks.get(network);
        });
  }

  /** Whether a channel is a partner platform, where the partner, not the provider, suspends. */
  boolean isPartnerChannel(int channel) {
    return partnerChannel[channel];
  }

  int channel(String id) {
    return lookup(channels, id, "channel");
  }

  int queue(String id) {
    return lookup(queues, id, "queue");
  }

  int campaign(String id) {
    return lookup(campaigns, id, "campaign");
  }

  /** The classifier index, or -1 when the id names no classifier. */
  int classifierOrNone(String id) {
    return classifiers.getIfAbsent(id, -1);
  }

  /** The channel index, or -1 when the id names no channel. */
  int channelOrNone(String id) {
    return channels.getIfAbsent(id, -1);
  }

  int benign(String id) {
    return lookup(benign, id, "benign stream");
  }

  int networkOfCampaign(int campaign) {
    return campaignNetwork[campaign];
  }

  int networkCount() {
    return networks.size();
  }

  /** The id of network {@code n} (a campaign's networkId, or its own id). */
  String networkId(int n) {
    return networks.keysView().detect(k -> networks.get(k) == n);
  }

  private static int lookup(MutableObjectIntMap<String> map, String id, String kind) {
    int index = map.getIfAbsent(id, -1);
    if (index < 0) {
      throw new IllegalArgumentException("unknown " + kind + " id '" + id + "'");
    }
    return index;
  }
}
