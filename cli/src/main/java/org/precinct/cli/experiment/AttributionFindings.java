package org.precinct.cli.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.experiment.AttributionSummary;
import org.precinct.engine.experiment.Estimate;
import org.precinct.engine.experiment.InterventionAttribution;
import org.precinct.engine.experiment.MetricAttribution;
import org.precinct.engine.experiment.PairInteraction;
import org.precinct.engine.result.Metric;

/**
 * The answers of an attribution report, one sentence each: the three interventions that matter most
 * and their share of the total, each one's effect, certainty and cost, whether the top three are
 * settled, which interventions make no detectable difference, and the largest interaction.
 */
final class AttributionFindings {

  private static final double SETTLED = 0.95;

  private final AttributionSummary summary;
  private final Metric metric;
  private final ImmutableList<InterventionAttribution> ranking;
  private final ImmutableList<InterventionAttribution> top;

  AttributionFindings(AttributionSummary summary) {
    this.summary = summary;
    this.metric = summary.metric();
    this.ranking = summary.result().ranking();
    this.top = ranking.take(3);
  }

  List<String> sentences() {
    List<String> sentences = new ArrayList<>();
    sentences.add(headline());
    top.forEach(a -> sentences.add(about(a)));
    sentences.add(certainty());
    String none = noEffect();
    if (!none.isEmpty()) {
      sentences.add(none);
    }
    String interaction = interaction();
    if (!interaction.isEmpty()) {
      sentences.add(interaction);
    }
    return sentences;
  }

  private String headline() {
    Estimate total = EffectText.benefit(metric, summary.result().total());
    double topSum = top.sumOfDouble(a -> EffectText.benefit(metric, a.shapley()).mean());
    String share =
        total.mean() != 0
            ? " Together they account for "
                + EffectText.percent(topSum / total.mean())
                + " of what all "
                + ranking.size()
                + " achieve together:"
            : " With all " + ranking.size() + " on,";
    return "The "
        + (top.size() == 3 ? "three interventions" : "interventions")
        + " that matter most for "
        + lower(metric.label())
        + " are "
        + names(top)
        + "."
        + share
        + " switching all of them on "
        + EffectText.verb(metric, total.mean())
        + " it by "
        + EffectText.withInterval(metric, absolute(total))
        + ".";
  }

  private String about(InterventionAttribution a) {
    Estimate benefit = EffectText.benefit(metric, a.shapley());
    double perDay = summary.intervention(a.id()).costPerDay();
    return label(a)
        + " "
        + EffectText.verb(metric, benefit.mean())
        + " "
        + lower(metric.label())
        + " by "
        + EffectText.withInterval(metric, absolute(benefit))
        + relative(benefit.mean())
        + "; it is in the top three in "
        + EffectText.percent(a.rank().topShare())
        + " of bootstrap resamples (ranks "
        + a.rank().bestRank()
        + " to "
        + a.rank().worstRank()
        + "). It costs "
        + EffectText.value(Metric.INTERVENTION_COST, perDay)
        + " per day"
        + perCost(a.id(), benefit.mean())
        + " and changes "
        + sideEffects(a.id())
        + ".";
  }

  /** ", 30% of the 4,927 with none of them on", or "" when that value is zero. */
  private String relative(double benefit) {
    double none = summary.result().noneValue().mean();
    if (none == 0 || !Double.isFinite(none)) {
      return "";
    }
    return ", "
        + PracticalImportance.relative(Math.abs(benefit) / Math.abs(none))
        + " of the "
        + EffectText.value(metric, none)
        + " with none of them on";
  }

  /** " (12.3 weighted points per cost unit)", or "" when the intervention states no cost. */
  private String perCost(String id, double benefit) {
    for (MetricAttribution side : summary.sideEffects()) {
      if (side.metric() == Metric.INTERVENTION_COST) {
        double cost = side.result().of(id).shapley().mean();
        if (cost > 1e-9 && metric != Metric.INTERVENTION_COST) {
          return " ("
              + EffectText.value(metric, benefit / cost)
              + " "
              + metric.unit()
              + " per cost unit of its "
              + EffectText.value(Metric.INTERVENTION_COST, cost)
              + " over the scenario)";
        }
      }
    }
    return "";
  }

  private String sideEffects(String id) {
    List<String> parts = new ArrayList<>();
    for (MetricAttribution side : summary.sideEffects()) {
      if (side.metric() != Metric.INTERVENTION_COST) {
        double change = side.result().of(id).shapley().mean();
        parts.add(lower(side.metric().label()) + " by " + EffectText.signed(side.metric(), change));
      }
    }
    return String.join(", ", parts);
  }

  private String certainty() {
    ImmutableList<InterventionAttribution> rest = ranking.drop(top.size());
    ImmutableList<InterventionAttribution> unsure = top.reject(a -> a.rank().topShare() >= SETTLED);
    ImmutableList<InterventionAttribution> challengers =
        rest.select(a -> a.rank().topShare() > 1 - SETTLED);
    if (unsure.isEmpty() && challengers.isEmpty()) {
      return "The top three are settled: each stays in the top three in at least 95% of bootstrap"
          + " resamples of the replications, and no other intervention enters it in more than 5%.";
    }
    String doubtful =
        unsure
            .newWithAll(challengers)
            .collect(a -> label(a) + " (" + EffectText.percent(a.rank().topShare()) + ")")
            .makeString(", ");
    return "The top three are not settled: the share of bootstrap resamples in which each is in"
        + " the top three is "
        + doubtful
        + "; run more replications (--replications or --target-ci) to settle it.";
  }

  private String noEffect() {
    ImmutableList<InterventionAttribution> zero = ranking.select(a -> a.shapley().covers(0));
    if (zero.isEmpty()) {
      return "";
    }
    return names(zero)
        + (zero.size() == 1 ? " makes" : " make")
        + " no difference to "
        + lower(metric.label())
        + " that these replications can detect (the 95% CI of the Shapley value includes zero).";
  }

  private String interaction() {
    if (summary.result().interactions().isEmpty()) {
      return "";
    }
    PairInteraction p = summary.result().interactions().getFirst();
    if (!p.index().excludesZero()) {
      return "No pair of interventions interacts detectably: their effects roughly add up.";
    }
    double benefit = EffectText.benefit(metric, p.index()).mean();
    String pair = label(p.firstId()) + " and " + label(p.secondId());
    return benefit < 0
        ? pair
            + " overlap: together they achieve "
            + EffectText.value(metric, Math.abs(p.index().mean()))
            + " less than their separate effects add up to (Shapley interaction index), so"
            + " cutting one costs less than its own effect suggests while the other stays."
        : pair
            + " reinforce each other: together they achieve "
            + EffectText.value(metric, Math.abs(p.index().mean()))
            + " more than their separate effects add up to (Shapley interaction index).";
  }

  private String names(ImmutableList<InterventionAttribution> list) {
    List<String> labels = list.collect(this::label).castToList();
    if (labels.size() <= 1) {
      return String.join("", labels);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " and "
        + labels.get(labels.size() - 1);
  }

  private String label(InterventionAttribution a) {
    return label(a.id());
  }

  private String label(String id) {
    return summary.intervention(id).label();
  }

  private static Estimate absolute(Estimate e) {
    return e.mean() >= 0
        ? e
        : new Estimate(-e.mean(), e.stdError(), e.halfWidth(), e.n(), e.level());
  }

  private static String lower(String text) {
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
