package org.precinct.engine.spec;

/**
 * Where requests arrive; it decides which defenses can exist there (seed: claude.ai, API, clouds).
 */
public enum ChannelKind {
  CONSUMER_APP,
  FIRST_PARTY_API,
  PARTNER_PLATFORM
}
