package org.precinct.scenarios.build;

import org.precinct.engine.spec.BenignKind;
import org.precinct.engine.spec.ChannelKind;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.PolicyCategory;
import org.precinct.scenarios.format.BenignType;
import org.precinct.scenarios.format.Category;
import org.precinct.scenarios.format.ChannelType;
import org.precinct.scenarios.format.Comparison;
import org.precinct.scenarios.format.Defense;

/**
 * Pairs the format's words with the engine's enums, in both directions; written out so that a
 * renamed engine constant cannot silently change what a scenario file means.
 */
final class EnumMapping {

  private EnumMapping() {}

  static PolicyCategory category(Category category) {
    return switch (category) {
      case CAMPAIGNING_LOBBYING -> PolicyCategory.CAMPAIGNING_LOBBYING;
      case ELECTION_MISINFORMATION -> PolicyCategory.ELECTION_MISINFORMATION;
      case ELECTION_INTERFERENCE -> PolicyCategory.ELECTION_INTERFERENCE;
      case VOTER_PROFILING -> PolicyCategory.VOTER_PROFILING;
      case SOLICITATION -> PolicyCategory.SOLICITATION;
      case SYNTHETIC_MEDIA -> PolicyCategory.SYNTHETIC_MEDIA;
    };
  }

  static Category category(PolicyCategory category) {
    return switch (category) {
      case CAMPAIGNING_LOBBYING -> Category.CAMPAIGNING_LOBBYING;
      case ELECTION_MISINFORMATION -> Category.ELECTION_MISINFORMATION;
      case ELECTION_INTERFERENCE -> Category.ELECTION_INTERFERENCE;
      case VOTER_PROFILING -> Category.VOTER_PROFILING;
      case SOLICITATION -> Category.SOLICITATION;
      case SYNTHETIC_MEDIA -> Category.SYNTHETIC_MEDIA;
    };
  }

  static ChannelKind channel(ChannelType type) {
    return switch (type) {
      case CONSUMER_APP -> ChannelKind.CONSUMER_APP;
      case FIRST_PARTY_API -> ChannelKind.FIRST_PARTY_API;
      case PARTNER_PLATFORM -> ChannelKind.PARTNER_PLATFORM;
    };
  }

  static ChannelType channel(ChannelKind kind) {
    return switch (kind) {
      case CONSUMER_APP -> ChannelType.CONSUMER_APP;
      case FIRST_PARTY_API -> ChannelType.FIRST_PARTY_API;
      case PARTNER_PLATFORM -> ChannelType.PARTNER_PLATFORM;
    };
  }

  static DefenseKind defense(Defense defense) {
    return switch (defense) {
      case REFUSAL -> DefenseKind.REFUSAL;
      case PROMPT_MODIFICATION -> DefenseKind.PROMPT_MODIFICATION;
      case CLASSIFIER -> DefenseKind.CLASSIFIER;
      case FLAGGING -> DefenseKind.FLAGGING;
      case COORDINATION -> DefenseKind.COORDINATION;
      case AUDIT -> DefenseKind.AUDIT;
      case REVIEW -> DefenseKind.REVIEW;
      case ENFORCEMENT -> DefenseKind.ENFORCEMENT;
      case PARTNER_REFERRAL -> DefenseKind.PARTNER_REFERRAL;
    };
  }

  static Defense defense(DefenseKind kind) {
    return switch (kind) {
      case REFUSAL -> Defense.REFUSAL;
      case PROMPT_MODIFICATION -> Defense.PROMPT_MODIFICATION;
      case CLASSIFIER -> Defense.CLASSIFIER;
      case FLAGGING -> Defense.FLAGGING;
      case COORDINATION -> Defense.COORDINATION;
      case AUDIT -> Defense.AUDIT;
      case REVIEW -> Defense.REVIEW;
      case ENFORCEMENT -> Defense.ENFORCEMENT;
      case PARTNER_REFERRAL -> Defense.PARTNER_REFERRAL;
    };
  }

  static BenignKind benign(BenignType type) {
    return type == BenignType.VOTING_INFO ? BenignKind.VOTING_INFO : BenignKind.ELECTION_TOPIC;
  }

  static BenignType benign(BenignKind kind) {
    return kind == BenignKind.VOTING_INFO ? BenignType.VOTING_INFO : BenignType.ELECTION_TOPIC;
  }

  static org.precinct.engine.spec.Comparison comparison(Comparison comparison) {
    return comparison == Comparison.AT_LEAST
        ? org.precinct.engine.spec.Comparison.AT_LEAST
        : org.precinct.engine.spec.Comparison.AT_MOST;
  }

  static Comparison comparison(org.precinct.engine.spec.Comparison comparison) {
    return comparison == org.precinct.engine.spec.Comparison.AT_LEAST
        ? Comparison.AT_LEAST
        : Comparison.AT_MOST;
  }
}
