package org.precinct.engine.spec;

import org.eclipse.collections.api.set.ImmutableSet;

/**
 * A channel where requests arrive and the defenses that exist there (prompt modification on the
 * consumer app, audits on the API, partner referral on partner platforms).
 *
 * @param partner the partner, non-null exactly when {@code kind} is PARTNER_PLATFORM
 * @param reachScale audience multiplier of a harmful output delivered on this channel (1 = the
 *     default audience)
 */
public record ChannelSpec(
    String id,
    String label,
    ChannelKind kind,
    ImmutableSet<DefenseKind> defenses,
    PartnerSpec partner,
    double reachScale) {
  public ChannelSpec {
    Require.id(id, "channel id");
    Require.text(label, "channel label");
    Require.nonNull(kind, "channel kind");
    Require.nonNull(defenses, "channel defenses");
    if ((kind == ChannelKind.PARTNER_PLATFORM) != (partner != null)) {
      throw new IllegalArgumentException(
          "channel " + id + ": a partner is required exactly on PARTNER_PLATFORM channels");
    }
    Require.nonNegative(reachScale, "reachScale");
  }

  /** A channel with the default reach scale of 1. */
  public ChannelSpec(
      String id,
      String label,
      ChannelKind kind,
      ImmutableSet<DefenseKind> defenses,
      PartnerSpec partner) {
    this(id, label, kind, defenses, partner, 1.0);
  }

  /** Whether the defense applies on this channel at all (a toggle can still switch it off). */
  public boolean has(DefenseKind defense) {
    return defenses.contains(defense);
  }
}
