package org.precinct.cli.play;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.experiment.tabletop.CampaignSituation;
import org.precinct.engine.experiment.tabletop.ObjectiveProgress;
import org.precinct.engine.experiment.tabletop.QueueSituation;
import org.precinct.engine.experiment.tabletop.Situation;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.DecisionOptionSpec;
import org.precinct.engine.spec.DecisionPointSpec;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.TimelineSpec;

/**
 * What the players see at a stop, as Markdown lines for the players' folder, the web pages and
 * (through {@link TerminalText}) the console: the clock, the injects just made (narrative and
 * discussion questions), the situation so far, the objectives' status and the question with its
 * options.
 *
 * <p>It is given only the timeline, the injects already made, the situation and the question, so
 * the options' forked outcomes, expected outcomes, learning points, objective targets and later
 * injects cannot reach it.
 */
final class PlayerView {
  private final TimelineSpec timeline;

  PlayerView(TimelineSpec timeline) {
    this.timeline = timeline;
  }

  /** The briefing of a stop, ending with the question and the numbered options. */
  List<String> stop(
      String heading,
      DecisionPointSpec decision,
      ImmutableList<InjectSpec> injects,
      Situation situation,
      List<String> charts) {
    List<String> lines = new ArrayList<>();
    lines.add("## " + heading);
    lines.add("");
    lines.add("Scenario clock: " + PlayText.clock(timeline, situation.atTicks()));
    lines.add("");
    lines.addAll(injects(injects));
    lines.addAll(situation(situation));
    lines.addAll(objectives(situation));
    if (!charts.isEmpty()) {
      lines.add("Charts so far: " + String.join(", ", charts));
      lines.add("");
    }
    lines.addAll(question(decision));
    return lines;
  }

  /** The injects made since the last stop: time, title, narrative and discussion questions. */
  List<String> injects(ImmutableList<InjectSpec> injects) {
    List<String> lines = new ArrayList<>();
    lines.add("### Injects since the last stop");
    lines.add("");
    if (injects.isEmpty()) {
      lines.add("None.");
    }
    for (InjectSpec inject : injects) {
      lines.add(
          "- " + PlayText.moment(timeline, inject.atTicks()) + ": **" + inject.title() + "**");
      lines.add("  " + inject.narrative());
      inject.discussionQuestions().forEach(q -> lines.add("  - Discuss: " + q));
    }
    lines.add("");
    return lines;
  }

  private List<String> situation(Situation s) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "### The situation so far (means across "
            + s.replications()
            + " replications, 95% confidence intervals)");
    lines.add("");
    lines.add("- Harmful outputs delivered: " + PlayText.count(s.harmDelivered()));
    lines.add("- Weighted harm through election day: " + PlayText.count(s.weightedHarm()));
    lines.add(
        "- Campaigns active: "
            + PlayText.count(s.campaignsActive())
            + "; with an account detected: "
            + PlayText.count(s.campaignsDetected())
            + "; with an account enforced against: "
            + PlayText.count(s.campaignsEnforced()));
    lines.addAll(queues(s));
    lines.add("");
    lines.addAll(campaigns(s.campaigns()));
    return lines;
  }

  private static List<String> queues(Situation s) {
    List<String> lines = new ArrayList<>();
    for (QueueSituation q : s.queues()) {
      lines.add(
          "- "
              + q.label()
              + ": "
              + PlayText.count(q.backlog())
              + " cases waiting, "
              + PlayText.people(PlayText.count(q.staffed()), "reviewer")
              + " on duty (last hour); "
              + PlayText.count(q.slaBreaches())
              + " reviews started after the SLA so far");
    }
    return lines;
  }

  private static List<String> campaigns(ImmutableList<CampaignSituation> campaigns) {
    List<String> lines = new ArrayList<>();
    if (campaigns.isEmpty()) {
      return lines;
    }
    lines.add("Campaigns seen so far (share of replications):");
    lines.add("");
    lines.add("| Campaign | Started | Active | Detected | Enforced against | Disrupted |");
    lines.add("|---|---:|---:|---:|---:|---:|");
    for (CampaignSituation c : campaigns) {
      lines.add(
          String.join(
              " | ",
              "| " + c.label(),
              PlayText.percent(c.startedShare()),
              PlayText.percent(c.activeShare()),
              PlayText.percent(c.detectedShare()),
              PlayText.percent(c.enforcedShare()),
              PlayText.percent(c.disruptedShare()) + " |"));
    }
    lines.add("");
    return lines;
  }

  private static List<String> objectives(Situation s) {
    List<String> lines = new ArrayList<>();
    if (s.objectives().isEmpty()) {
      return lines;
    }
    lines.add("### Objectives so far");
    lines.add("");
    for (ObjectiveProgress p : s.objectives()) {
      lines.add("- " + p.objective().label() + ": " + status(p));
    }
    lines.add("");
    return lines;
  }

  /**
   * An objective's status from what has happened, without its target (controller material): the
   * metric so far, whether the mean so far meets the target, and the replications already settled;
   * or why it can be assessed at the end only.
   */
  static String status(ObjectiveProgress p) {
    return status(p, false);
  }

  /**
   * The status as {@link #status(ObjectiveProgress)}, naming the target when {@code withTarget},
   * e.g. "so far 1.02 (target at least 2: not reached yet)".
   */
  static String status(ObjectiveProgress p, boolean withTarget) {
    Metric m = p.metric();
    if (!p.tracked()) {
      return "assessed at the end of the exercise (" + p.whyAtTheEnd() + ")";
    }
    boolean atLeast = p.settledMeansMet();
    double target = p.objective().target();
    double mean = p.soFar().mean();
    String state =
        atLeast
            ? (mean >= target ? "reached" : "not reached yet")
            : (mean <= target ? "on track" : "over the target");
    String text =
        m.label().toLowerCase(java.util.Locale.ROOT)
            + " so far "
            + PlayText.estimate(m, p.soFar())
            + (withTarget
                ? " (target "
                    + (atLeast ? "at least " : "at most ")
                    + PlayText.value(m, target)
                    + ": "
                : ": ")
            + state
            + (withTarget ? ")" : "");
    if (p.settled().successes() == 0) {
      return text;
    }
    return text
        + "; already "
        + (atLeast ? "met" : "missed")
        + " for good in "
        + PlayText.proportion(p.settled())
        + " of replications";
  }

  /** The question and its numbered options, with what each means and its stated cost. */
  static List<String> question(DecisionPointSpec decision) {
    List<String> lines = new ArrayList<>();
    lines.add("### Decision: " + decision.question());
    lines.add("");
    int n = 1;
    for (DecisionOptionSpec o : decision.options()) {
      StringBuilder line = new StringBuilder();
      line.append(n++).append(". **").append(o.label()).append("** (`").append(o.id()).append("`)");
      if (!o.description().isBlank()) {
        line.append(": ").append(o.description().strip());
      }
      if (o.costPerDay() > 0) {
        line.append(line.charAt(line.length() - 1) == '.' ? " " : ". ");
        line.append("Stated cost: ").append(PlayText.cost(o.costPerDay())).append(" per day.");
      }
      lines.add(line.toString());
    }
    lines.add("");
    return lines;
  }
}
