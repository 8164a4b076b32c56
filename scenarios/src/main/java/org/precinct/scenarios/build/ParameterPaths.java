package org.precinct.scenarios.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.PolicyCategory;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.TargetKind;
import org.precinct.scenarios.problem.Suggestions;

/**
 * The parameter paths changes and uncertainties name, such as {@code classifiers.misinfo.recall} or
 * {@code refusal.election-misinformation}: {@code section.field} for scenario-wide parameters,
 * {@code section.<id>.field} for one element and {@code section.*.field} for all of them.
 */
public final class ParameterPaths {

  /** The wildcard target that means every element of the section. */
  public static final String ALL = "*";

  private static final Map<String, Parameter> BY_TEMPLATE = templates();

  private ParameterPaths() {}

  /**
   * The template of a parameter's path, with {@code <id>} where the target goes, or empty for a
   * parameter this format does not expose yet.
   */
  public static Optional<String> template(Parameter parameter) {
    String[] parts = parts(parameter);
    if (parts == null) {
      return Optional.empty();
    }
    if (parameter.target() == TargetKind.NONE) {
      return Optional.of(parts[0] + "." + parts[1]);
    }
    String field = parts[1].isEmpty() ? "" : "." + parts[1];
    return Optional.of(parts[0] + ".<" + targetWord(parameter.target()) + ">" + field);
  }

  /** The path text of a reference, the inverse of {@link #parse}. */
  public static String format(ParameterRef ref) {
    String[] parts = parts(ref.parameter());
    if (parts == null) {
      throw new IllegalArgumentException("no path for " + ref.parameter());
    }
    if (ref.parameter().target() == TargetKind.NONE) {
      return parts[0] + "." + parts[1];
    }
    String target = ref.targetId().isEmpty() ? ALL : ref.targetId();
    return parts[0] + "." + target + (parts[1].isEmpty() ? "" : "." + parts[1]);
  }

  /**
   * The reference a path names in {@code scenario}, for command-line options such as a sweep's
   * parameter; throws with a "did you mean" when the path or its target does not exist.
   */
  public static ParameterRef resolve(String path, ScenarioSpec scenario) {
    ParsedPath parsed = parse(path);
    if (parsed.parameter() == null) {
      throw new IllegalArgumentException(path + ": " + parsed.message());
    }
    TargetKind kind = parsed.parameter().target();
    String target = parsed.target();
    if (kind != TargetKind.NONE && !target.equals(ALL)) {
      Set<String> known = targets(kind, scenario);
      if (!known.contains(target)) {
        throw new IllegalArgumentException(
            path
                + ": no "
                + targetWord(kind)
                + " '"
                + target
                + "'"
                + Suggestions.didYouMean(target, known)
                + " (known: "
                + String.join(", ", known)
                + ")");
      }
    }
    return new ParameterRef(parsed.parameter(), target.equals(ALL) ? "" : target);
  }

  private static Set<String> targets(TargetKind kind, ScenarioSpec s) {
    Set<String> ids = new LinkedHashSet<>();
    switch (kind) {
      case CLASSIFIER -> s.defenses().classifiers().forEach(c -> ids.add(c.id()));
      case QUEUE -> s.queues().forEach(q -> ids.add(q.id()));
      case CHANNEL -> s.channels().select(c -> c.partner() != null).forEach(c -> ids.add(c.id()));
      case CAMPAIGN -> s.campaigns().forEach(c -> ids.add(c.id()));
      case CATEGORY -> ids.addAll(categoryWords());
      case BENIGN_STREAM -> s.benign().forEach(b -> ids.add(b.id()));
      case NONE -> {}
    }
    return ids;
  }

  /** Parses a path, or explains what is wrong with it. */
  static ParsedPath parse(String path) {
    String[] segments = path.split("\\.", -1);
    if (segments.length == 2) {
      Parameter plain = BY_TEMPLATE.get(segments[0] + "." + segments[1]);
      if (plain != null && plain.target() == TargetKind.NONE) {
        return ParsedPath.found(new ParameterRef(plain, ""));
      }
      Parameter byCategory = BY_TEMPLATE.get(segments[0] + ".<>");
      if (byCategory != null) {
        return ParsedPath.found(byCategory, segments[1]);
      }
    } else if (segments.length == 3) {
      Parameter targeted = BY_TEMPLATE.get(segments[0] + ".<>." + segments[2]);
      if (targeted != null) {
        return ParsedPath.found(targeted, segments[1]);
      }
    }
    return ParsedPath.unknown(
        "unknown parameter path" + Suggestions.didYouMean(path, candidates(segments)));
  }

  /** The templates with the target as written filled in, so "did you mean" keeps the user's id. */
  private static List<String> candidates(String[] segments) {
    String target = segments.length >= 2 ? segments[1] : ALL;
    return allTemplates().stream().map(t -> t.replaceAll("<[a-z-]+>", target)).toList();
  }

  /** Every path template, for messages and documentation. */
  public static List<String> allTemplates() {
    List<String> all = new ArrayList<>();
    Arrays.stream(Parameter.values()).forEach(p -> template(p).ifPresent(all::add));
    return all;
  }

  static String targetWord(TargetKind kind) {
    return switch (kind) {
      case CLASSIFIER -> "classifier";
      case QUEUE -> "queue";
      case CHANNEL -> "partner-channel";
      case CAMPAIGN -> "campaign";
      case CATEGORY -> "category";
      case BENIGN_STREAM -> "benign-stream";
      case NONE -> "";
    };
  }

  private static Map<String, Parameter> templates() {
    Map<String, Parameter> byTemplate = new TreeMap<>();
    for (Parameter parameter : Parameter.values()) {
      String[] parts = parts(parameter);
      if (parts != null) {
        String key =
            parameter.target() == TargetKind.NONE
                ? parts[0] + "." + parts[1]
                : parts[0] + ".<>" + (parts[1].isEmpty() ? "" : "." + parts[1]);
        byTemplate.put(key, parameter);
      }
    }
    return byTemplate;
  }

  /** Section and field of each parameter; null for a parameter added to the engine but not here. */
  private static String[] parts(Parameter parameter) {
    return switch (parameter) {
      case CLASSIFIER_RECALL -> new String[] {"classifiers", "recall"};
      case CLASSIFIER_AUC -> new String[] {"classifiers", "auc"};
      case CLASSIFIER_LATENCY_SCALE -> new String[] {"classifiers", "latency-scale"};
      case CLASSIFIER_RECALL_DRIFT -> new String[] {"classifiers", "recall-drift"};
      case CLASSIFIER_RED_TEAM_EVERY -> new String[] {"classifiers", "red-team-every"};
      case QUEUE_ACCURACY -> new String[] {"queues", "accuracy"};
      case QUEUE_BENIGN_CLEAR_RATE -> new String[] {"queues", "benign-clear-rate"};
      case QUEUE_HANDLE_TIME_SCALE -> new String[] {"queues", "handle-time-scale"};
      case QUEUE_STAFF_SCALE -> new String[] {"queues", "staff-scale"};
      case QUEUE_BACKGROUND_PER_HOUR -> new String[] {"queues", "background-per-hour"};
      case QUEUE_ESCALATION_SHARE -> new String[] {"queues", "escalation-share"};
      case QUEUE_APPEAL_SHARE -> new String[] {"queues", "appeal-share"};
      case PARTNER_DELAY_SCALE -> new String[] {"channels", "partner-delay-scale"};
      case PARTNER_ACTION_PROBABILITY -> new String[] {"channels", "partner-action-probability"};
      case REFUSAL_PROBABILITY -> new String[] {"refusal", ""};
      case PROMPT_MODIFICATION_HARM_REDUCTION ->
          new String[] {"prompt-modification", "harm-reduction"};
      case CAMPAIGN_REQUESTS_PER_ACCOUNT_PER_DAY ->
          new String[] {"campaigns", "requests-per-account-per-day"};
      case CAMPAIGN_HARMFUL_SHARE -> new String[] {"campaigns", "harmful-share"};
      case CAMPAIGN_ACCOUNTS -> new String[] {"campaigns", "accounts"};
      case CAMPAIGN_GROWTH_PER_DAY -> new String[] {"campaigns", "growth-per-day"};
      case CAMPAIGN_RECREATE_CAP -> new String[] {"campaigns", "recreate-cap"};
      case COORDINATION_BASE_RECALL -> new String[] {"coordination", "base-recall"};
      case COORDINATION_RECALL_PER_ACCOUNT ->
          new String[] {"coordination", "recall-per-linked-account"};
      case AUDIT_SAMPLE_SHARE -> new String[] {"audit", "sample-share"};
      case AUDIT_DETECTION_PROBABILITY -> new String[] {"audit", "detection-probability"};
      case FLAGS_TO_OPEN_CASE -> new String[] {"flagging", "flags-to-open-case"};
      case SUSPENSION_DELAY_SCALE -> new String[] {"enforcement", "suspension-delay-scale"};
      case TAKEDOWN_DELAY_SCALE -> new String[] {"enforcement", "takedown-delay-scale"};
      case WARN_BELOW_SEVERITY -> new String[] {"enforcement", "warn-below-severity"};
      case BENIGN_REQUESTS_PER_DAY -> new String[] {"benign", "requests-per-day"};
      case REDIRECT_SHARE -> new String[] {"redirect", "share"};
      case REDIRECT_TAKE_UP -> new String[] {"redirect", "take-up"};
      case ANSWER_INACCURACY_SCALE -> new String[] {"voters", "inaccuracy-scale"};
      case OVER_REFUSAL_SCALE -> new String[] {"voters", "over-refusal-scale"};
      case CAMPAIGN_CLASSIFIER_EVASION -> new String[] {"campaigns", "classifier-evasion"};
      default -> null;
    };
  }

  /** The category words a {@code refusal.<category>} path accepts. */
  static Set<String> categoryWords() {
    Set<String> words = new LinkedHashSet<>();
    Arrays.stream(PolicyCategory.values()).forEach(c -> words.add(c.id()));
    return words;
  }

  /**
   * The outcome of parsing a path: a parameter with its raw target word, or a message.
   *
   * @param parameter the parameter, or null when unknown
   * @param target the target as written ("" for scenario-wide parameters, "*" for all)
   * @param message why the path is unknown, or null
   */
  record ParsedPath(Parameter parameter, String target, String message) {
    static ParsedPath found(ParameterRef ref) {
      return new ParsedPath(ref.parameter(), "", null);
    }

    static ParsedPath found(Parameter parameter, String target) {
      return new ParsedPath(parameter, target, null);
    }

    static ParsedPath unknown(String message) {
      return new ParsedPath(null, "", message);
    }
  }
}
