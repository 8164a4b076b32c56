package org.precinct.scenarios.format;

/** Where requests reach the model: the consumer app, the first-party API or a partner platform. */
public enum ChannelType {
  CONSUMER_APP,
  FIRST_PARTY_API,
  PARTNER_PLATFORM
}
