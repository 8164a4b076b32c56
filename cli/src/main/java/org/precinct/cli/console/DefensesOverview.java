package org.precinct.cli.console;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.precinct.engine.spec.ChannelSpec;
import org.precinct.engine.spec.ClassifierSpec;
import org.precinct.engine.spec.DefensesSpec;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ShiftSpec;

/** The channel, defense and review-queue part of {@link ScenarioOverview}. */
final class DefensesOverview {
  private final PrintWriter out;
  private final ScenarioSpec spec;

  DefensesOverview(PrintWriter out, ScenarioSpec spec) {
    this.out = out;
    this.spec = spec;
  }

  void print() {
    channels();
    defenses();
    queues();
  }

  private void channels() {
    heading("Channels (" + spec.channels().size() + ")");
    for (ChannelSpec c : spec.channels()) {
      String defenses = c.defenses().toSortedList().collect(SpecText::kebab).makeString(", ");
      line("  " + c.id() + ": " + c.label() + " (" + SpecText.kebab(c.kind()) + "); " + defenses);
      if (c.partner() != null) {
        line(
            "      partner "
                + c.partner().partnerName()
                + " acts with probability "
                + SpecText.share(c.partner().actionProbability())
                + " after "
                + SpecText.distribution(c.partner().actionDelay()));
      }
    }
  }

  private void defenses() {
    DefensesSpec d = spec.defenses();
    heading("Defenses");
    line("  refusal: " + onOff(d.refusal().enabled()) + refusals(d));
    line(
        "  prompt modification: "
            + onOff(d.promptModification().enabled())
            + ", neutralises "
            + SpecText.share(d.promptModification().harmReduction()));
    for (ClassifierSpec c : d.classifiers()) {
      line(
          "  classifier "
              + c.id()
              + ": "
              + onOff(c.enabled())
              + ", AUC "
              + SpecText.number(c.auc())
              + " at recall "
              + SpecText.share(c.recall())
              + ", latency "
              + SpecText.distribution(c.latency()));
    }
    line(
        "  flagging: "
            + d.flagging().flagsToOpenCase()
            + " flags within "
            + SpecText.hours(d.flagging().windowTicks())
            + " open a case");
    line(
        "  coordination detection: "
            + onOff(d.coordination().enabled())
            + ", every "
            + SpecText.hours(d.coordination().periodTicks())
            + ", base recall "
            + SpecText.share(d.coordination().baseRecall()));
    line(
        "  use-case audits: "
            + onOff(d.audit().enabled())
            + ", every "
            + SpecText.hours(d.audit().periodTicks())
            + ", sampling "
            + SpecText.share(d.audit().sampleShare()));
    line(
        "  voting-information redirect: "
            + onOff(d.redirect().enabled())
            + ", "
            + SpecText.share(d.redirect().share()));
  }

  private static String refusals(DefensesSpec d) {
    return d.refusal()
        .refusalProbability()
        .keyValuesView()
        .toSortedListBy(p -> p.getOne())
        .collect(p -> p.getOne().id() + " " + SpecText.share(p.getTwo()))
        .makeString(" (", ", ", ")");
  }

  private void queues() {
    heading("Review queues (" + spec.queues().size() + ")");
    for (QueueSpec q : spec.queues()) {
      line(
          "  "
              + q.id()
              + ": "
              + q.label()
              + "; handle time "
              + SpecText.distribution(q.handleTime())
              + ", accuracy "
              + SpecText.share(q.accuracy())
              + ", SLA "
              + SpecText.hours(q.slaTicks()));
      line("      shifts: " + q.shifts().collect(DefensesOverview::shift).makeString("; "));
    }
  }

  private static String shift(ShiftSpec s) {
    String days =
        s
            .days()
            .toSortedList()
            .collect(d -> d.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT))
            .stream()
            .collect(Collectors.joining(","));
    return s.staff() + " on " + days + " " + s.from() + "-" + s.to();
  }

  private static String onOff(boolean enabled) {
    return enabled ? "on" : "off";
  }

  private void heading(String title) {
    out.println();
    out.println(title);
  }

  private void line(String text) {
    out.println(text);
  }
}
